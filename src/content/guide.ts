// Loaded only while a setup is running: the engine, the overlay and this site's share of the flow.
import type { Site } from '../domain/sites'
import { runGuide } from '../engine/run-guide'
import { guideHost } from './guide-host'
import { orphanSignal } from './orphan-signal'

export function startGuide(site: Site): void {
  runGuide(guideHost(site), orphanSignal())
}
