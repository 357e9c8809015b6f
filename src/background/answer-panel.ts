// The toolbar panel's requests: the setup's state to show, and the person's commands (start, continue,
// pause, reset, settings, an endpoint pasted by hand, the test feedback). Answered only for our own
// extension pages; the endpoint itself goes only to the panel, and only when the person asks to see it.
import type { Runtime } from 'webextension-polyfill'
import { communityOrigin } from '../setup/values/community'
import { checkEndpoint, endpointMessageKey, isCentercodeCommunityOrigin, maskEndpoint } from '../setup/values/endpoint'
import { checkSettings, type Settings, type SettingsErrors, type StoredSettings } from '../setup/values/settings'
import { outcomeMessageKey, type TestOutcome } from '../setup/values/test-feedback'
import { testfairyOrigin } from '../setup/values/testfairy-address'
import { stepCount } from '../engine/step-count'
import { phases, setupFlow, type Phase } from '../setup/flows/setup-flow'
import { parsePanelMessage, type PanelMessage } from '../setup/messages'
import { currentStep, startProgress, type Progress } from '../setup/state/progress'
import { testSlot } from './answer-message'
import { bringUp, detectCommunity, openOrigins, originFor } from './open-site'
import { defaultTestFairyOrigin } from '../setup/values/sites'
import { syncGuideScripts } from './guide-scripts'
import { inTurn } from './in-turn'
import { giveBackAccess, hasAccess, ownDomainOf } from './own-domain'
import {
  clearProgress,
  clearSlots,
  readLastTest,
  progressUnreadable,
  readProgressRecaptured,
  readSettings,
  readStoredSettings,
  readSlot,
  writeLastTest,
  writeProgress,
  writeSettings,
  writeSlot,
} from './setup-store'

export type PhaseState = 'todo' | 'current' | 'done'

export interface PanelView {
  type: 'panel-view'
  status: 'idle' | 'running' | 'done'
  phases: { id: Phase; state: PhaseState }[]
  /** The current step: its words (key and substitutions), and where it is. */
  step: { current: number; total: number; message: string; args?: string[] | undefined; site: string } | null
  paused: boolean
  /** The setup's community, or (idle) the one an open tab shows. */
  community: string | null
  /** Progress is stored that cannot be read (another version's, or damaged): the setup starts again. */
  progressUnreadable: boolean
  /** The TestFairy dashboard the setup worked on, once known. */
  testfairy: string | null
  /** The setup is about to go to TestFairy and knows no dashboard of the person's: the panel asks which. */
  asksTestFairy: boolean
  /** The TestFairy the person named, before the setup is bound to one. */
  testfairyChosen: string | null
  /** False while the setup's community is on its own domain and the person has not allowed the extension there. */
  access: boolean
  /** The endpoint held, masked; null when none is held. */
  endpoint: string | null
  settings: Settings
  /** Stored settings that could not be read and are shown with their defaults (until the person saves). */
  settingsReset: StoredSettings['reset']
  lastTest: { outcome: TestOutcome; messageKey: string; at: string } | null
  /** Why the setup cannot be finished on the dashboard of the current step (its words' key), or null. */
  cannot: string | null
  /** Before a setup (or after one): the TestFairy dashboard "Do it for me" would set up (one open in a tab, else app.testfairy.com). */
  autoTestFairy: string | null
  /** "Do it for me" is doing the steps. */
  auto: boolean
}

export type PanelReply =
  | PanelView
  | { type: 'ok' }
  | { type: 'refused'; messageKey: string; args?: string[] }
  | { type: 'settings-refused'; errors: SettingsErrors }
  | { type: 'endpoint'; value: string | null }
  | { type: 'test'; outcome: TestOutcome; messageKey: string }

/** Whether the sender is one of our own extension pages (the panel), not a content script or another extension. */
export function isOwnPage(sender: Runtime.MessageSender, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin)
}

export function answerPanel(value: unknown, sender: Runtime.MessageSender, ownId: string, ownOrigin: string): Promise<PanelReply | undefined> {
  const message = parsePanelMessage(value)
  if (!message || !isOwnPage(sender, ownId, ownOrigin)) return Promise.resolve(undefined)
  // in turn with the tabs' answers (in-turn.ts); a test feedback waits on the network and writes no progress
  return message.type === 'send-test-feedback' ? answer(message) : inTurn(() => answer(message))
}

async function answer(message: PanelMessage): Promise<PanelReply | undefined> {
  const progress = await readProgressRecaptured()
  switch (message.type) {
    case 'panel-view':
      return viewOf(progress)
    case 'start': {
      const typed = message.community?.trim() ? communityOrigin(message.community) : null
      if (typed && !typed.ok) return { type: 'refused', messageKey: typed.messageKey }
      const community = typed?.ok ? typed.origin : await detectCommunity()
      if (!community) return { type: 'refused', messageKey: 'communityEmpty' }
      await clearSlots()
      await writeLastTest(null)
      // the access allowed for an earlier setup's community on its own domain was for that setup only
      const earlier = ownDomainOf(progress)
      if (earlier && earlier !== community) await giveBackAccess(earlier)
      const settings = await readSettings()
      // "Do it for me" works on the TestFairy dashboard the panel named beside its button: one open in a tab
      const testfairy = message.auto && message.testfairy ? await openTestFairy(message.testfairy) : null
      const started: Progress = { ...startProgress(setupFlow(settings)), community, settings, ...(message.auto ? { auto: true } : {}), ...(testfairy ? { testfairy } : {}) }
      await writeProgress(started, null)
      return goTo(community, started)
    }
    case 'continue': {
      const step = currentStep(progress)
      if (!progress || !step) return { type: 'refused', messageKey: 'panelNothingToContinue' }
      // the person's own TestFairy, named before the setup is bound to one: remembered, bound on its own page
      const typed = message.testfairy?.trim() && step.site === 'testfairy' && !progress.testfairy ? testfairyOrigin(message.testfairy) : null
      if (typed && !typed.ok) return { type: 'refused', messageKey: typed.messageKey }
      if (typed?.ok) await writeProgress({ ...progress, testfairyChosen: typed.origin })
      const origin = typed?.ok ? typed.origin : await originFor(step.site, progress)
      if (!origin) return { type: 'refused', messageKey: 'communityEmpty' }
      if (progress.paused) await writeProgress({ ...progress, paused: false })
      return goTo(origin, progress)
    }
    case 'pause':
      // a pause stops "Do it for me" too
      if (progress && currentStep(progress)) await writeProgress({ ...progress, paused: message.paused, ...(message.paused ? { auto: false } : {}) })
      return { type: 'ok' }
    case 'reset': {
      // progress, the last test's answer and what "Point to it" remembered: a new setup starts afresh
      await clearProgress()
      await clearSlots()
      // the access the person allowed for a community on its own domain was for this setup only
      const ownDomain = ownDomainOf(progress)
      if (ownDomain) await giveBackAccess(ownDomain)
      return { type: 'ok' }
    }
    case 'reveal-endpoint':
      return { type: 'endpoint', value: await readSlot('endpoint') }
    case 'paste-endpoint':
      return pasteEndpoint(message.value, progress)
    case 'save-settings': {
      const check = checkSettings(message.settings)
      if (!check.ok) return { type: 'settings-refused', errors: check.errors }
      await writeSettings(check.settings)
      return { type: 'ok' }
    }
    case 'send-test-feedback': {
      const outcome = await testSlot('endpoint', progress?.community)
      await writeLastTest({ stepId: null, outcome, at: new Date().toISOString() })
      return { type: 'test', outcome, messageKey: outcomeMessageKey(outcome) }
    }
  }
}

/**
 * Brings up the step's site, once the guide's scripts are registered for it (so a new tab has its guide from
 * the start, and a tab already open gets it at once). A community on its own domain needs the person's
 * permission first (the panel asks for it, in the same click).
 */
async function goTo(origin: string, progress: Progress): Promise<PanelReply> {
  const ownDomain = ownDomainOf(progress)
  if (ownDomain === origin && !(await hasAccess(ownDomain))) {
    return { type: 'refused', messageKey: 'communityNeedsAccess', args: [new URL(ownDomain).host] }
  }
  await syncGuideScripts()
  await bringUp(origin)
  return { type: 'ok' }
}

/**
 * An endpoint made by hand, checked exactly as one read from a page: for the setup's community, or (no setup
 * yet) any community's. Kept, it stands for the Centercode phases: the setup goes on with TestFairy.
 */
async function pasteEndpoint(value: string, progress: Progress | null): Promise<PanelReply> {
  const trimmed = value.trim()
  let community = progress?.community ?? null
  if (!community) {
    try {
      const origin = new URL(trimmed).origin
      community = isCentercodeCommunityOrigin(origin) ? origin : null
    } catch {
      community = null
    }
  }
  const check = checkEndpoint(trimmed, community ?? 'https://invalid.centercode.com')
  if (!check.ok) return { type: 'refused', messageKey: community || check.problem !== 'wrongHost' ? endpointMessageKey(check.problem) : 'endpointNotCommunity' }
  const settings = await readSettings()
  const base: Progress = progress && currentStep(progress) ? progress : { ...startProgress(setupFlow(settings)), community: check.endpoint.origin, settings }
  if (!(await writeSlot('endpoint', check.endpoint.url, base.community)) || !(await writeSlot('apiKey', check.endpoint.apiKey, base.community))) {
    return { type: 'refused', messageKey: 'endpointNotCommunity' }
  }
  const firstWebhookStep = base.flow.steps.findIndex((s) => s.phase === 'webhook')
  const next = base.stepIndex < firstWebhookStep ? { ...base, stepIndex: firstWebhookStep, paused: false } : base
  await writeProgress(next, null)
  return { type: 'ok' }
}

async function viewOf(progress: Progress | null): Promise<PanelView> {
  const step = currentStep(progress)
  const status: PanelView['status'] = !progress ? 'idle' : step ? 'running' : 'done'
  const currentPhase = step ? step.phase : undefined
  const phaseStates = phases.map((id) => {
    if (!progress) return { id, state: 'todo' as const }
    if (!step) return { id, state: 'done' as const }
    const lastOfPhase = progress.flow.steps.reduce((last, s, i) => (s.phase === id ? i : last), -1)
    const state: PhaseState = currentPhase === id ? 'current' : lastOfPhase < progress.stepIndex ? 'done' : 'todo'
    return { id, state }
  })
  const endpoint = await readSlot('endpoint')
  const masked = endpoint ? checkEndpoint(endpoint, new URL(endpoint).origin) : null
  const last = await readLastTest()
  const stored = await readStoredSettings()
  return {
    type: 'panel-view',
    status,
    phases: phaseStates,
    step: progress && step ? { ...stepCount(progress.flow, progress.stepIndex), message: step.message, args: step.messageArgs, site: step.site } : null,
    paused: progress?.paused ?? false,
    community: progress?.community ?? (await detectCommunity()),
    testfairy: progress?.testfairy ?? null,
    asksTestFairy: step?.site === 'testfairy' && !progress?.testfairy,
    testfairyChosen: progress?.testfairyChosen ?? null,
    progressUnreadable: !progress && (await progressUnreadable()),
    access: ownDomainOf(progress) ? await hasAccess(ownDomainOf(progress)!) : true,
    endpoint: masked?.ok ? maskEndpoint(masked.endpoint) : null,
    settings: stored.settings,
    settingsReset: stored.reset,
    lastTest: last ? { outcome: last.outcome, messageKey: outcomeMessageKey(last.outcome), at: last.at } : null,
    cannot: progress?.cannot && progress.cannot.step === progress.stepIndex ? progress.cannot.message : null,
    autoTestFairy: step ? null : ((await openOrigins('testfairy'))[0] ?? defaultTestFairyOrigin),
    auto: progress?.auto === true,
  }
}

/** The TestFairy origin the panel named, when it is one and a tab is open on it; null otherwise. */
async function openTestFairy(named: string): Promise<string | null> {
  const typed = testfairyOrigin(named)
  return typed.ok && (await openOrigins('testfairy')).includes(typed.origin) ? typed.origin : null
}
