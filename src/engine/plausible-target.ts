// "Point to it": is the element the person clicked a plausible target for this action?
import type { Action } from './step'

const textInputTypes = new Set(['', 'text', 'email', 'url', 'search', 'tel', 'password', 'number'])

export function isPlausibleTarget(element: Element, action: Action): boolean {
  if (element.localName === 'html' || element.localName === 'body') return false
  switch (action.kind) {
    case 'fill':
      return (
        (element instanceof HTMLInputElement && textInputTypes.has(element.type)) ||
        element instanceof HTMLTextAreaElement ||
        (element instanceof HTMLElement && element.isContentEditable)
      )
    case 'select':
      return element instanceof HTMLSelectElement || element.getAttribute('role') === 'combobox' || element.getAttribute('role') === 'listbox'
    case 'check':
      return (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) || element.getAttribute('role') === 'checkbox' || element.getAttribute('role') === 'switch'
    case 'read':
    case 'match':
      return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || (element.textContent ?? '').trim().length > 0
    case 'click':
    case 'choose':
    case 'compose':
    case 'acknowledge':
    case 'send':
      return true
  }
}

/** The element the person meant: a label stands for its control, a wrapper for its one field. */
export function resolvePointed(element: Element, action: Action): Element | null {
  if (isPlausibleTarget(element, action) && !(element instanceof HTMLLabelElement)) return element
  if (element instanceof HTMLLabelElement && element.control && isPlausibleTarget(element.control, action)) return element.control
  const inner = [...element.querySelectorAll('input, textarea, select, [contenteditable], [role=checkbox], [role=switch], [role=combobox]')]
    .filter((candidate) => isPlausibleTarget(candidate, action))
  if (inner.length === 1) return inner[0] ?? null
  return isPlausibleTarget(element, action) ? element : null
}
