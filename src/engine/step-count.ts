// What the card's counter says: "Step 2 of 11", counted over the steps the person will see in this part of
// the setup (its phase), not over every branch of both sites. The way counted is the one most people take:
// in order, on past a match that holds (`same`), without the steps only some pages have (`ifPresent`), the
// other ways of getting a value (`unlessSlot`), or the branches a person's choice leads to. Pure.
import type { Flow, Step } from './step'
import { choicesOf, gotoTarget } from './step-links'

export interface StepCount {
  current: number
  total: number
}

/** The steps of the phase `index` is in (all of them, for a flow without phases): [start, end). */
function phaseOf(flow: Flow, index: number): [number, number] {
  const phase = flow.steps[index]?.phase
  let start = index
  let end = index + 1
  while (start > 0 && flow.steps[start - 1]!.phase === phase) start--
  while (end < flow.steps.length && flow.steps[end]!.phase === phase) end++
  return [start, end]
}

/** Steps a person's choice leads to (a choice's goto): a branch, not the common way. */
function branchTargets(flow: Flow): Set<string> {
  return new Set(flow.steps.flatMap((step) => choicesOf(step).flatMap((choice) => (choice.goto ? [choice.goto] : []))))
}

const counted = (step: Step, branches: Set<string>) => !step.ifPresent && !step.unlessSlot && !branches.has(step.id)

/** The common way through the phase: the indices of the steps it counts. */
function commonWay(flow: Flow, start: number, end: number): number[] {
  const branches = branchTargets(flow)
  const way: number[] = []
  for (let k = start; k < end; ) {
    const step = flow.steps[k]!
    if (counted(step, branches)) way.push(k)
    // a step only some pages have is gone past in order, whatever it would lead to
    const same = step.action.kind === 'match' && !step.ifPresent ? gotoTarget(flow, k, step.action.same) : null
    k = same ?? k + 1
  }
  return way
}

/** The counter for the step at `index`: its place on the common way (a step off it: where that way has come to). */
export function stepCount(flow: Flow, index: number): StepCount {
  if (index >= flow.steps.length) {
    const [start, end] = phaseOf(flow, flow.steps.length - 1)
    const total = Math.max(1, commonWay(flow, start, end).length)
    return { current: total, total }
  }
  const [start, end] = phaseOf(flow, index)
  const way = commonWay(flow, start, end)
  const total = Math.max(1, way.length)
  const on = way.indexOf(index)
  const before = way.filter((k) => k < index).length
  return { current: on >= 0 ? on + 1 : Math.min(before + 1, total), total }
}
