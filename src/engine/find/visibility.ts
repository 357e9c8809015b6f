// "Visible-ish": what a person could see if nothing covered it. Hidden by attribute, inside a closed <details>
// or <dialog> or a <template>, display: none or visibility: hidden. A page under a modal <dialog> stays visible
// (it is inert, not hidden), and aria-hidden does not count (modal libraries put it on the whole page).
// Works without layout (happy-dom): attributes and computed style first, checkVisibility() as a last word.

const neverRendered = new Set(['head', 'script', 'style', 'template', 'noscript', 'title', 'meta', 'link'])

export class Visibility {
  /** Whether the element and all its (composed) ancestors are displayed. */
  private readonly displayed = new Map<Element, boolean>()

  isVisible(el: Element): boolean {
    if (!this.isDisplayed(el)) return false
    const style = computedStyle(el)
    if (style && (style.visibility === 'hidden' || style.visibility === 'collapse')) return false
    if (typeof el.checkVisibility === 'function') {
      try {
        return el.checkVisibility({ visibilityProperty: true })
      } catch {
        return true
      }
    }
    return true
  }

  private isDisplayed(el: Element): boolean {
    const known = this.displayed.get(el)
    if (known !== undefined) return known
    const parent = parentOf(el)
    const result = !hiddenItself(el, parent) && (parent === null || this.isDisplayed(parent))
    this.displayed.set(el, result)
    return result
  }
}

function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement
  const parent = el.parentNode
  return parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : null
}

function hiddenItself(el: Element, parent: Element | null): boolean {
  if (neverRendered.has(el.localName)) return true
  if (el.hasAttribute('hidden')) return true
  if (el.localName === 'dialog' && !el.hasAttribute('open')) return true
  // A closed <details> shows only its first <summary>.
  if (parent && parent.localName === 'details' && !parent.hasAttribute('open')) {
    const summary = Array.from(parent.children).find((child) => child.localName === 'summary')
    if (el !== summary) return true
  }
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
