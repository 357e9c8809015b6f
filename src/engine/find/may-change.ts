// Whether a batch of DOM changes could change what some finders find. Cheap enough for every batch of a page
// that never stops changing (native selector matching on the changed nodes and their parents only, no walk
// of the page), and it errs one way only: when it cannot tell, yes. A page churning nodes that no finder could
// match (counters, tickers, animations) then costs the guide no search at all.
import type { Finder, TextMatch } from '../step'
import { normalizeText } from './text'

/** Elements that may have a role without saying so (HTML's implicit roles), by role; with [role~=…] for the explicit ones. */
const implicitRoles: Record<string, string> = {
  button: 'button, input, summary',
  link: 'a, area',
  textbox: 'input, textarea',
  searchbox: 'input',
  combobox: 'select, input',
  listbox: 'select, datalist',
  checkbox: 'input',
  radio: 'input',
  option: 'option',
  heading: 'h1, h2, h3, h4, h5, h6',
  dialog: 'dialog',
  tab: '',
  tabpanel: '',
  menu: 'menu',
  menuitem: '',
  menuitemcheckbox: '',
  menuitemradio: '',
  navigation: 'nav',
  row: 'tr',
  cell: 'td',
  img: 'img',
}

/** A selector every element the finder can match satisfies, or null when any element could. */
function candidates(finder: Finder): string | null {
  switch (finder.by) {
    case 'css':
      return finder.selector
    case 'role': {
      const role = finder.role.trim().toLowerCase()
      const implicit = implicitRoles[role]
      if (implicit === undefined || !/^[a-z]+$/.test(role)) return null
      return [implicit, `[role~="${role}" i]`].filter(Boolean).join(', ')
    }
    case 'label':
      return 'input, select, textarea, label'
    case 'text':
      return null
  }
}

/** A test a text that holds a match must pass (a match's text is part of its ancestors' text), or null. */
function textTest(match: TextMatch): (text: string) => boolean {
  if (typeof match === 'string' || 'includes' in match) {
    const needle = normalizeText(typeof match === 'string' ? match : match.includes)
    return (text) => normalizeText(text).includes(needle)
  }
  let unanchored: RegExp | null = null
  try {
    unanchored = new RegExp(match.pattern.replace(/^\^/, '').replace(/\$$/, ''), 'i')
  } catch {
    unanchored = null
  }
  return (text) => unanchored === null || unanchored.test(normalizeText(text))
}

/** What a change must touch to matter to a finder: the changed subtree (an element added, removed or restyled), or the parent whose content changed (a name, a text). */
interface Probe {
  subtree(el: Element): boolean
  parent(el: Element): boolean
}

const always: Probe = { subtree: () => true, parent: () => true }

function probeOf(finder: Finder): Probe {
  const own = ownProbe(finder)
  if (!finder.near) return own
  const near = probeOf(finder.near)
  return { subtree: (el) => own.subtree(el) || near.subtree(el), parent: (el) => own.parent(el) || near.parent(el) }
}

function ownProbe(finder: Finder): Probe {
  if (finder.by === 'text') {
    const test = textTest(finder.text)
    const holds = (el: Element) => test(el.textContent ?? '')
    return { subtree: holds, parent: holds }
  }
  const selector = candidates(finder)
  if (selector === null) return always
  const safely = (run: () => boolean) => {
    try {
      return run()
    } catch {
      return true
    }
  }
  return {
    subtree: (el) => safely(() => el.matches(selector) || (el.firstElementChild !== null && el.querySelector(selector) !== null)),
    parent: (el) => safely(() => el.closest(selector) !== null),
  }
}

/** By node type, not instanceof: the node may come from another window (a test's document, a frame). */
function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === 1
}

/**
 * Whether any of these changes could change what any of the finders finds. Each parent is looked at once
 * per batch, however many of its children changed.
 */
export function mayChange(finders: readonly Finder[]): (records: readonly MutationRecord[]) => boolean {
  const probes = finders.map(probeOf)
  const subtree = (node: Node) => isElement(node) && probes.some((probe) => probe.subtree(node))
  const parent = (el: Element | null) => el !== null && probes.some((probe) => probe.parent(el))
  return (records) => {
    if (probes.length === 0) return false
    const parents = new Set<Element>()
    for (const record of records) {
      const target = record.target
      if (record.type === 'characterData') {
        if (parent(target.parentElement)) return true
        continue
      }
      if (record.type === 'attributes') {
        if (subtree(target) || parent(isElement(target) ? target : null)) return true
        continue
      }
      const host = isElement(target) ? target : ((target as Partial<ShadowRoot>).host ?? null)
      if (host && !parents.has(host)) {
        parents.add(host)
        if (parent(host)) return true
      }
      for (const node of record.addedNodes) if (subtree(node)) return true
      for (const node of record.removedNodes) if (subtree(node)) return true
    }
    return false
  }
}
