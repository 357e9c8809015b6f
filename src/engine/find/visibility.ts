// "Visible-ish": what a person could see if nothing covered it. Hidden by attribute, inside a closed <details>
// or <dialog> or a <template>, display: none or visibility: hidden. A page under a modal <dialog> stays visible
// (it is inert, not hidden), and aria-hidden does not count (modal libraries put it on the whole page).
// Attributes up the (composed) tree first, cached per search; then the browser's checkVisibility(), which
// answers for display and visibility of the element and its ancestors in one call. Only without it are the
// ancestors' computed styles read one by one.

const neverRendered = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link'])

export class Visibility {
  /** Whether the element and all its (composed) ancestors are displayed. */
  private readonly displayed = new Map<Element, boolean>()

  isVisible(el: Element): boolean {
    const native = typeof el.checkVisibility === 'function'
    if (!this.isDisplayed(el, !native)) return false
    if (native) {
      try {
        return el.checkVisibility({ visibilityProperty: true })
      } catch {
        // the long way below, styles included
        if (!this.isDisplayed(el, true)) return false
      }
    }
    const style = computedStyle(el)
    return !(style && (style.visibility === 'hidden' || style.visibility === 'collapse'))
  }

  private isDisplayed(el: Element, readStyles: boolean): boolean {
    const known = this.displayed.get(el)
    if (known !== undefined) return known
    const parent = parentOf(el)
    const result = !hiddenItself(el, parent, readStyles) && (parent === null || this.isDisplayed(parent, readStyles))
    this.displayed.set(el, result)
    return result
  }
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement
  const parent = el.parentNode
  return parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : null
}

function hiddenItself(el: Element, parent: Element | null, readStyle: boolean): boolean {
  if (neverRendered.has(el.localName)) return true
  if (el.hasAttribute('hidden')) return true
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true
  // A closed <details> shows only its first <summary>.
  if (parent && parent.localName === 'details' && !parent.hasAttribute('open')) {
    const summary = Array.from(parent.children).find((child) => child.localName === 'summary')
    if (el !== summary) return true
  }
  if (!readStyle) return false
  const style = computedStyle(el)
  return style !== null && style.display === 'none'
}

function computedStyle(el: Element): CSSStyleDeclaration | null {
  const view = el.ownerDocument.defaultView
  if (!view) return null
  try {
    return view.getComputedStyle(el)
  } catch {
    return null
  }
}
