import type { Progress } from './progress'

export type SetupStatus = 'idle' | 'running'

/** A setup runs from its start until its last step is done. */
export function statusOf(progress: Progress | null): SetupStatus {
  return progress && progress.stepIndex < progress.flow.steps.length ? 'running' : 'idle'
}
