// Which form controls a label names. The accessible name (label for, wrapping label, aria-label,
// aria-labelledby) first, then the unlabelled layouts of real dashboards:
//   <tr><td>Name:</td><td><input></td></tr>            the previous cell of the same row;
//   <tr><td>Summary</td><td>…</td><td><input></td></tr> the row's first cell (Centercode's parameter tables);
//   <div class=label>URL:</div><div><input></div>      the previous sibling of the control or of its wrapper.
import { accessibleName } from './roles'
import { normalizeText } from './text'

const controlSelector = 'input, textarea, select'
const notTextLikeInputs = new Set(['hidden', 'submit', 'button', 'reset', 'image'])
/** Longer text than this is prose, not a label. */
const maxLabelLength = 80
/** How many wrappers up from the control the previous-sibling rule looks. */
const maxWrapperDepth = 3

/** A form control a label can name: input (but not hidden or a button), textarea or select. */
export function isLabelable(el: Element): boolean {
  const name = el.localName
  if (name === 'textarea' || name === 'select') return true
  if (name !== 'input') return false
  return !notTextLikeInputs.has((el.getAttribute('type') ?? 'text').trim().toLowerCase())
}

/** Every text that may be the control's label, most authoritative first. */
export function labelTexts(control: Element): string[] {
  const texts: string[] = []
  const add = (text: string | null | undefined) => {
    if (text && normalizeText(text) !== '' && !texts.includes(text)) texts.push(text)
  }
  add(accessibleName(control))
  add(control.getAttribute('aria-label'))
  const labels = (control as HTMLInputElement).labels
  if (labels) for (const label of Array.from(labels)) add(label.textContent)
  if (!hasOwnLabel(control)) for (const text of layoutLabels(control)) add(text)
  return texts
}

/** Labelled by the page: a <label>, aria-label or aria-labelledby (a placeholder or title does not count). */
function hasOwnLabel(control: Element): boolean {
  if (control.hasAttribute('aria-label') || control.hasAttribute('aria-labelledby')) return true
  const labels = (control as HTMLInputElement).labels
  if (labels && labels.length > 0) return true
  return control.closest('label') !== null
}

/** Label-ish texts from the control's surroundings, for controls the page did not label. */
function layoutLabels(control: Element): string[] {
  const found: string[] = []
  const cell = control.closest('td, th')
  const row = cell?.parentElement
  if (cell && row && row.localName === 'tr' && countControls(cell) === 1) {
    const previous = cell.previousElementSibling
    if (previous) pushLabelish(found, previous, control)
    const first = row.firstElementChild
    if (first && first !== cell && first !== previous) pushLabelish(found, first, control)
  }
  let at: Element | null = control
  for (let depth = 0; at && depth <= maxWrapperDepth; depth++) {
    if (at !== control && (at.localName === 'form' || at.localName === 'body' || at.localName === 'tr' || countControls(at) > 1)) break
    const previous: Element | null = at.previousElementSibling
    if (previous) {
      pushLabelish(found, previous, control)
      break
    }
    at = at.parentElement
  }
  return found
}

function pushLabelish(found: string[], el: Element, control: Element): void {
  if (el.querySelector(controlSelector) || el.matches(controlSelector)) return
  // A <label> that belongs to another control names that one.
  if (el.localName === 'label') {
    const target = (el as HTMLLabelElement).htmlFor
    if (target && target !== control.id) return
  }
  const text = el.textContent ?? ''
  const normal = normalizeText(text)
  if (normal !== '' && normal.length <= maxLabelLength) found.push(text)
}

/** Visible-or-not form controls (not hidden inputs) inside el. */
function countControls(el: Element): number {
  let count = 0
  for (const control of Array.from(el.querySelectorAll(controlSelector))) {
    if (control.localName === 'input' && (control.getAttribute('type') ?? '').toLowerCase() === 'hidden') continue
    count++
  }
  return count
}
