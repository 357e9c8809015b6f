// The messages content scripts send the background, and the answers. Every message is checked at the
// receiving end against its schema: a malformed one is ignored, never half-handled.
import * as v from 'valibot'
import { autoStopReasons } from '../engine/auto/stop-reasons'
import { FinderSchema } from '../engine/step'

const StepIndex = v.pipe(v.number(), v.integer(), v.minValue(0))

export const MessageSchema = v.variant('type', [
  /** The person (or the engine) moves the setup: sent with the step the tab saw. */
  // `to`: with 'back', an earlier step of the same site whose work the page lost (a reload emptied a form)
  // `go`: the page shows the setup standing at the later step `to` of its site (the tab holding the step, or the one in front)
  // 'auto': "Do the rest for me"; 'manual': the guided way from here, `why` the card's word on it (autoStopReasons)
  v.strictObject({
    type: v.literal('step'),
    command: v.picklist(['advance', 'back', 'skip', 'go', 'pause', 'resume', 'auto', 'manual']),
    from: StepIndex,
    to: v.optional(StepIndex),
    why: v.optional(v.picklist(autoStopReasons)),
  }),
  /** The person confirmed, on the card, that this TestFairy dashboard is the one to set up (it is not the default one). */
  v.strictObject({ type: v.literal('confirm-site'), stepIndex: StepIndex }),
  /** The value the current step fills in; answered only for the current step, on its own site. */
  v.strictObject({ type: v.literal('fill-value'), stepIndex: StepIndex }),
  /** A value the current step read from the page (e.g. the endpoint URL). */
  v.strictObject({ type: v.literal('read-value'), stepIndex: StepIndex, value: v.pipe(v.string(), v.maxLength(4096)) }),
  /** The current step puts a value together: what it would be, for the person to check (nothing kept). */
  v.strictObject({ type: v.literal('compose'), stepIndex: StepIndex }),
  /** The person confirmed the value the current step put together: keep it. */
  /** The current step read this from the page: is it the value the step's slot holds? */
  v.strictObject({ type: v.literal('match'), stepIndex: StepIndex, value: v.pipe(v.string(), v.maxLength(4096)) }),
  /** The current step sends the extension's test feedback (again: even if it was sent already). */
  v.strictObject({ type: v.literal('send'), stepIndex: StepIndex, again: v.boolean() }),
  /** The page shows a dashboard that cannot do the current step at all (its `unavailable`, with `forget`). */
  v.strictObject({ type: v.literal('cannot'), stepIndex: StepIndex, variant: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3)) }),
  /** The person sent the form of the current step's button (the page it brings is its answer, not a lost form). */
  v.strictObject({ type: v.literal('sent'), stepIndex: StepIndex }),
  /** A tab of the other site asks to bring up the current step's site. */
  v.strictObject({ type: v.literal('open-step-site') }),
  /** The same, for a TestFairy step, at the address the person typed (their company's own TestFairy). */
  v.strictObject({ type: v.literal('open-testfairy'), address: v.pipe(v.string(), v.maxLength(300)) }),
  /** The person picked a choice the current step offers. */
  v.strictObject({ type: v.literal('choose'), stepIndex: StepIndex, choice: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(9)) }),
  /** The person pointed at the target of the current step: remember how to find it next time. */
  v.strictObject({ type: v.literal('pointed'), stepIndex: StepIndex, selector: v.pipe(v.string(), v.minLength(1), v.maxLength(500)) }),
  /** The target of the current step could not be found: recorded locally for diagnostics. */
  v.strictObject({
    type: v.literal('missed'),
    stepIndex: StepIndex,
    tried: v.pipe(v.array(v.strictObject({ finder: FinderSchema, count: v.pipe(v.number(), v.integer(), v.minValue(0)) })), v.maxLength(30)),
  }),
])
export type Message = v.InferOutput<typeof MessageSchema>

export interface FillValueReply {
  type: 'fill-value-reply'
  value: string | null
}
/** A value read from a page is kept only when it passes its slot's checks; otherwise the words say why. */
export type ReadValueReply = { type: 'read-value-reply'; ok: true } | { type: 'read-value-reply'; ok: false; messageKey: string; args?: string[] }
/** What the value put together points at (the community's host, the project, the source: never the key), or why it could not be. */
export type ComposeReply = { type: 'compose-reply'; ok: true; parts: [string, string, string] } | { type: 'compose-reply'; ok: false; messageKey: string; args?: string[] }
/** Only whether it is the same: the value held never goes to the page. */
export interface MatchReply {
  type: 'match-reply'
  same: boolean
}
/** What came back from the endpoint, as words' key. */
export interface SendReply {
  type: 'send-reply'
  /** Sent, but its answer was lost (the background was stopped): it may well have arrived. */
  unsure?: boolean
  ok: boolean
  messageKey: string
}
/** The message was heard but not done: another tab holds the step (a pass), for instance; with words, what was wrong. */
export interface RefusedReply {
  type: 'refused'
  messageKey?: string
}
export type Reply = SendReply | FillValueReply | ReadValueReply | ComposeReply | MatchReply | RefusedReply | { type: 'ok' }

/** What the toolbar panel (an extension page) asks of the background. Only our own pages are answered. */
export const PanelMessageSchema = v.variant('type', [
  v.strictObject({ type: v.literal('panel-view') }),
  /** Start a setup, for a community typed by the person (or else the one an open tab shows). */
  // auto: "Do it for me", on the TestFairy dashboard the panel showed (`testfairy`, an origin open in a tab)
  v.strictObject({ type: v.literal('start'), community: v.optional(v.pipe(v.string(), v.maxLength(300))), auto: v.optional(v.boolean()), testfairy: v.optional(v.pipe(v.string(), v.maxLength(300))) }),
  /** Continue; `testfairy`: the person's own TestFairy, typed while the setup knows none (empty: app.testfairy.com). */
  v.strictObject({ type: v.literal('continue'), testfairy: v.optional(v.pipe(v.string(), v.maxLength(300))) }),
  v.strictObject({ type: v.literal('pause'), paused: v.boolean() }),
  v.strictObject({ type: v.literal('reset') }),
  v.strictObject({ type: v.literal('reveal-endpoint') }),
  v.strictObject({ type: v.literal('paste-endpoint'), value: v.pipe(v.string(), v.maxLength(4096)) }),
  v.strictObject({ type: v.literal('save-settings'), settings: v.unknown() }),
  v.strictObject({ type: v.literal('send-test-feedback') }),
])
export type PanelMessage = v.InferOutput<typeof PanelMessageSchema>

export function parsePanelMessage(value: unknown): PanelMessage | null {
  const result = v.safeParse(PanelMessageSchema, value)
  return result.success ? result.output : null
}

export function parseMessage(value: unknown): Message | null {
  const result = v.safeParse(MessageSchema, value)
  return result.success ? result.output : null
}
