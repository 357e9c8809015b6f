// Finders, run: which elements one finder matches, and the first finder of a list that matches exactly one.
import type { Finder, TextMatch } from '../step'
import { isLabelable, labelTexts } from './label'
import { accessibleName, isRole, roleOf } from './roles'
import { labelMatches, textMatches } from './text'
import { Visibility } from './visibility'
import { composedContains, composedParent, walkElements, type SearchRoot, type Walked } from './walk'

export interface FinderOutcome {
  finder: Finder
  count: number
}

export interface FindResult {
  element: Element | null
  tried: FinderOutcome[]
}

export interface FindOptions {
  /** Elements to leave out, with their subtrees (e.g. the engine's own overlay host). */
  ignore?: (el: Element) => boolean
}

/**
 * One search's view of the page, shared by every finder it tries: the walk, the visibility verdicts, and what
 * finders ask of an element (its role and accessible name), each worked out once: a look at every step's signs
 * asks the same elements dozens of times.
 */
interface Search {
  walked: Walked
  visibility: Visibility
  role: (el: Element) => string | null
  name: (el: Element) => string
}

/** `compute`, remembered per element for as long as the search lasts. */
function kept<T>(compute: (el: Element) => T): (el: Element) => T {
  const known = new Map<Element, T>()
  return (el) => (known.has(el) ? known : known.set(el, compute(el))).get(el) as T
}

function startSearch(root: SearchRoot, options: FindOptions | undefined): Search {
  return {
    walked: walkElements(root, options?.ignore),
    visibility: new Visibility(),
    role: kept(roleOf),
    name: kept(accessibleName),
  }
}

/** Tries the finders in order; the first that matches exactly one element wins. An ambiguous finder (count > 1) is not a match; its count is recorded and the next is tried. */
export function findTarget(root: SearchRoot, finders: readonly Finder[], options?: FindOptions): FindResult {
  if (finders.length === 0) return { element: null, tried: [] }
  return findIn(startSearch(root, options), finders)
}

/** One look at the page for many questions (every step's signs, say): one walk, shared by each search. */
export interface Look {
  find(finders: readonly Finder[]): FindResult
  /** How many elements one finder matches. */
  count(finder: Finder): number
}

export function lookAt(root: SearchRoot, options?: FindOptions): Look {
  let search: Search | null = null
  const shared = () => (search ??= startSearch(root, options))
  return {
    find: (finders) => (finders.length === 0 ? { element: null, tried: [] } : findIn(shared(), finders)),
    count: (finder) => matchFinder(shared(), finder).length,
  }
}

function findIn(search: Search, finders: readonly Finder[]): FindResult {
  const tried: FinderOutcome[] = []
  for (const finder of finders) {
    const matches = matchFinder(search, finder)
    tried.push({ finder, count: matches.length })
    if (matches.length === 1) return { element: matches[0] ?? null, tried }
  }
  return { element: null, tried }
}

/** All elements one finder matches (deduplicated, document order). */
export function matchAll(root: SearchRoot, finder: Finder, options?: FindOptions): Element[] {
  return matchFinder(startSearch(root, options), finder)
}

function matchFinder(search: Search, finder: Finder): Element[] {
  const candidates = candidatesOf(search, finder)
  if (!finder.near) return candidates
  const anchors = matchFinder(search, finder.near)
  if (anchors.length !== 1 || candidates.length === 0) return []
  return nearest(anchors[0]!, candidates)
}

/** Walking up from the anchor, the first ancestor holding any candidate must hold exactly one. */
function nearest(anchor: Element, candidates: Element[]): Element[] {
  for (let at: Element | null = anchor; at; at = composedParent(at)) {
    const inside = candidates.filter((candidate) => composedContains(at!, candidate))
    if (inside.length === 1) return inside
    if (inside.length > 1) return []
  }
  return []
}

function candidatesOf(search: Search, finder: Finder): Element[] {
  const { elements } = search.walked
  const visible = (el: Element) => search.visibility.isVisible(el)
  switch (finder.by) {
    case 'css': {
      const selector = finder.selector
      if (!isValidSelector(selector, elements[0])) return []
      try {
        // like every finder, only what a person can see: a link in a closed menu is no target yet
        return elements.filter((el) => el.matches(selector) && visible(el))
      } catch {
        return []
      }
    }
    case 'role': {
      const { role, name } = finder
      return elements.filter((el) => isRole(search.role(el), el, role) && visible(el) && (name === undefined || textMatches(search.name(el), name)))
    }
    case 'label': {
      const { text } = finder
      return elements.filter((el) => isLabelable(el) && visible(el) && labelTexts(el).some((label) => labelMatches(label, text)))
    }
    case 'text':
      return textCandidates(search, finder.text, finder.selector)
  }
}

/** Whether the selector parses (an invalid one must match nothing, never throw). */
function isValidSelector(selector: string, probe: Element | undefined): boolean {
  if (!probe || selector.trim() === '') return false
  try {
    probe.matches(selector)
    probe.ownerDocument.createDocumentFragment().querySelector(selector)
    return true
  } catch {
    return false
  }
}

/** What a click on a text lands on: the control the text is part of. */
const interactive = 'button, a, label, summary, [role="button"], [role="link"], [role="menuitem"], [role="tab"]'

/**
 * The innermost visible elements whose own text matches (not each of their ancestors too); a match inside a
 * button, link, label, summary or button-like role gives that control instead. With a selector, only elements
 * matching it are candidates (and are returned as they are).
 */
function textCandidates(search: Search, text: TextMatch, selector: string | undefined): Element[] {
  const { elements } = search.walked
  if (selector !== undefined && !isValidSelector(selector, elements[0])) return []
  const matched = new Set<Element>()
  const selected = (el: Element) => {
    try {
      return selector === undefined || el.matches(selector)
    } catch {
      return false
    }
  }
  for (const el of elements) {
    if (!selected(el)) continue
    if (!textMatches(el.textContent, text)) continue
    if (!search.visibility.isVisible(el)) continue
    matched.add(el)
  }
  // Drop every match that has a matching descendant.
  const outer = new Set<Element>()
  for (const el of matched) {
    for (let at = composedParent(el); at; at = composedParent(at)) {
      if (outer.has(at)) break
      if (matched.has(at)) outer.add(at)
    }
  }
  const results = new Set<Element>()
  for (const el of matched) {
    if (outer.has(el)) continue
    results.add(selector === undefined ? (el.closest(interactive) ?? el) : el)
  }
  if (results.size < 2) return Array.from(results)
  // document order, shadow content after its host: each element's place in the walk (built only when needed)
  const order = new Map(elements.map((el, i) => [el, i]))
  return Array.from(results).sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
}
