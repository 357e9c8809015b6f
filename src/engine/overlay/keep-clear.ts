// What the card must leave uncovered around a spotlighted target, read from the page: the target itself, what
// opens from it (a menu's drop-down, below its button or beside its row), and the buttons of the form, dialog or
// row it is in (Submit, Close, a row's actions). Only rectangles, for place-card.ts.
import { cardGap, type KeepClear, type Rect } from './place-card'

/** How much each thing matters: covering the target is never acceptable; the rest, as little as can be. */
export const keepClearWeights = { target: 1000, opens: 200, buttons: 100, container: 1 }
/** The room a menu takes below its button when it is not open yet (a plausible drop-down's size). */
export const dropDown = { width: 260, height: 280 }
/** The page's controls read for one placement, at most: each is a layout read, and the card looks only near its target. */
const maxControls = 200

const buttons = 'button, input[type="submit"], input[type="button"], a.button, a.btn, [role="button"], [role="menuitem"]'
const containers = 'dialog, [role="dialog"], form, tr, li, [role="menu"]'
const menuBars = 'nav, header, [role="menubar"], [role="navigation"]'

function box(el: Element): Rect | null {
  const r = el.getBoundingClientRect()
  return r.width > 0 && r.height > 0 ? { left: r.left, top: r.top, width: r.width, height: r.height } : null
}

function grow(rect: Rect, by: number): Rect {
  return { left: rect.left - by, top: rect.top - by, width: rect.width + 2 * by, height: rect.height + 2 * by }
}

/** A target that opens something: a menu button, a menu title in a bar, a row whose actions show on hover. */
function opensBelow(target: Element): boolean {
  if (target.hasAttribute('aria-haspopup') || target.hasAttribute('aria-expanded')) return true
  return target.closest(menuBars) !== null
}

/** What the card must not cover, and what the target is in (its row, form or dialog: the card may go beside that). */
export function keepClearOf(target: Element, ring: number): { clear: KeepClear[]; within: Rect | null } {
  const own = box(target)
  if (!own) return { clear: [], within: null }
  const clear: KeepClear[] = [{ rect: grow(own, ring + 2), weight: keepClearWeights.target }]
  const controls = target.getAttribute('aria-controls')
  const controlled = controls ? target.ownerDocument.getElementById(controls) : null
  const opened = controlled ? box(controlled) : null
  if (opened) clear.push({ rect: opened, weight: keepClearWeights.opens })
  if (!opened && opensBelow(target)) {
    clear.push({ rect: { left: own.left - cardGap, top: own.top + own.height, width: Math.max(own.width + 2 * cardGap, dropDown.width), height: dropDown.height }, weight: keepClearWeights.opens })
  }
  const container = target.closest(containers)
  const whole = container ? box(container) : null
  if (container) {
    if (whole) clear.push({ rect: whole, weight: container.localName === 'tr' || container.localName === 'li' ? keepClearWeights.opens : keepClearWeights.container })
    for (const button of Array.from(container.querySelectorAll(buttons)).slice(0, 20)) {
      const rect = box(button)
      if (rect && button !== target) clear.push({ rect: grow(rect, 4), weight: keepClearWeights.buttons })
    }
  }
  return { clear, within: whole }
}

/** What a person may click or type in on the page: its controls, inside an open modal dialog where there is one. */
const pageControls = `${buttons}, a[href], input:not([type="hidden"]), select, textarea, summary, label`

/**
 * For a card with nothing to spotlight (it docks in a corner): the page's controls in view, so that the corner it
 * takes covers none the person may need (a dialog's Submit at the bottom right). At most 200 are looked at.
 */
export function keepClearOfPage(doc: Document, ignore: (el: Element) => boolean): KeepClear[] {
  let root: ParentNode = doc
  try {
    root = doc.querySelector('dialog:modal, [aria-modal="true"]') ?? doc
  } catch {
    root = doc.querySelector('[aria-modal="true"]') ?? doc
  }
  const view = doc.defaultView
  const clear: KeepClear[] = []
  for (const el of Array.from(root.querySelectorAll(pageControls)).slice(0, maxControls)) {
    if (ignore(el)) continue
    const rect = box(el)
    if (!rect || !view || rect.top > view.innerHeight || rect.left > view.innerWidth || rect.top + rect.height < 0 || rect.left + rect.width < 0) continue
    clear.push({ rect: grow(rect, 4), weight: keepClearWeights.buttons })
  }
  return clear
}

/**
 * Whether DOM changes can move what keepClearOfPage reads: a control added or taken away (a dialog opening, a
 * list rendering late with its buttons). A page's own churn of text and decoration is not (it would cost a layout
 * read of every control each frame).
 */
export function touchesControls(records: readonly MutationRecord[]): boolean {
  const isControlOrHasOne = (node: Node) => node.nodeType === Node.ELEMENT_NODE && ((node as Element).matches(pageControls) || (node as Element).querySelector(pageControls) !== null)
  return records.some((record) => Array.prototype.some.call(record.addedNodes, isControlOrHasOne) || Array.prototype.some.call(record.removedNodes, isControlOrHasOne))
}
