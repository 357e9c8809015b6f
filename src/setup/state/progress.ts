// Where the setup is: the flow being guided (data), the current step, whether it is paused. Kept in
// storage.local by the background, read by every tab. Never holds a secret: those live in storage.session.
import * as v from 'valibot'
import { choiceTarget, FlowSchema, gotoTarget, type Flow, type Step } from '../../engine/step'

export { progressKey } from './storage-keys'

const Origin = v.pipe(v.string(), v.regex(/^https:\/\/[a-z0-9.-]+$/))

export const ProgressSchema = v.pipe(
  v.strictObject({
    version: v.literal(1),
    flow: FlowSchema,
    /** Index of the current step; equal to the number of steps once every step is done. */
    stepIndex: v.pipe(v.number(), v.integer(), v.minValue(0)),
    paused: v.boolean(),
    /** The Centercode community the setup is for, and the TestFairy dashboard: origins, once known. */
    community: v.optional(Origin),
    testfairy: v.optional(Origin),
    /** The TestFairy dashboard the person named (typed), before the setup is bound to one: where "Open TestFairy" goes. */
    testfairyChosen: v.optional(Origin),
    /** The settings the flow was built from (checked by the background before it trusts the flow). */
    settings: v.optional(v.unknown()),
    /** Why the guide is at this step (a message key), said on its card while it is current. */
    notice: v.optional(v.strictObject({ message: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_]{1,60}$/)), step: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
    /** The dashboard of this step cannot do the setup (a step's `unavailable` with `forget`): why, for the panel. */
    cannot: v.optional(v.strictObject({ message: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_]{1,60}$/)), step: v.pipe(v.number(), v.integer(), v.minValue(0)) })),
    /** The step whose form the person sent, while it is current: the page that comes is that form's answer. */
    sent: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    /** "Do it for me": the extension does the steps itself, asking the person before what creates or sends. */
    auto: v.optional(v.boolean()),
  }),
  v.check((p) => p.stepIndex <= p.flow.steps.length, 'stepIndex is past the end of the flow'),
)
export type Progress = v.InferOutput<typeof ProgressSchema>

/**
 * The last progress checked, by its JSON text, and the outcome: the background reads the same record for each
 * message a tab sends, and checking its flow whole (some 30 kB) each time cost more than the rest of the answer.
 * Equal text, equal data: what comes back is made of the data, whatever else the value held.
 */
let lastChecked: { text: string; progress: Progress | null } | undefined

export function parseProgress(value: unknown): Progress | null {
  let text: string | undefined
  try {
    text = JSON.stringify(value)
  } catch {
    return null
  }
  if (text !== undefined && lastChecked?.text === text) return lastChecked.progress
  const result = v.safeParse(ProgressSchema, value)
  const progress = result.success ? result.output : null
  if (text !== undefined) lastChecked = { text, progress }
  return progress
}

export function startProgress(flow: Flow): Progress {
  return { version: 1, flow, stepIndex: 0, paused: false }
}

export function currentStep(progress: Progress | null): Step | null {
  return progress?.flow.steps[progress.stepIndex] ?? null
}

/**
 * `go`: the page shows that the setup stands at a later step of the same site (`to`): the person got there
 * their own way, or the steps between are not on this page (standing.ts).
 */
export type StepCommand = 'advance' | 'back' | 'skip' | 'go' | 'pause' | 'resume' | 'auto' | 'manual'

/**
 * The progress after a command sent by a tab that saw step `from`. A command about a step that is no longer
 * current (another tab moved on) changes nothing, so two tabs can never skip a step between them; but for a form
 * sent (see `sentPast`).
 */
export function applyCommand(progress: Progress, command: StepCommand, from: number, to?: number): Progress {
  if (from !== progress.stepIndex && !(command === 'go' && sentPast(progress, from, to))) return progress
  const step = progress.flow.steps[from]
  switch (command) {
    // a pause stops "Do it for me" too: resumed, the guide goes on the guided way
    case 'pause':
      return { ...progress, paused: true, auto: false }
    case 'auto':
      return { ...progress, paused: false, auto: true }
    case 'manual':
      return progress.auto ? { ...progress, auto: false } : progress
    case 'resume':
      return { ...progress, paused: false }
    case 'back': {
      if (to === undefined) return from > 0 ? { ...progress, stepIndex: from - 1, paused: false } : progress
      // out of a form the person sent: the page that came is its answer (maybe still rendering), not one that
      // lost it; a page that asked before the background knew it was sent is told no here
      if (progress.sent === from && !sameForm(progress.flow.steps[to], step)) return progress
      // further back only over steps of the same site, at most a form's worth: the page that lost them is there
      const over = progress.flow.steps.slice(to, from)
      if (to >= from || from - to > 16 || !step || over.some((s) => s.site !== step.site)) return progress
      return { ...progress, stepIndex: to, paused: false }
    }
    case 'go': {
      // forward only, and only over steps of the same site: a page shows where its own site's setup stands
      if (!step || to === undefined || to <= from || to >= progress.flow.steps.length) return progress
      if (progress.flow.steps.slice(from, to + 1).some((s) => s.site !== step.site)) return progress
      return { ...progress, stepIndex: to, paused: false }
    }
    case 'skip':
    case 'advance':
      if (!step) return progress
      return { ...progress, stepIndex: from + 1, paused: false }
  }
}

/**
 * A `go` from a field of a form, past its button, while the setup moved on in that form (the guide filled the
 * next field as the person clicked its button): the form the page sent holds every step between, so it speaks
 * for them all. Only steps that live in that one form (`page.when`) are passed over.
 */
function sentPast(progress: Progress, from: number, to: number | undefined): boolean {
  const first = progress.flow.steps[from]
  if (!first?.page.when || to === undefined || progress.stepIndex <= from || progress.stepIndex >= to) return false
  return progress.flow.steps.slice(from, to).every((step) => sameForm(step, first))
}

/** Two steps live in the same form (or neither in one): their `page.when` is the same. */
function sameForm(a: Step | undefined, b: Step | undefined): boolean {
  return JSON.stringify(a?.page.when) === JSON.stringify(b?.page.when)
}

/** The progress once the value a match step read proved to be the one held: on to its `same` step. */
export function applyMatch(progress: Progress, from: number): Progress {
  const step = progress.flow.steps[from]
  if (from !== progress.stepIndex || step?.action.kind !== 'match') return progress
  const to = gotoTarget(progress.flow, from, step.action.same)
  return to === null ? progress : { ...progress, stepIndex: to, paused: false }
}

/** The progress after the person picked a choice of step `from`; unchanged when it is stale or no valid choice. */
export function applyChoice(progress: Progress, from: number, choice: number): Progress {
  if (from !== progress.stepIndex) return progress
  const to = choiceTarget(progress.flow, from, choice)
  return to === null ? progress : { ...progress, stepIndex: to, paused: false }
}
