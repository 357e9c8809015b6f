import type { Runtime } from 'webextension-polyfill'
import { siteOf } from '../domain/sites'
import { outcomeMessageKey, type TestOutcome } from '../domain/test-feedback'
import { parseMessage, type Reply } from '../messages'
import { applyChoice, applyCommand, applyMatch, currentStep } from '../setup/progress'
import { checkReadValue } from './check-read-value'
import { composeValue } from './compose-value'
import { passOver } from './pass-over'
import { bringUp, originFor } from './open-site'
import { isOwnDomainPage } from './own-domain'
import { sendTestFeedback } from './send-test-feedback'
import { forgetSlots, readLastTest, readSending, writeLastTest, writeSending, readProgressRecaptured, readSetting, readSlot, recordMiss, rememberPointed, writeProgress, writeSlot } from './setup-store'

/**
 * Answers one message, or returns undefined to ignore it. A message counts only when it is well formed and
 * comes from our own content script on one of the two sites; a message about a step counts only for the
 * current step, from a page of that step's site.
 */
export async function answerMessage(value: unknown, sender: Runtime.MessageSender, ownId: string): Promise<Reply | undefined> {
  const message = parseMessage(value)
  if (!message || sender.id !== ownId) return undefined
  const progress = await readProgressRecaptured()
  // a community on its own domain counts as Centercode while its setup runs there and the person allowed it
  const site = siteOf(sender.url) ?? ((await isOwnDomainPage(sender.url, progress)) ? 'centercode' : null)
  if (!site) return undefined
  const step = currentStep(progress)
  if (!progress || !step) return undefined
  if (message.type === 'open-step-site') {
    // from a tab of the other site, while the setup goes on elsewhere
    const origin = await originFor(step.site, progress)
    if (origin) await bringUp(origin)
    return { type: 'ok' }
  }
  const index = message.type === 'step' ? message.from : message.stepIndex
  if (index !== progress.stepIndex) return undefined
  // Pausing and resuming may come from either site; everything else only from the step's own site.
  const fromAnywhere = message.type === 'step' && (message.command === 'pause' || message.command === 'resume')
  if (step.site !== site && !fromAnywhere) return undefined

  const hasSlot = async (name: string) => (await readSlot(name)) !== null
  const origin = new URL(sender.url ?? '').origin
  switch (message.type) {
    case 'step': {
      const applied = applyCommand(progress, message.command, message.from, message.to)
      // the TestFairy dashboard the person works on (app., or a private cloud): "Continue setup" goes back there
      const next = site === 'testfairy' && step.site === 'testfairy' ? { ...applied, testfairy: origin } : applied
      // moving on from a step that erases secrets once done (the last test feedback)
      const forget = step.action.kind === 'send' ? step.action.forget : undefined
      if (forget && next.stepIndex > progress.stepIndex) await forgetSlots(forget)
      await writeProgress(await passOver(next, message.command === 'back' ? -1 : 1, hasSlot))
      return { type: 'ok' }
    }
    case 'fill-value':
      return { type: 'fill-value-reply', value: await fillValueOf(step.action) }
    case 'read-value': {
      if (step.action.kind !== 'read') return undefined
      const check = await checkReadValue(step.action.slot, message.value, origin, () => readSlot('apiKey'))
      if (!check.ok) return { type: 'read-value-reply', ok: false, messageKey: check.messageKey, ...(check.args ? { args: check.args } : {}) }
      await writeSlot(step.action.slot, check.value)
      return { type: 'read-value-reply', ok: true }
    }
    case 'compose':
    case 'keep-composed': {
      if (step.action.kind !== 'compose') return undefined
      const composed = await composeValue(step.action.slot, origin, readSlot)
      if (!composed.ok) return { type: 'compose-reply', ok: false, messageKey: composed.messageKey, ...(composed.args ? { args: composed.args } : {}) }
      if (message.type === 'keep-composed') await writeSlot(step.action.slot, composed.value)
      return { type: 'compose-reply', ok: true, preview: composed.preview }
    }
    case 'match': {
      if (step.action.kind !== 'match') return undefined
      const held = await readSlot(step.action.slot)
      const same = held !== null && sameValue(message.value, held)
      if (same) {
        // the phase is done: what only it needed is erased before anything else happens
        if (step.action.forget) await forgetSlots(step.action.forget)
        await writeProgress(await passOver(applyMatch(progress, message.stepIndex), 1, hasSlot))
      }
      return { type: 'match-reply', same }
    }
    case 'send': {
      if (step.action.kind !== 'send') return undefined
      const outcome = await sendOnce(step.id, step.action.slot, message.again)
      return { type: 'send-reply', ok: outcome === 'accepted', messageKey: outcomeMessageKey(outcome), ...(outcome === 'interrupted' ? { unsure: true } : {}) }
    }
    case 'choose':
      await writeProgress(await passOver(applyChoice(progress, message.stepIndex, message.choice), 1, hasSlot))
      return { type: 'ok' }
    case 'pointed':
      await rememberPointed(`${site}:${step.id}`, message.selector)
      return { type: 'ok' }
    case 'missed':
      await recordMiss({ site, stepId: step.id, path: new URL(sender.url ?? '').pathname, tried: message.tried, at: new Date().toISOString() })
      return { type: 'ok' }
  }
}

/** Sends the test feedback to the endpoint in a slot; none held is an outcome of its own. */
export async function testSlot(slot: string): Promise<TestOutcome> {
  const endpoint = await readSlot(slot)
  return endpoint ? sendTestFeedback(endpoint) : 'noEndpoint'
}

/** A value read from a page is the one held when they differ only by the white space around them. */
function sameValue(read: string, held: string): boolean {
  return read.trim() === held
}

/** The value a fill or select step puts in, from its literal, the person's settings, or a slot. */
async function fillValueOf(action: NonNullable<ReturnType<typeof currentStep>>['action']): Promise<string | null> {
  const ref = action.kind === 'fill' ? action.value : action.kind === 'select' && typeof action.option === 'object' ? action.option : null
  if (!ref) return null
  if ('literal' in ref) return ref.literal
  if ('setting' in ref) return readSetting(ref.setting)
  if ('slot' in ref) return readSlot(ref.slot)
  return null
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
function sendOnce(stepId: string, slot: string, again: boolean): Promise<TestOutcome> {
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
    const outcome = lost ? 'interrupted' : await testSlot(slot)
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
