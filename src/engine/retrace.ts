// Where the setup really is on a page that was just loaded. A reload, a closed and reopened tab or a
// browser restart closes the page's dialogs and empties its forms: steps already counted as done are undone.
// Looking back from the current step over the steps just before it (same site, same phase, same page), this
// finds the earliest one whose work the page no longer shows. Pure: a document in, a step index out.
import { findUnique } from './page-match'
import type { Finder, Flow, Step } from './step'

/** How far back a page can have lost work: a dialog's or a form's worth of steps. */
const lookBack = 16

/** Steps whose work lives in the page (a click that opened something, a field filled, a box ticked). */
const redoable = new Set(['click', 'fill', 'check', 'select'])

/** The steps before `index` that a reload of this page can have undone, nearest first. */
function undoable(flow: Flow, index: number): { step: Step; index: number }[] {
  const current = flow.steps[index]
  if (!current) return []
  const found: { step: Step; index: number }[] = []
  for (let j = index - 1; j >= 0 && index - j <= lookBack; j--) {
    const step = flow.steps[j]!
    if (step.site !== current.site || step.phase !== current.phase) break
    // a step only some pages have keeps nothing in the page (a value read off a form): looked past
    if (!redoable.has(step.action.kind)) {
      if (step.ifPresent) continue
      break
    }
    // another page of the site: what was done there is not on this one
    if (step.page.path && current.page.path && step.page.path !== current.page.path) break
    found.push({ step, index: j })
  }
  return found
}

/** A field a fill step filled that is empty now, or a box a check step set that shows the other state. */
function lost(step: Step, element: Element): boolean {
  if (step.action.kind === 'fill') return 'value' in element && (element as HTMLInputElement).value === ''
  if (step.action.kind === 'check') return 'checked' in element && (element as HTMLInputElement).checked !== step.action.checked
  return false
}

/**
 * The earliest earlier step whose filled field or ticked box the page has lost, or null. For a page that
 * shows the current step's target (a form reloaded empty, its submit button still there).
 */
export function lostWork(flow: Flow, index: number, doc: Document, ignore?: (el: Element) => boolean): number | null {
  let earliest: number | null = null
  for (const { step, index: j } of undoable(flow, index)) {
    if (step.action.kind !== 'fill' && step.action.kind !== 'check') continue
    const element = findUnique(doc, step.target, ignore)
    if (element && lost(step, element)) earliest = j
  }
  return earliest
}

/**
 * The nearest earlier click that opened something (its completion: something appears) whose target the page
 * shows, or null. For a page that, after waiting, does not show what the current step lives in (its
 * `page.when`: a dialog, a form): what that click opened is gone, and it is to be clicked again.
 */
export function reopenFrom(flow: Flow, index: number, doc: Document, ignore?: (el: Element) => boolean): number | null {
  const openers = undoable(flow, index).filter(({ step }) => step.action.kind === 'click' && step.done.some((d) => d.kind === 'appears') && step.target && findUnique(doc, step.target, ignore))
  for (const { step, index: j } of openers) {
    // of two ways the page shows to the same end, the flow's earlier is the one taken where both show (the
    // Centercode row before the generic Webhook row); a way reached only in order (an edit) is taken as it is
    const sameEnd = JSON.stringify(step.done)
    if (step.shows && openers.some(({ step: other, index: k }) => k < j && other.shows && JSON.stringify(other.done) === sameEnd)) continue
    return j
  }
  return null
}

/** What `lostWork` and `reopenFrom` look at for step `index`: the changes that can make either answer. */
export function retraceFinders(flow: Flow, index: number): Finder[] {
  const step = flow.steps[index]
  if (!step) return []
  const shownDone = step.done.flatMap((done) => (done.kind === 'appears' ? done.target : []))
  return [...(step.page.when ?? []), ...(step.target ?? []), ...shownDone, ...undoable(flow, index).flatMap(({ step: s }) => s.target ?? [])]
}
