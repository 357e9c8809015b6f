import type { Runtime } from 'webextension-polyfill'
import { holdsAsIs, isSlotName } from '../setup/values/slots'
import { outcomeMessageKey, type TestOutcome } from '../setup/values/test-feedback'
import type { Step } from '../engine/step'
import { testfairyOrigin } from '../setup/values/testfairy-address'
import { parseMessage, type Message, type Reply } from '../setup/messages'
import { passOver } from '../setup/state/held-values'
import { applyChoice, applyCommand, applyMatch, currentStep, type Progress } from '../setup/state/progress'
import { checkReadValue } from './check-read-value'
import { composeValue } from './compose-value'
import { bringUp, originFor } from './open-site'
import { inTurn } from './in-turn'
import { hasAccess } from './own-domain'
import { placeOf } from './sender-place'
import { sendTestFeedback } from './send-test-feedback'
import {
  forgetSlots,
  mayPass,
  readLastTest,
  readHeld,
  readProgressRecaptured,
  readSending,
  readSetting,
  readSlot,
  recordMiss,
  rememberPointed,
  writeLastTest,
  writeProgress,
  writeSending,
  writeSlot,
} from './setup-store'
import { setupFlowOf } from './trusted-flow'

/**
 * Answers one message, or returns undefined to ignore it. A message counts only when it is well formed, comes
 * from our own content script in the top frame of a page of the setup's community or TestFairy dashboard, and
 * concerns the current step on that step's site. Values (the endpoint, the key) are read, filled, compared or
 * sent only for a step of the setup's own flow as this code builds it, never by what the stored flow says.
 */
export function answerMessage(value: unknown, sender: Runtime.MessageSender, ownId: string): Promise<Reply | undefined> {
  const message = parseMessage(value)
  if (!message || sender.id !== ownId) return Promise.resolve(undefined)
  // a test feedback waits on the network and writes no progress: answered beside the others
  return message.type === 'send' ? answer(message, sender) : inTurn(() => answer(message, sender))
}

async function answer(message: Message, sender: Runtime.MessageSender): Promise<Reply | undefined> {
  let progress = await readProgressRecaptured()
  const place = await placeOf(sender, progress, hasAccess)
  const step = currentStep(progress)
  if (!progress || !place || !step) return undefined
  if (message.type === 'open-step-site') {
    // from a tab of the other site, while the setup goes on elsewhere
    const origin = await originFor(step.site, progress)
    if (origin) await bringUp(origin)
    return { type: 'ok' }
  }
  if (message.type === 'open-testfairy') {
    // the person's own TestFairy, typed on the card while the setup knows none: remembered, and opened; bound to
    // the setup only by their answer on its own page, as any TestFairy other than the default is
    if (step.site !== 'testfairy' || progress.testfairy) return undefined
    const typed = testfairyOrigin(message.address)
    if (!typed.ok) return { type: 'refused', messageKey: typed.messageKey }
    await writeProgress({ ...progress, testfairyChosen: typed.origin })
    await bringUp(typed.origin)
    return { type: 'ok' }
  }
  const index = message.type === 'step' ? message.from : message.stepIndex
  // (a `go` from a step passed may still hold: a form sent past its button, see applyCommand)
  if (index !== progress.stepIndex && !(message.type === 'step' && message.command === 'go')) return undefined
  const holder = sender.tab?.id ?? null
  if (message.type === 'confirm-site') {
    // phase 3 starts on a TestFairy dashboard the person confirmed on its card
    if (place.bound || place.site !== 'testfairy' || step.site !== 'testfairy') return undefined
    await writeProgress({ ...progress, testfairy: place.origin }, holder)
    return { type: 'ok' }
  }
  // Pausing and resuming may come from either site; everything else only from the step's own, bound site.
  const fromAnywhere = message.type === 'step' && ['pause', 'resume', 'auto', 'manual'].includes(message.command)
  if (!fromAnywhere && (step.site !== place.site || !place.bound)) return undefined
  // the first word from the default TestFairy dashboard at its step binds phase 3 to it
  if (place.site === 'testfairy' && step.site === 'testfairy' && !progress.testfairy && !fromAnywhere) {
    progress = { ...progress, testfairy: place.origin }
    await writeProgress(progress)
  }
  const { community } = progress
  // the step as the setup's own flow has it: null for a foreign flow, which gets no value of any slot
  const own = setupFlowOf(progress)?.steps[progress.stepIndex] ?? null
  /** Moves to `next` (past the steps whose slot is held), with the card's word there on why, if any. */
  const move = async (next: Progress, direction: 1 | -1 = 1, notice?: string) => {
    // a form sent is its step's: the step moved, it is gone
    const { sent: _sent, ...to } = passOver(next, direction, await readHeld())
    await writeProgress(notice && to.stepIndex !== progress.stepIndex ? { ...to, notice: { message: notice, step: to.stepIndex } } : to, holder)
  }

  switch (message.type) {
    case 'step': {
      // where the page shows the setup standing, and a step only some pages have, are told by the tab that holds the
      // step (its page is the step's) or by the one the person has in front; the person's Skip counts anywhere
      const decides = message.command === 'go' || (message.command === 'advance' && step.ifPresent === true)
      if (decides && !sender.tab?.active && !(await mayPass(progress.stepIndex, sender.tab?.id))) return { type: 'refused' }
      const next = applyCommand(progress, message.command, message.from, message.to)
      if (next === progress) return message.command === 'go' ? { type: 'refused' } : { type: 'ok' }
      // "Do it for me" handed the step to the person: its card says why
      if (message.command === 'manual') {
        await writeProgress(message.why ? { ...next, notice: { message: message.why, step: next.stepIndex } } : next, holder)
        return { type: 'ok' }
      }
      // moving on from a step that erases secrets once done (the last test feedback)
      const forget = own?.action.kind === 'send' ? own.action.forget : undefined
      if (forget && next.stepIndex > progress.stepIndex) await forgetSlots(forget)
      // a test feedback that arrived: the next step's card says so
      const last = own?.action.kind === 'send' && message.command === 'advance' ? await readLastTest() : null
      const arrived = last?.stepId === own?.id && last?.outcome === 'accepted'
      await move(next, message.command === 'back' ? -1 : 1, arrived ? outcomeMessageKey('accepted') : undefined)
      return { type: 'ok' }
    }
    case 'fill-value':
      return { type: 'fill-value-reply', value: await fillValueOf(step, own, community) }
    case 'read-value': {
      if (own?.action.kind !== 'read' || !isSlotName(own.action.slot)) return undefined
      const check = await checkReadValue(own.action.slot, message.value, community, () => readSlot('apiKey'))
      if (!check.ok || !(await writeSlot(own.action.slot, check.value, community))) {
        return { type: 'read-value-reply', ok: false, messageKey: check.ok ? 'readRefused' : check.messageKey, ...(!check.ok && check.args ? { args: check.args } : {}) }
      }
      return { type: 'read-value-reply', ok: true }
    }
    case 'compose': {
      if (own?.action.kind !== 'compose' || own.action.slot !== 'endpoint') return undefined
      const composed = await composeValue(own.action.slot, community, readSlot)
      if (!composed.ok) return { type: 'compose-reply', ok: false, messageKey: composed.messageKey, ...(composed.args ? { args: composed.args } : {}) }
      // kept at once: the test feedback that follows proves it (Centercode answers for a wrong one), not a glance at a URL
      if (!(await writeSlot(own.action.slot, composed.value, community))) return { type: 'compose-reply', ok: false, messageKey: 'readRefused' }
      return { type: 'compose-reply', ok: true, parts: composed.parts }
    }
    case 'match': {
      if (own?.action.kind !== 'match') return undefined
      const held = await readSlot(own.action.slot)
      const same = held !== null && sameValue(message.value, held)
      if (same) {
        // the phase is done: what only it needed is erased before anything else happens
        if (own.action.forget) await forgetSlots(own.action.forget)
        await move(applyMatch(progress, message.stepIndex))
      }
      return { type: 'match-reply', same }
    }
    case 'send': {
      if (own?.action.kind !== 'send') return undefined
      const outcome = await sendOnce(own.id, own.action.slot, community, message.again)
      return { type: 'send-reply', ok: outcome === 'accepted', messageKey: outcomeMessageKey(outcome), ...(outcome === 'interrupted' ? { unsure: true } : {}) }
    }
    case 'choose':
      await move(applyChoice(progress, message.stepIndex, message.choice))
      return { type: 'ok' }
    case 'pointed':
      await rememberPointed(place.origin, step.id, message.selector)
      return { type: 'ok' }
    case 'cannot': {
      // only where the setup's own step says this dashboard cannot do it at all: what it held for it is erased
      const variant = own?.unavailable?.[message.variant]
      if (!variant?.forget) return undefined
      await forgetSlots(variant.forget)
      if (progress.cannot?.step !== index) await writeProgress({ ...progress, cannot: { message: variant.message, step: index } }, holder)
      return { type: 'ok' }
    }
    case 'sent':
      // only a button of the setup's own flow
      if (own?.action.kind !== 'click') return undefined
      if (progress.sent !== index) await writeProgress({ ...progress, sent: index }, holder)
      return { type: 'ok' }
    case 'missed':
      await recordMiss({ site: place.site, stepId: step.id, path: new URL(sender.url ?? '').pathname, tried: message.tried, at: new Date().toISOString() })
      return { type: 'ok' }
  }
}

/**
 * Sends the test feedback to the endpoint in a slot, once more checked as an endpoint of the setup's community;
 * none held (or one of another host) is an outcome of its own.
 */
export async function testSlot(slot: string, community: string | undefined): Promise<TestOutcome> {
  // only ever the endpoint: no other slot holds an address
  const endpoint = slot === 'endpoint' ? await readSlot(slot) : null
  return endpoint && holdsAsIs(slot, endpoint, community) ? sendTestFeedback(endpoint) : 'noEndpoint'
}

/** A value read from a page is the one held when they differ only by the white space around them. */
function sameValue(read: string, held: string): boolean {
  return read.trim() === held
}

/**
 * The value a fill or select step puts in: its literal or the person's setting for any flow; a slot's only for
 * the setup's own step (asked for by the tab once its page is the step's: the webhook form), and (the
 * endpoint) checked against the community. The sender's URL is not checked here: after a single-page
 * navigation the browser may still give the address the page was loaded at.
 */
async function fillValueOf(step: Step, own: Step | null, community: string | undefined): Promise<string | null> {
  const { action } = step
  const ref = action.kind === 'fill' ? action.value : action.kind === 'select' && typeof action.option === 'object' ? action.option : null
  if (!ref || !('literal' in ref || 'setting' in ref || 'slot' in ref)) return null
  if ('literal' in ref) return ref.literal
  if ('setting' in ref) return readSetting(ref.setting)
  const ownRef = own?.action.kind === 'fill' ? own.action.value : null
  if (!ownRef || !('slot' in ownRef) || !isSlotName(ownRef.slot)) return null
  // a held value is checked again for its slot and community before it leaves the background
  const value = await readSlot(ownRef.slot)
  return value !== null && holdsAsIs(ownRef.slot, value, community) ? value : null
}

/** Test feedbacks on their way from this background, by step: a second tab asking at the same time waits for it. */
const inFlight = new Map<string, Promise<TestOutcome>>()

/**
 * Sends a step's test feedback once: a request again (a second tab on the step, or a content script whose
 * reply a stopped background lost) gets the answer already had, or waits for the one on its way. A background
 * stopped mid-way never answered: its mark in session storage says so, and rather than send twice (it would
 * land twice in Centercode) the person hears that the answer was lost, and may send it again. `again`: the
 * person asked to send it again.
 */
function sendOnce(stepId: string, slot: string, community: string | undefined, again: boolean): Promise<TestOutcome> {
  const pending = again ? undefined : inFlight.get(stepId)
  if (pending) return pending
  // from here to inFlight.set nothing waits: two requests cannot both start a send
  const run = (async (): Promise<TestOutcome> => {
    if (!again) {
      const last = await readLastTest()
      if (last?.stepId === stepId) return last.outcome
    }
    const sending = await readSending()
    const lost = !again && sending?.stepId === stepId && Date.now() - sending.at < 60_000
    if (!lost) await writeSending({ stepId, at: Date.now() })
    const outcome = lost ? 'interrupted' : await testSlot(slot, community)
    // the answer is kept before the mark goes: stopped in between, a request again finds one or the other
    await writeLastTest({ stepId, outcome, at: new Date().toISOString() })
    await writeSending(null)
    return outcome
  })()
  inFlight.set(stepId, run)
  const done = () => {
    if (inFlight.get(stepId) === run) inFlight.delete(stepId)
  }
  run.then(done, done)
  return run
}
