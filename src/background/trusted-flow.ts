// Which flow the background trusts with secrets: only the setup's own, as this code builds it from the person's
// checked settings. The flow stored in storage.local (which content scripts can write) is run by the tabs, but
// where a value is read, filled or sent is decided here: a stored flow that is not exactly the one rebuilt is
// a foreign flow (a test's, or a forgery), and gets no slot at all.
import { checkSettings, defaults, type Settings } from '../setup/values/settings'
import type { Flow } from '../engine/step'
import { setupFlow } from '../setup/flows/setup-flow'
import type { Progress } from '../setup/state/progress'

/** The setup flow the progress runs, rebuilt from its settings (the defaults when it names none); null when the stored flow is not it. */
export function setupFlowOf(progress: Progress): Flow | null {
  const settings = progress.settings === undefined ? { ok: true as const, settings: defaults } : checkSettings(progress.settings)
  if (!settings.ok) return null
  const own = rebuiltFor(settings.settings)
  // the stored flow compared once with each rebuilt one (parseProgress gives one object for one record)
  const known = compared.get(progress.flow)
  if (known?.text === own.text) return known.same ? own.flow : null
  const same = own.text === canonical(progress.flow)
  compared.set(progress.flow, { text: own.text, same })
  return same ? own.flow : null
}

/** The setup's own flow for the last settings asked about, and its text: each message of a tab asks again. */
let lastRebuilt: { settings: string; flow: Flow; text: string } | undefined

function rebuiltFor(settings: Settings): { flow: Flow; text: string } {
  const key = JSON.stringify(settings)
  if (lastRebuilt?.settings !== key) {
    const flow = setupFlow(settings)
    lastRebuilt = { settings: key, flow, text: canonical(flow) }
  }
  return lastRebuilt
}

/** Each stored flow's last comparison: with which rebuilt flow's text, and whether they were the same. */
const compared = new WeakMap<Flow, { text: string; same: boolean }>()

/** JSON text with keys in one order and undefined members left out (as storage keeps them): equal data, equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  )
}
