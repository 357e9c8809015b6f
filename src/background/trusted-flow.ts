// Which flow the background trusts with secrets: only the setup's own, as this code builds it from the person's
// checked settings. The flow stored in storage.local (which content scripts can write) is run by the tabs, but
// where a value is read, filled or sent is decided here: a stored flow that is not exactly the one rebuilt is
// a foreign flow (a test's, or a forgery), and gets no slot at all.
import { checkSettings, defaults } from '../setup/values/settings'
import type { Flow } from '../engine/step'
import { setupFlow } from '../setup/flows/setup-flow'
import type { Progress } from '../setup/state/progress'

/** The setup flow the progress runs, rebuilt from its settings (the defaults when it names none); null when the stored flow is not it. */
export function setupFlowOf(progress: Progress): Flow | null {
  const settings = progress.settings === undefined ? { ok: true as const, settings: defaults } : checkSettings(progress.settings)
  if (!settings.ok) return null
  const rebuilt = setupFlow(settings.settings)
  return canonical(rebuilt) === canonical(progress.flow) ? rebuilt : null
}

/** JSON text with keys in one order and undefined members left out (as storage keeps them): equal data, equal text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  )
}
