// The shape of a guided step, as data, with the schema that checks it. The engine runs any list of these;
// the flows are only data for it. Everything here is JSON-serialisable: no functions, no DOM.
import * as v from 'valibot'
import { sites } from '../setup/values/sites'

const Name = v.pipe(v.string(), v.minLength(1), v.maxLength(200))

/**
 * Text to match. A plain string matches the whole text; `includes` a part; `pattern` a regular expression
 * source (always case-insensitive). Matching ignores case, runs of white space and CSS text-transform.
 */
export const TextMatchSchema = v.union([
  Name,
  v.strictObject({ includes: Name }),
  v.strictObject({ pattern: Name }),
])
export type TextMatch = v.InferOutput<typeof TextMatchSchema>

interface FinderExtras {
  /**
   * Only candidates near this anchor count: starting at the anchor, the first ancestor that contains
   * any candidate must contain exactly one (e.g. the "Add Integration" button in the Centercode row).
   */
  near?: Finder | undefined
  /** Which page generation (or variant) this finder is for; a note for people, ignored by the engine. */
  generation?: string | undefined
}
/** One way to find an element. */
export type Finder = (
  | { by: 'role'; role: string; name?: TextMatch | undefined }
  | { by: 'label'; text: TextMatch }
  | { by: 'text'; text: TextMatch; selector?: string | undefined }
  | { by: 'css'; selector: string }
) & FinderExtras

const extras = {
  near: v.optional(v.lazy((): v.GenericSchema<Finder> => FinderSchema)),
  generation: v.optional(Name),
}
export const FinderSchema: v.GenericSchema<Finder> = v.variant('by', [
  v.strictObject({ by: v.literal('role'), role: Name, name: v.optional(TextMatchSchema), ...extras }),
  v.strictObject({ by: v.literal('label'), text: TextMatchSchema, ...extras }),
  v.strictObject({ by: v.literal('text'), text: TextMatchSchema, selector: v.optional(Name), ...extras }),
  v.strictObject({ by: v.literal('css'), selector: Name, ...extras }),
])
const Finders = v.pipe(v.array(FinderSchema), v.minLength(1), v.maxLength(20))

/** A value the engine fills in: a literal, a setting of the person's, or a slot a previous step read. */
export const ValueRefSchema = v.union([
  v.strictObject({ literal: v.pipe(v.string(), v.maxLength(2000)) }),
  v.strictObject({ setting: Name }),
  v.strictObject({ slot: Name }),
])
export type ValueRef = v.InferOutput<typeof ValueRefSchema>

const Choices = v.pipe(v.array(v.strictObject({ message: Name, goto: v.optional(Name) })), v.minLength(2), v.maxLength(4))

export const ActionSchema = v.variant('kind', [
  /** The person does it; the engine points and waits. */
  v.strictObject({ kind: v.literal('click') }),
  v.strictObject({ kind: v.literal('fill'), value: ValueRefSchema }),
  /** Selects an option by its visible text, by a value, or (onlyChoice) the one real option there is, asking the person when there are several. */
  v.strictObject({ kind: v.literal('select'), option: v.union([TextMatchSchema, ValueRefSchema, v.strictObject({ onlyChoice: v.literal(true) })]) }),
  v.strictObject({ kind: v.literal('check'), checked: v.boolean() }),
  /** Reads the target's value or text into a named slot (e.g. the endpoint URL). */
  v.strictObject({ kind: v.literal('read'), slot: Name }),
  /**
   * The extension puts a slot's value together from what earlier steps read (e.g. the endpoint URL, when the
   * page shows none); the card shows what it points at (never the key); the test feedback after it proves it.
   */
  v.strictObject({ kind: v.literal('compose'), slot: Name }),
  /** The person decides on the card: each choice goes on to the next step, or to a later step by id. */
  v.strictObject({ kind: v.literal('choose'), choices: Choices }),
  /**
   * Reads the target and asks the extension whether it is the value held in a slot (which never comes to the
   * page). The same: on to `same` (default: the next step), erasing the `forget` slots, no longer needed.
   * Another value: the person decides among `different`; without them, the engine waits until it matches.
   */
  v.strictObject({
    kind: v.literal('match'),
    slot: Name,
    same: v.optional(Name),
    forget: v.optional(v.pipe(v.array(Name), v.maxLength(10))),
    different: v.optional(Choices),
  }),
  /** Nothing to do but read the card (e.g. the end of a phase); its one button moves on. */
  v.strictObject({ kind: v.literal('acknowledge') }),
  /**
   * The extension sends its test feedback to the endpoint held in `slot`, and the card says what came back.
   * Moving on from the step erases the `forget` slots.
   */
  v.strictObject({ kind: v.literal('send'), slot: Name, forget: v.optional(v.pipe(v.array(Name), v.maxLength(10))) }),
])
export type Action = v.InferOutput<typeof ActionSchema>

/** How the engine knows a step is complete. Any one of a step's completions is enough. */
export const CompletionSchema = v.variant('kind', [
  /** location.pathname (plus search) matches this regular expression source */
  v.strictObject({ kind: v.literal('url'), path: Name }),
  v.strictObject({ kind: v.literal('appears'), target: Finders }),
  /** the given element (default: the step's target) is gone or hidden */
  v.strictObject({ kind: v.literal('gone'), target: v.optional(Finders) }),
  /** the person clicked the target */
  v.strictObject({ kind: v.literal('clicked') }),
  /** the engine's action succeeded (filled, selected, ticked, read) */
  v.strictObject({ kind: v.literal('value') }),
])
export type Completion = v.InferOutput<typeof CompletionSchema>

/** Where a step applies: a path pattern (regex source on pathname + search) and what must be on the page. */
export const PageMatchSchema = v.strictObject({ path: v.optional(Name), when: v.optional(Finders) })
export type PageMatch = v.InferOutput<typeof PageMatchSchema>

/**
 * A sign that the page is the one a step is done on: something it shows (a finder), or its address (a path
 * pattern, as a help: never a step's only sign where its page can be told by what it shows).
 */
export type Sign = Finder | { by: 'url'; path: string }
export const SignSchema: v.GenericSchema<Sign> = v.union([FinderSchema, v.strictObject({ by: v.literal('url'), path: Name })])

const StepFields = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,60}$/)),
  site: v.picklist(sites),
  page: PageMatchSchema,
  /** Finders tried in order; the first with exactly one match wins. Absent when there is nothing to point at. */
  target: v.optional(Finders),
  action: ActionSchema,
  /** Message key of the instruction shown on the card, and its substitutions. */
  message: Name,
  messageArgs: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(500))), v.maxLength(9))),
  /** Message key of the words that say what to look for when the target cannot be found. */
  lookFor: v.optional(Name),
  done: v.pipe(v.array(CompletionSchema), v.minLength(1)),
  /** The person may skip it. */
  optional: v.optional(v.boolean()),
  /**
   * What the page shows when it is the page of this step (any one sign): the guide recognises where the setup
   * stands from it, whatever way the person came (standing.ts). A step without signs (a way through menus) is
   * reached only in order, and passed when the person is already further on.
   */
  shows: v.optional(v.pipe(v.array(SignSchema), v.minLength(1), v.maxLength(20))),
  /** Only some pages have it: passed over where the page shows the step's page (its signs) without its target. */
  ifPresent: v.optional(v.boolean()),
  /** Passed over when this slot already holds a value: the step is another way of getting it. */
  unlessSlot: v.optional(Name),
  /** Which part of the setup the step belongs to, for a checklist (a name the flow chooses). */
  phase: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-zA-Z]{0,30}$/))),
  /** A path on the same site the card offers to go straight to ("Go straight there"), instead of the clicks. */
  shortcut: v.optional(v.pipe(Name, v.regex(/^\/[^/\\]/))),
  /** What the page says went wrong (e.g. a form's errors): shown on the card, word for word, while it is there. */
  problems: v.optional(Finders),
  /**
   * Known variants of the page that cannot do this step, the first that holds told: where `when` is there and
   * `without` is not (default: the step's target), the card says `message` and offers no way on. With `forget`,
   * the setup cannot be finished on this dashboard at all: those slots are erased as soon as it shows, and the
   * panel says `message` too.
   */
  /**
   * "Do it for me" stops for the person's word before it does this step, which creates, changes or sends something
   * in their accounts. `message` names exactly what (its substitutions: the page's host, the setup's community's
   * host, then `args`); `yes`, the words of the button that does it.
   */
  confirm: v.optional(v.strictObject({ message: Name, args: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(4))), yes: Name })),
  /** "Do it for me" passes it over: a later step proves the same (the test feedback at the end). */
  autoSkip: v.optional(v.boolean()),
  unavailable: v.optional(v.pipe(v.array(v.strictObject({
    when: Finders,
    without: v.optional(Finders),
    message: Name,
    forget: v.optional(v.pipe(v.array(Name), v.maxLength(10))),
  })), v.minLength(1), v.maxLength(4))),
})
export const StepSchema = v.pipe(
  StepFields,
  v.check((step) => !step.ifPresent || ((step.shows ?? step.page.when) !== undefined && step.target !== undefined), 'a step only some pages have needs its page (shows or page.when) and its target'),
)
export type Step = v.InferOutput<typeof StepSchema>

export const FlowSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,60}$/)),
  steps: v.pipe(v.array(StepSchema), v.minLength(1), v.maxLength(200)),
})
export type Flow = v.InferOutput<typeof FlowSchema>

export { choicesOf, choiceTarget, gotoTarget } from './step-links'

/** A flow, checked; null when the data is not a valid flow. */
export function parseFlow(value: unknown): Flow | null {
  const result = v.safeParse(FlowSchema, value)
  return result.success ? result.output : null
}
