// Ticks or clears a checkbox (or picks a radio, or an ARIA checkbox/switch) with a real click, so pages
// listening to click or change see it; only when it is not already as wanted. If the click was undone
// (prevented), falls back to the native setter and input/change events.
import { isCheckable, isDisabled } from './elements'
import { fireChange, readChecked, writeChecked } from './native'
import { skipped, type FillOutcome } from './outcome'

const ARIA_CHECKABLE = new Set(['checkbox', 'switch', 'radio', 'menuitemcheckbox', 'menuitemradio'])

export function setChecked(el: Element, checked: boolean): FillOutcome {
  try {
    const native = isCheckable(el)
    const aria = !native && ARIA_CHECKABLE.has(el.getAttribute('role') ?? '')
    if (!native && !aria) return skipped('not-fillable')
    if (isDisabled(el)) return skipped('disabled')
    if (el.getAttribute('aria-readonly') === 'true') return skipped('readonly')

    const read = native ? () => readChecked(el) : () => el.getAttribute('aria-checked') === 'true'
    if (read() === checked) return { status: 'already' }
    const radio = native ? el.type === 'radio' : /radio/.test(el.getAttribute('role') ?? '')
    if (radio && !checked) return skipped('not-fillable') // a radio clears only by choosing another

    ;(el as HTMLElement).click()
    if (read() === checked) return { status: 'filled' }
    if (!native) return skipped('not-fillable')

    writeChecked(el, checked)
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    fireChange(el)
    return read() === checked ? { status: 'filled' } : skipped('not-fillable')
  } catch {
    return skipped('not-fillable')
  }
}
