// Element kinds and states, by tag name rather than `instanceof` so that elements from another frame's
// realm (same-origin iframes) are recognised too.

const HTML = 'http://www.w3.org/1999/xhtml'

const isHtml = (el: Element, name: string): boolean => el.localName === name && el.namespaceURI === HTML

export const isInput = (el: Element): el is HTMLInputElement => isHtml(el, 'input')
export const isTextArea = (el: Element): el is HTMLTextAreaElement => isHtml(el, 'textarea')
export const isSelect = (el: Element): el is HTMLSelectElement => isHtml(el, 'select')

/** Input types that hold no typed text. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'file', 'hidden', 'submit', 'button', 'image', 'reset'])

/** An input or textarea that holds typed text. */
export function isTextControl(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  if (isTextArea(el)) return true
  return isInput(el) && !NOT_TEXT.has(el.type)
}

export const isCheckable = (el: Element): el is HTMLInputElement => isInput(el) && (el.type === 'checkbox' || el.type === 'radio')

/** An element whose text the person edits (contenteditable). */
export function isEditable(el: Element): el is HTMLElement {
  if ((el as Partial<HTMLElement>).isContentEditable === true) return true
  const closest = el.closest('[contenteditable]')
  const value = closest?.getAttribute('contenteditable')?.toLowerCase()
  return value === '' || value === 'true' || value === 'plaintext-only'
}

export function isDisabled(el: Element): boolean {
  if (el.getAttribute('aria-disabled') === 'true') return true
  if ((el as { disabled?: unknown }).disabled === true) return true
  try {
    if (el.matches(':disabled')) return true
  } catch {
    // selector unsupported: fall through to the manual check
  }
  // inside a disabled fieldset, unless inside that fieldset's first legend
  const fieldset = el.closest('fieldset[disabled]')
  if (!fieldset) return false
  const legend = [...fieldset.children].find((child) => child.localName === 'legend')
  return !legend?.contains(el)
}

export function isReadOnly(el: Element): boolean {
  if (el.getAttribute('aria-readonly') === 'true') return true
  if (isTextControl(el)) return el.readOnly
  return false
}
