// The background's storage. The progress is kept twice: the trusted copy in storage.session, which content
// scripts can neither read nor write, and its mirror in storage.local, which every tab reads (and which a
// compromised page could write: a write the background did not make is undone). Values read from pages
// (secrets among them) live in storage.session only, each checked for its slot before it is kept.
import browser from 'webextension-polyfill'
import { isSettingName } from '../setup/values/defaults'
import { settingsFromStorage, type Settings, type StoredSettings } from '../setup/values/settings'
import { holdsAsIs, type SlotName } from '../setup/values/slots'
import { testOutcomes, type TestOutcome } from '../setup/values/test-feedback'
import type { Finder } from '../engine/step'
import { parseProgress, progressKey, type Progress } from '../setup/state/progress'
import { pointedKey, pointedStoreKey, sessionMarkKey } from '../setup/state/storage-keys'
import { recapture, type Held } from '../setup/state/held-values'
import { canonical } from './trusted-flow'

export const storageKeys = {
  progress: progressKey,
  settings: 'settings',
  /** Selectors the person pointed at, by origin and step id: "Point to it" is remembered. */
  pointed: pointedStoreKey,
  /** The last misses (targets not found), for a diagnostics view; never leaves the browser. */
  misses: 'misses',
  /** storage.session: values read from pages, by slot name. */
  slots: 'slots',
  /** The last test feedback's outcome (no secret): for the card and the panel. */
  lastTest: 'lastTest',
} as const

/**
 * storage.session: the trusted copy of the progress, as `{ progress }` (null: no setup, on purpose); absent, the
 * browser emptied the session (a restart, an update) or nothing ever started.
 */
const trustedKey = 'trustedProgress'

async function readTrusted(): Promise<{ progress: unknown } | undefined> {
  const trusted: unknown = (await browser.storage.session.get(trustedKey))[trustedKey]
  return trusted && typeof trusted === 'object' && 'progress' in trusted ? (trusted as { progress: unknown }) : undefined
}
/** storage.session: the tab that brought the setup to its current step, which alone may pass over a step its page lacks. */
const holderKey = 'holder'

export const maxMisses = 50

const record = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {})

/** The progress the background trusts: its own copy, or (the session emptied: a browser restarted) the stored one. */
export async function readProgress(): Promise<Progress | null> {
  const trusted = await readTrusted()
  if (trusted) return parseProgress(trusted.progress)
  return parseProgress((await browser.storage.local.get(storageKeys.progress))[storageKeys.progress])
}

/** Whether progress is stored that cannot be read (another version's, or damaged): the panel says so. */
export async function progressUnreadable(): Promise<boolean> {
  const stored = (await browser.storage.local.get(storageKeys.progress))[storageKeys.progress]
  return stored !== undefined && parseProgress(stored) === null
}

/**
 * The progress, gone back (and kept so) to read again what the browser forgot when it closed: the values read
 * from pages live in storage.session (see src/setup/state/held-values.ts).
 */
export async function readProgressRecaptured(): Promise<Progress | null> {
  const progress = await readProgress()
  if (!progress) return null
  const session = await browser.storage.session.get([storageKeys.slots, sessionMarkKey])
  // this browser session has held values already: one missing was erased on purpose (a phase done), not lost
  if (session[sessionMarkKey]) return progress
  const slots = record(session[storageKeys.slots])
  const next = recapture(progress, (name) => Object.hasOwn(slots, name))
  if (next === progress) return progress
  await writeProgress(next)
  await browser.storage.session.set({ [sessionMarkKey]: true })
  return next
}

/**
 * Keeps the progress: the trusted copy first, then the tabs' mirror. `holder`: the tab whose message moved the
 * setup (it holds the step's page), or null when the panel did.
 */
export async function writeProgress(progress: Progress, holder?: number | null): Promise<void> {
  const moved = holder !== undefined ? { [holderKey]: { tabId: holder, step: progress.stepIndex } } : {}
  await browser.storage.session.set({ [trustedKey]: { progress }, ...moved })
  await browser.storage.local.set({ [storageKeys.progress]: progress })
}

/** No setup any more (Reset): the trusted copy says so, so a record written by anyone else is undone. */
export async function clearProgress(): Promise<void> {
  await browser.storage.session.set({ [trustedKey]: { progress: null } })
  await browser.storage.session.remove(holderKey)
  await browser.storage.local.remove([storageKeys.progress, storageKeys.lastTest, storageKeys.pointed])
}

/**
 * Called with every change of the stored progress: one the background did not make is undone. With no trusted
 * copy (the session emptied by a restart, or a test's seed) the stored record is taken as it is: the flows
 * that decide where secrets go are checked apart from it (src/background/trusted-flow.ts).
 */
export async function guardStoredProgress(stored: unknown): Promise<void> {
  const trusted = await readTrusted()
  if (!trusted) {
    const adopted = parseProgress(stored)
    if (adopted) await browser.storage.session.set({ [trustedKey]: { progress: adopted } })
    return
  }
  if (canonical(stored) === canonical(trusted.progress)) return
  if (trusted.progress === null) await browser.storage.local.remove(storageKeys.progress)
  else await browser.storage.local.set({ [storageKeys.progress]: trusted.progress })
}

/**
 * Whether the tab may pass over the current step (`stepIndex`) because its page does not have it: only the tab
 * that brought the setup there (its page is the step's), or any tab once that one is gone or unknown.
 */
export async function mayPass(stepIndex: number, tabId: number | undefined): Promise<boolean> {
  const holder = record((await browser.storage.session.get(holderKey))[holderKey])
  if (typeof holder.tabId !== 'number' || holder.step !== stepIndex || holder.tabId === tabId) return true
  return browser.tabs.get(holder.tabId).then(
    (tab) => !tab,
    () => true,
  )
}

/** The settings, repaired where stored data could not be read, and what was put back to its default. */
export async function readStoredSettings(): Promise<StoredSettings> {
  return settingsFromStorage((await browser.storage.local.get(storageKeys.settings))[storageKeys.settings])
}

export async function readSettings(): Promise<Settings> {
  return (await readStoredSettings()).settings
}

export async function writeSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [storageKeys.settings]: settings })
}

export async function readSetting(name: string): Promise<string | null> {
  if (!isSettingName(name)) return null
  return (await readSettings())[name]
}

async function readSlots(): Promise<Record<string, string>> {
  const slots = record((await browser.storage.session.get(storageKeys.slots))[storageKeys.slots])
  return Object.fromEntries(Object.entries(slots).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}

export async function readSlot(name: string): Promise<string | null> {
  return (await readSlots())[name] ?? null
}

/** Which slots hold a value now, read once (src/setup/state/held-values.ts decides what that means). */
export async function readHeld(): Promise<Held> {
  const slots = await readSlots()
  return (name) => Object.hasOwn(slots, name)
}

/**
 * Keeps a value in its slot, once it passes that slot's check for the setup's community (the endpoint: an
 * endpoint of that community). False, and nothing kept, when it does not.
 */
export async function writeSlot(name: SlotName, value: string, community: string | undefined): Promise<boolean> {
  if (!holdsAsIs(name, value, community)) return false
  const slots = await readSlots()
  await browser.storage.session.set({ [storageKeys.slots]: { ...slots, [name]: value }, [sessionMarkKey]: true })
  return true
}

export async function forgetSlots(names: readonly string[]): Promise<void> {
  const slots = await readSlots()
  const kept = Object.fromEntries(Object.entries(slots).filter(([name]) => !names.includes(name)))
  await browser.storage.session.set({ [storageKeys.slots]: kept })
}

export async function clearSlots(): Promise<void> {
  await browser.storage.session.remove(storageKeys.slots)
}

export interface LastTest {
  /** The step that sent it, or null for the panel's button. */
  stepId: string | null
  outcome: TestOutcome
  at: string
}

export async function readLastTest(): Promise<LastTest | null> {
  const last = record((await browser.storage.local.get(storageKeys.lastTest))[storageKeys.lastTest])
  const { stepId, outcome, at } = last
  if ((stepId !== null && typeof stepId !== 'string') || typeof at !== 'string' || !(testOutcomes as readonly unknown[]).includes(outcome)) return null
  return { stepId, outcome: outcome as TestOutcome, at }
}

export async function writeLastTest(test: LastTest | null): Promise<void> {
  if (test) await browser.storage.local.set({ [storageKeys.lastTest]: test })
  else await browser.storage.local.remove(storageKeys.lastTest)
}

/** storage.session: a test feedback on its way (no secret), so a background stopped mid-way does not send it twice. */
const sendingKey = 'sending'

export async function readSending(): Promise<{ stepId: string | null; at: number } | null> {
  const { stepId, at } = record((await browser.storage.session.get(sendingKey))[sendingKey])
  return (stepId === null || typeof stepId === 'string') && typeof at === 'number' ? { stepId, at } : null
}

export async function writeSending(sending: { stepId: string | null; at: number } | null): Promise<void> {
  if (sending) await browser.storage.session.set({ [sendingKey]: sending })
  else await browser.storage.session.remove(sendingKey)
}

export async function rememberPointed(origin: string, stepId: string, selector: string): Promise<void> {
  const pointed = record((await browser.storage.local.get(storageKeys.pointed))[storageKeys.pointed])
  await browser.storage.local.set({ [storageKeys.pointed]: { ...pointed, [pointedKey(origin, stepId)]: selector } })
}

export interface Miss {
  site: string
  stepId: string
  /** the page's path only: a query string may hold a secret */
  path: string
  tried: { finder: Finder; count: number }[]
  at: string
}

export async function recordMiss(miss: Miss): Promise<void> {
  const stored: unknown = (await browser.storage.local.get(storageKeys.misses))[storageKeys.misses]
  const misses = Array.isArray(stored) ? stored : []
  await browser.storage.local.set({ [storageKeys.misses]: [...misses, miss].slice(-maxMisses) })
}
