// Steps that are only another way of getting a value the setup already holds (`unlessSlot`) are passed over,
// in the direction the person is moving: composing the endpoint is for pages that showed none.
import type { Progress } from '../setup/progress'

export async function passOver(progress: Progress, direction: 1 | -1, hasSlot: (name: string) => Promise<boolean>): Promise<Progress> {
  let index = progress.stepIndex
  for (;;) {
    const slot = progress.flow.steps[index]?.unlessSlot
    const next = index + direction
    if (!slot || next < 0 || !(await hasSlot(slot))) break
    index = next
  }
  return index === progress.stepIndex ? progress : { ...progress, stepIndex: index }
}
