// The guide on a dashboard page: the engine, the overlay and this site's share of the flow. The background
// registers it only while a setup runs, and also runs it in tabs already open then, so it may arrive twice.
import type { Site } from '../setup/values/sites'
import { hostTag } from '../engine/overlay'
import { runGuide } from '../engine/run-guide'
import { guideHost } from './guide-host'
import { orphanSignal } from './orphan-signal'
import { runningKey } from './running-key'

export function startGuide(site: Site): void {
  const scope = globalThis as { [runningKey]?: AbortSignal }
  const running = scope[runningKey]
  // Already guiding this page (a registered script and an injected one both ran): this one steps in only if
  // that one turns out to be orphaned (an extension updated or reloaded, whose world this may share).
  if (running && !running.aborted) return running.addEventListener('abort', () => startGuide(site), { once: true })
  const signal = orphanSignal()
  scope[runningKey] = signal
  // An overlay left by an instance the browser unloaded without letting it clean up (Firefox, on an
  // extension reload) would sit there, dead: take it away before showing ours.
  for (const stale of document.querySelectorAll(hostTag)) stale.remove()
  runGuide(guideHost(site), signal)
}
