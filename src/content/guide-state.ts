// The progress as a tab reads it from storage.local, checked for shape only. The background checked the flow
// against the whole schema when it wrote it (and only extension code can write there); a record it cannot
// read is cleared or replaced by the background, and a tab shows nothing for it. So a dashboard page does not
// load the schema library for it.
import type { GuideState } from '../engine/run-guide'

export function guideStateOf(value: unknown): GuideState | null {
  if (typeof value !== 'object' || value === null) return null
  const { version, flow, stepIndex, paused } = value as Record<string, unknown>
  const steps = (flow as { steps?: unknown } | null)?.steps
  if (version !== 1 || !Array.isArray(steps) || typeof paused !== 'boolean') return null
  if (typeof stepIndex !== 'number' || !Number.isInteger(stepIndex) || stepIndex < 0 || stepIndex > steps.length) return null
  if (!steps.every((step) => typeof step === 'object' && step !== null && typeof step.id === 'string' && typeof step.site === 'string' && typeof step.action === 'object' && Array.isArray(step.done))) return null
  return value as GuideState
}
