// The background's storage: progress and choices in storage.local, values read from pages (secrets among
// them) in storage.session, which content scripts cannot read and the browser forgets when it closes.
import browser from 'webextension-polyfill'
import { isSettingName } from '../domain/defaults'
import { settingsFromStorage, type Settings, type StoredSettings } from '../domain/settings'
import type { TestOutcome } from '../domain/test-feedback'
import type { Finder } from '../engine/step'
import { parseProgress, progressKey, type Progress } from '../setup/progress'
import { sessionMarkKey } from '../setup/storage-keys'
import { recapture } from '../setup/recapture'

export const storageKeys = {
  progress: progressKey,
  settings: 'settings',
  /** Selectors the person pointed at, by site and step id: "Point to it" is remembered. */
  pointed: 'pointed',
  /** The last misses (targets not found), for a diagnostics view; never leaves the browser. */
  misses: 'misses',
  /** storage.session: values read from pages, by slot name. */
  slots: 'slots',
  /** The last test feedback's outcome (no secret): for the card and the panel. */
  lastTest: 'lastTest',
} as const

export const maxMisses = 50

export async function readProgress(): Promise<Progress | null> {
  const stored = await browser.storage.local.get(storageKeys.progress)
  return parseProgress(stored[storageKeys.progress])
}

/** Whether progress is stored that cannot be read (another version's, or damaged): the panel says so. */
export async function progressUnreadable(): Promise<boolean> {
  const stored = (await browser.storage.local.get(storageKeys.progress))[storageKeys.progress]
  return stored !== undefined && parseProgress(stored) === null
}

/**
 * The progress, gone back (and kept so) to read again what the browser forgot when it closed: the values read
 * from pages live in storage.session (see src/setup/recapture.ts).
 */
export async function readProgressRecaptured(): Promise<Progress | null> {
  const progress = await readProgress()
  if (!progress) return null
  const session = await browser.storage.session.get([storageKeys.slots, sessionMark])
  // this browser session has held values already: one missing was erased on purpose (a phase done), not lost
  if (session[sessionMark]) return progress
  const slots = (session[storageKeys.slots] ?? {}) as Record<string, string>
  const next = recapture(progress, (name) => Object.hasOwn(slots, name))
  if (next === progress) return progress
  await writeProgress(next)
  await browser.storage.session.set({ [sessionMark]: true })
  return next
}

/**
 * Set with the first value kept (and on going back for lost ones). Gone, storage.session was emptied by the
 * browser (closed, or the extension updated), so values missing now were lost, not erased.
 */
const sessionMark = sessionMarkKey

export async function writeProgress(progress: Progress): Promise<void> {
  await browser.storage.local.set({ [storageKeys.progress]: progress })
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

export async function readSlot(name: string): Promise<string | null> {
  const slots = (await browser.storage.session.get(storageKeys.slots))[storageKeys.slots] as Record<string, string> | undefined
  return slots?.[name] ?? null
}

export async function writeSlot(name: string, value: string): Promise<void> {
  const slots = ((await browser.storage.session.get(storageKeys.slots))[storageKeys.slots] ?? {}) as Record<string, string>
  await browser.storage.session.set({ [storageKeys.slots]: { ...slots, [name]: value }, [sessionMark]: true })
}

export async function forgetSlots(names: readonly string[]): Promise<void> {
  const slots = ((await browser.storage.session.get(storageKeys.slots))[storageKeys.slots] ?? {}) as Record<string, string>
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
  return ((await browser.storage.local.get(storageKeys.lastTest))[storageKeys.lastTest] as LastTest | undefined) ?? null
}

export async function writeLastTest(test: LastTest | null): Promise<void> {
  if (test) await browser.storage.local.set({ [storageKeys.lastTest]: test })
  else await browser.storage.local.remove(storageKeys.lastTest)
}

/** storage.session: a test feedback on its way (no secret), so a background stopped mid-way does not send it twice. */
const sendingKey = 'sending'

export async function readSending(): Promise<{ stepId: string | null; at: number } | null> {
  return ((await browser.storage.session.get(sendingKey))[sendingKey] as { stepId: string | null; at: number } | undefined) ?? null
}

export async function writeSending(sending: { stepId: string | null; at: number } | null): Promise<void> {
  if (sending) await browser.storage.session.set({ [sendingKey]: sending })
  else await browser.storage.session.remove(sendingKey)
}

export async function rememberPointed(key: string, selector: string): Promise<void> {
  const pointed = ((await browser.storage.local.get(storageKeys.pointed))[storageKeys.pointed] ?? {}) as Record<string, string>
  await browser.storage.local.set({ [storageKeys.pointed]: { ...pointed, [key]: selector } })
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
  const misses = ((await browser.storage.local.get(storageKeys.misses))[storageKeys.misses] ?? []) as Miss[]
  await browser.storage.local.set({ [storageKeys.misses]: [...misses, miss].slice(-maxMisses) })
}
