// Moving the keyboard to an element the guide points at, as a Tab to it would: the element itself when it takes
// focus, else the first element inside it that does (a label's link), else the nearest one around it (a table
// row that shows its actions while focused). The page scrolls it into view, as it does for a Tab.

const focusable = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable]:not([contenteditable="false"])'
/** Enough for any control's insides; a target with more is a region, not something to press. */
const insideLimit = 20

/** The focused element, looking inside (open) shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

function tryFocus(el: Element, doc: Document): boolean {
  if (!(el instanceof HTMLElement || el instanceof SVGElement) || !el.matches(focusable)) return false
  el.focus()
  return deepActiveElement(doc) === el
}

/** The element that took the focus, or null when neither the target nor anything in or around it would. */
export function focusTarget(target: Element, doc: Document): Element | null {
  if (tryFocus(target, doc)) return target
  const inside = [...target.querySelectorAll(focusable)].slice(0, insideLimit)
  for (const el of inside) if (tryFocus(el, doc)) return el
  for (let around = target.parentElement?.closest(focusable); around; around = around.parentElement?.closest(focusable)) {
    if (tryFocus(around, doc)) return around
  }
  return null
}

/** Whether the keyboard is on this target, or inside it. */
export function focusIsOn(target: Element, doc: Document): boolean {
  const active = deepActiveElement(doc)
  return active !== null && (active === target || target.contains(active))
}
