// How "Do it for me" uses a target, as a person would: the keyboard reaches it first (a menu that opens on hover
// or focus, as many open on :focus-within, opens), then the pointer presses it at its middle and the click follows.
import { focusTarget } from '../overlay/focus-target'

/** Brings the keyboard to the target (or the control around it), as a Tab would. */
export function reach(el: Element): void {
  focusTarget(el, el.ownerDocument)
}

/** Presses the target: the pointer's events at its middle, then its click (a link follows, a form's button sends). */
export function press(el: Element): void {
  const box = el.getBoundingClientRect()
  const at = { bubbles: true, cancelable: true, composed: true, button: 0, clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 }
  const view = el.ownerDocument.defaultView ?? window
  el.dispatchEvent(new view.PointerEvent('pointerdown', { ...at, pointerType: 'mouse', isPrimary: true }))
  el.dispatchEvent(new view.MouseEvent('mousedown', at))
  el.dispatchEvent(new view.PointerEvent('pointerup', { ...at, pointerType: 'mouse', isPrimary: true }))
  el.dispatchEvent(new view.MouseEvent('mouseup', at))
  if (el instanceof HTMLElement) el.click()
  else el.dispatchEvent(new view.MouseEvent('click', at))
}

/**
 * A modal dialog open on the page that the target is not in: one the flow does not know (its steps' dialogs hold
 * their targets). Native modal dialogs, and ARIA ones (aria-modal) that show.
 */
export function strangeDialog(target: Element, doc: Document, ours: (el: Element) => boolean): boolean {
  const modal = [...doc.querySelectorAll('dialog[open], [aria-modal="true"]')].filter((d) => {
    if (ours(d) || d.contains(target)) return false
    if (d instanceof HTMLDialogElement) {
      try {
        return d.matches(':modal')
      } catch {
        return false
      }
    }
    return d.getClientRects().length > 0
  })
  return modal.length > 0
}
