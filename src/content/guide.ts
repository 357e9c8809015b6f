// Loaded only while a setup is running: the engine, the overlay and this site's share of the flow.
import type { Site } from '../domain/sites'
import { hostTag } from '../engine/overlay'
import { runGuide } from '../engine/run-guide'
import { guideHost } from './guide-host'
import { orphanSignal } from './orphan-signal'

export function startGuide(site: Site): void {
  const signal = orphanSignal()
  // An overlay left by an instance the browser unloaded without letting it clean up (Firefox, on an
  // extension reload) would sit there, dead: take it away before showing ours.
  for (const stale of document.querySelectorAll(hostTag)) stale.remove()
  runGuide(guideHost(site), signal)
}
