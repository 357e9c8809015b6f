// ARIA roles and accessible names, by dom-accessibility-api, with the few implicit roles it leaves out.
import { computeAccessibleName, getRole } from 'dom-accessibility-api'

/** The element's ARIA role: its explicit role attribute, else the implicit role of the HTML element. */
export function roleOf(el: Element): string | null {
  if (el.localName === 'select' && !el.hasAttribute('role')) {
    // By the attributes: not every DOM (happy-dom) reflects `size`.
    const size = Number.parseInt(el.getAttribute('size') ?? '', 10)
    return el.hasAttribute('multiple') || size > 1 ? 'listbox' : 'combobox'
  }
  const role = getRole(el)
  if (role !== null || el.hasAttribute('role')) return role
  if (el.localName === 'input') {
    // A password field has no ARIA role of its own; people (and flows) call it a text box.
    const type = (el.getAttribute('type') ?? 'text').toLowerCase()
    if (type === 'password') return 'textbox'
  }
  return null
}

/** Whether the element has the role asked for; a search field counts as a textbox too. */
export function hasRole(el: Element, role: string): boolean {
  return isRole(roleOf(el), el, role)
}

/** hasRole for an element whose role (roleOf) is already known. */
export function isRole(actual: string | null, el: Element, role: string): boolean {
  const wanted = role.trim().toLowerCase()
  if (actual === wanted) return true
  return wanted === 'textbox' && actual === 'searchbox' && !el.hasAttribute('role')
}

/** The accessible name (accname 1.2), computed with the element's own window; '' when it cannot be computed. */
export function accessibleName(el: Element): string {
  const view = el.ownerDocument.defaultView
  try {
    return view ? computeAccessibleName(el, { getComputedStyle: (e, pseudo) => view.getComputedStyle(e, pseudo) }) : computeAccessibleName(el)
  } catch {
    return ''
  }
}
