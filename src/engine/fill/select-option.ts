// Chooses an option of a <select> by its visible text (case and white space ignored), or by its exact
// value as a fallback, then tells the page the way a person's choice would.
import type { TextMatch } from '../step'
import { isDisabled, isSelect } from './elements'
import { blur, fireChange, focus, writeNative, writeSelectedIndex } from './native'
import { skipped, type FillOutcome } from './outcome'
import { textMatches } from '../find/text'
import { collapseSpace } from './text'

export function selectOption(el: Element, option: TextMatch | string, options: { overwrite?: boolean } = {}): FillOutcome {
  try {
    if (!isSelect(el)) return skipped('not-fillable')
    if (isDisabled(el)) return skipped('disabled')
    if (el.getAttribute('aria-readonly') === 'true') return skipped('readonly')

    const all = [...el.options]
    const target = findOption(all, option)
    if (!target) return { status: 'no-option', options: all.map(visibleText) }
    if (target.selected) return { status: 'already' }

    const current = el.selectedIndex >= 0 ? all[el.selectedIndex] : undefined
    if (current && chosenByPerson(current, all) && options.overwrite !== true) {
      return { status: 'conflict', current: visibleText(current) }
    }

    focus(el)
    writeNative(el, target.value)
    if (!target.selected) writeSelectedIndex(el, target.index) // another option shares its value
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    fireChange(el)
    blur(el)
    return target.selected ? { status: 'filled' } : skipped('not-fillable')
  } catch {
    return skipped('not-fillable')
  }
}

/** The label attribute when set (browsers show it instead of the text), else the text. */
const labelOf = (option: HTMLOptionElement): string => option.getAttribute('label') || option.text
const visibleText = (option: HTMLOptionElement): string => collapseSpace(labelOf(option))

function findOption(all: HTMLOptionElement[], option: TextMatch | string): HTMLOptionElement | undefined {
  const enabled = all.filter((o) => !o.disabled)
  return (
    enabled.find((o) => textMatches(o.text, option) || textMatches(labelOf(o), option)) ??
    (typeof option === 'string' ? enabled.find((o) => o.value === option) : undefined)
  )
}

/**
 * A select always holds some option, so only a choice that looks like the person's counts as one to keep:
 * a non-empty option other than the one the page started with (the default-selected one, else the first).
 */
function chosenByPerson(current: HTMLOptionElement, all: HTMLOptionElement[]): boolean {
  if (current.value === '' || collapseSpace(current.text) === '') return false
  const initial = [...all].reverse().find((o) => o.hasAttribute('selected')) ?? all.find((o) => !o.disabled)
  return current !== initial
}
