// Whether the page is the one a step belongs to, and whether a step's completion shows.
import { findTarget } from './find'
import type { Finder, PageMatch } from './step'

/** A path pattern (regex source) against pathname + search; an invalid pattern never matches. */
export function pathMatches(pattern: string | undefined, location: Location | URL): boolean {
  if (!pattern) return true
  try {
    return new RegExp(pattern, 'i').test(location.pathname + location.search)
  } catch {
    return false
  }
}

export function pageMatches(page: PageMatch | undefined, doc: Document, ignore?: (el: Element) => boolean): boolean {
  if (!page) return true
  if (!pathMatches(page.path, doc.location)) return false
  return !page.when || findTarget(doc, page.when, ignore ? { ignore } : undefined).element !== null
}

export function findUnique(doc: Document, finders: readonly Finder[] | undefined, ignore?: (el: Element) => boolean): Element | null {
  return finders ? findTarget(doc, finders, ignore ? { ignore } : undefined).element : null
}

/** Gone: removed from the document, or no longer rendered. */
export function isGone(element: Element): boolean {
  if (!element.isConnected) return true
  const view = element.ownerDocument.defaultView
  if (element.closest('[hidden]')) return true
  if (typeof (element as HTMLElement).checkVisibility === 'function') return !(element as HTMLElement).checkVisibility()
  return view?.getComputedStyle(element).display === 'none'
}
