// The whole setup as one flow: every step of both sites, so "step x of N" counts across them, each step marked
// with its phase (the panel's checklist): the API key, the External Feedback Source, the TestFairy webhook.
import { defaults, type Settings } from '../values/settings'
import type { Flow, Step } from '../../engine/step'
import { centercodeSteps } from './centercode'
import { testfairySteps } from './testfairy'

export const phases = ['apiKey', 'source', 'webhook'] as const
export type Phase = (typeof phases)[number]

/** The first step of the External Feedback Source: everything before it in Centercode is the API key. */
const firstSourceStep = 'cc-open-feedback-types'

export function setupFlow(settings: Settings = defaults): Flow {
  const centercode = centercodeSteps(settings.mapping, settings.apiKeyName, settings.sourceName, settings.sourceKey)
  const sourceStart = centercode.findIndex((s) => s.id === firstSourceStep)
  const inPhase = (phase: Phase) => (step: Step): Step => ({ ...step, phase })
  return {
    id: 'testfairy-centercode-setup',
    steps: [
      ...centercode.slice(0, sourceStart).map(inPhase('apiKey')),
      ...centercode.slice(sourceStart).map(inPhase('source')),
      ...testfairySteps(settings.events, settings.webhookName).map(inPhase('webhook')),
    ],
  }
}
