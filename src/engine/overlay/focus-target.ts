// Moving the keyboard to an element the guide points at, as a Tab to it would: the element itself when it takes
// focus (a custom element too, whose shadow root takes it), else the first control inside it in the Tab order
// (a label's link), else the nearest one around it (a table row that shows its actions while focused), never
// a page's programmatic focus wrapper (tabindex="-1"). The page does not scroll: the spotlight already shows it.

const focusable = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable]:not([contenteditable="false"])'
/** Enough for any control's insides; a target with more is a region, not something to press. */
const insideLimit = 20

/** The focused element, looking inside (open) shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

/** The parent element, across a shadow root's boundary to its host. */
function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement
  const root = el.getRootNode()
  return root instanceof ShadowRoot ? root.host : null
}

/** Whether `node` is `container` or inside it, shadow roots included. */
function composedContains(container: Element, node: Element): boolean {
  for (let at: Element | null = node; at; at = composedParent(at)) if (at === container) return true
  return false
}

function tryFocus(el: Element, doc: Document, inTabOrder: boolean): boolean {
  if (!(el instanceof HTMLElement || el instanceof SVGElement)) return false
  // a custom element that is no control itself takes focus only by handing it into its shadow root
  const delegates = !el.matches(focusable)
  if (delegates && !el.shadowRoot) return false
  if (inTabOrder && el.tabIndex < 0) return false
  el.focus({ preventScroll: true })
  const active = deepActiveElement(doc)
  return active !== null && (!delegates || active !== el) && composedContains(el, active)
}

/** The element that took the focus, or null when neither the target nor anything in or around it would. */
export function focusTarget(target: Element, doc: Document): Element | null {
  if (tryFocus(target, doc, false)) return target
  const inside = [...target.querySelectorAll(focusable), ...(target.shadowRoot?.querySelectorAll(focusable) ?? [])].slice(0, insideLimit)
  for (const el of inside) if (tryFocus(el, doc, true)) return el
  for (let around = composedParent(target); around; around = composedParent(around)) {
    if (around === doc.body || around.localName === 'dialog') break
    if (tryFocus(around, doc, true)) return around
  }
  return null
}

/** Whether the keyboard is on this target, or inside it (shadow roots included). */
export function focusIsOn(target: Element, doc: Document): boolean {
  const active = deepActiveElement(doc)
  return active !== null && composedContains(target, active)
}
