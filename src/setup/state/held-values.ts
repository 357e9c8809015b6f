// What the values the setup holds decide about where it stands. The values read from pages (the endpoint carries
// the API key) live in storage.session; given which of them are held:
// - a step that is only another way of getting a value already held (`unlessSlot`: composing the endpoint, for
//   pages that showed none) is passed over, in the direction the person is moving;
// - what a closed browser took with it is read again: the steps still to come that need a value no longer held
//   cannot be done, so the guide goes back to the step that reads it, by the way there (the start of that
//   step's phase), and says why.
// Pure: the background reads the slots once and asks here.
import type { Flow, Step } from '../../engine/step'
import type { Progress } from './progress'

/** Whether the setup holds a value in this slot. */
export type Held = (slot: string) => boolean

/** The message the card shows on the step the guide went back to. */
export const recaptureNotice = 'cardRecapture'

/** The slot a step cannot do without: filled in from, compared with, or sent to. */
export function slotUsed(step: Step): string | null {
  const { action } = step
  if (action.kind === 'fill' && 'slot' in action.value) return action.value.slot
  if (action.kind === 'select' && typeof action.option === 'object' && 'slot' in action.option) return action.option.slot
  if (action.kind === 'match' || action.kind === 'send') return action.slot
  return null
}

const produces = (step: Step, slot: string) => (step.action.kind === 'read' || step.action.kind === 'compose') && step.action.slot === slot

/**
 * Where to go back to from step `from` when slots it or a later step needs are not held and no step between
 * will read them: the first step of the phase of the earliest step that read one of them. Null: nothing lost.
 */
export function recaptureFrom(flow: Flow, from: number, held: Held): number | null {
  let to: number | null = null
  flow.steps.forEach((step, i) => {
    const slot = i >= from ? slotUsed(step) : null
    if (!slot || held(slot)) return
    // read on the way to the step that needs it: nothing is lost, it is still to come
    if (flow.steps.slice(from, i).some((s) => produces(s, slot))) return
    const reader = flow.steps.findIndex((s, j) => j < from && produces(s, slot))
    if (reader < 0) return
    const start = phaseStart(flow, reader)
    to = to === null ? start : Math.min(to, start)
  })
  return to
}

/** The first step of the run of steps (same site, same phase) that step `index` is in. */
function phaseStart(flow: Flow, index: number): number {
  const { site, phase } = flow.steps[index]!
  let start = index
  while (phase !== undefined && start > 0 && flow.steps[start - 1]!.site === site && flow.steps[start - 1]!.phase === phase) start--
  return start
}

/** The progress gone back to read again what is lost, with the card's word why; unchanged when nothing is. */
export function recapture(progress: Progress, held: Held): Progress {
  const to = recaptureFrom(progress.flow, progress.stepIndex, held)
  if (to === null || to >= progress.stepIndex) return progress
  return { ...progress, stepIndex: to, paused: false, notice: { message: recaptureNotice, step: to } }
}

/** The progress moved on (or back) past the steps whose value is held (`unlessSlot`); unchanged when none is. */
export function passOver(progress: Progress, direction: 1 | -1, held: Held): Progress {
  let index = progress.stepIndex
  for (;;) {
    const slot = progress.flow.steps[index]?.unlessSlot
    const next = index + direction
    if (!slot || next < 0 || !held(slot)) break
    index = next
  }
  return index === progress.stepIndex ? progress : { ...progress, stepIndex: index }
}
