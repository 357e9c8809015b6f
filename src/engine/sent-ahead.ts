// A form the guide fills field by field may be sent by the person before the guide reaches its button (they
// know the form, or read the manual): their click on a later step's button of the same form is that step
// done, when every field step between shows its work on the page. Pure: a flow, a step, a document and the
// clicked element in, the step to go to (or null) out.
import { readValue } from './fill'
import { findUnique } from './page-match'
import { realOptions } from './select-choices'
import type { Flow, Step } from './step'

type Ignore = ((el: Element) => boolean) | undefined

/** The page shows the step's work: a box as the step sets it, a field or list not empty; an optional step may be left. */
export function looksDone(step: Step, doc: Document, ignore: Ignore): boolean {
  if (step.optional) return true
  const { action } = step
  if (action.kind !== 'check' && action.kind !== 'fill' && action.kind !== 'select') return false
  const target = findUnique(doc, step.target, ignore)
  // a list still on its placeholder ("<Select>") has nothing chosen
  if (target instanceof HTMLSelectElement) return realOptions(target).some((option) => option.selected)
  const value = target ? readValue(target) : null
  if (value === null) return false
  return action.kind === 'check' ? value === String(action.checked) : value.trim() !== ''
}

/** The steps after `from` that live in the same form (`page.when`), on its site. */
function sameForm(flow: Flow, from: number): number[] {
  const steps = flow.steps
  const at = steps[from]
  const run: number[] = []
  if (!at?.page.when) return run
  for (let k = from + 1; k < steps.length && steps[k]!.site === at.site && steps[k]!.page.when; k++) run.push(k)
  return run
}

/** Whether the step is one of the form's buttons, for the person to click (however its completion shows). */
function isClickStep(step: Step): boolean {
  return step.action.kind === 'click' && step.target !== undefined
}

/** The step after the form's button the person clicked ahead of the guide, or null (not one, or work left). */
export function sentAhead(flow: Flow, from: number, doc: Document, clicked: Element, ignore?: Ignore): number | null {
  const run = sameForm(flow, from)
  for (const k of run) {
    const step = flow.steps[k]!
    if (!isClickStep(step)) continue
    const button = findUnique(doc, step.target, ignore)
    if (!button?.contains(clicked)) continue
    const between = [from, ...run.filter((j) => j < k)]
    return between.every((j) => looksDone(flow.steps[j]!, doc, ignore)) ? k + 1 : null
  }
  return null
}

/** Whether any step after `from` in its form is a button the person may click ahead (the listener is needed). */
export function mayBeSentAhead(flow: Flow, from: number): boolean {
  return sameForm(flow, from).some((k) => isClickStep(flow.steps[k]!))
}
