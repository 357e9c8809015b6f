// The progress as a tab reads it from storage.local, checked for shape only, so a dashboard page does not load
// the schema library for it. A content script could write there too (a compromised page): the background undoes
// any write it did not make, and decides where values go from its own flow, never from this record
// (src/background/trusted-flow.ts). A record the tab cannot read shows nothing.
import type { GuideState } from '../engine/run-guide'

export function guideStateOf(value: unknown): GuideState | null {
  if (typeof value !== 'object' || value === null) return null
  const { version, flow, stepIndex, paused, community, testfairy, cannot, sent } = value as Record<string, unknown>
  if ((community !== undefined && typeof community !== 'string') || (testfairy !== undefined && typeof testfairy !== 'string')) return null
  if (cannot !== undefined && (typeof cannot !== 'object' || cannot === null || typeof (cannot as { message?: unknown }).message !== 'string' || typeof (cannot as { step?: unknown }).step !== 'number')) return null
  if (sent !== undefined && typeof sent !== 'number') return null
  const steps = (flow as { steps?: unknown } | null)?.steps
  if (version !== 1 || !Array.isArray(steps) || typeof paused !== 'boolean') return null
  if (typeof stepIndex !== 'number' || !Number.isInteger(stepIndex) || stepIndex < 0 || stepIndex > steps.length) return null
  if (!steps.every((step) => typeof step === 'object' && step !== null && typeof step.id === 'string' && typeof step.site === 'string' && typeof step.action === 'object' && Array.isArray(step.done))) return null
  return value as GuideState
}
