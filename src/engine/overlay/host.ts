// The overlay's host element: a unique tag with an open shadow root, a <style>, the spotlight and pointing
// boxes, and the node Preact renders the card into. A `popover="manual"` element where the browser has
// popovers (shown in the top layer, above any z-index); elsewhere the fixed, max-z-index :host rules carry it.
import { overlayCss } from './styles'

export const hostTag = 'tfcc-guide'

export interface OverlayHost {
  host: HTMLElement
  shadow: ShadowRoot
  /** The outline ring and dimmed surroundings around the target. */
  spot: HTMLElement
  /** The outline around the element under the pointer in point-to-it mode. */
  pick: HTMLElement
  /** Where the card is rendered. */
  mount: HTMLElement
  popover: boolean
}

export function createHost(doc: Document): OverlayHost {
  const host = doc.createElement(hostTag)
  const popover = typeof host.showPopover === 'function'
  if (popover) host.setAttribute('popover', 'manual')
  // 'open' so tests (and Playwright's piercing locators) can reach in; nothing is exposed on window.
  const shadow = host.attachShadow({ mode: 'open' })
  const style = doc.createElement('style')
  style.textContent = overlayCss
  const root = doc.createElement('div')
  root.className = 'root'
  const spot = doc.createElement('div')
  spot.className = 'spotlight'
  const pick = doc.createElement('div')
  pick.className = 'pick'
  const mount = doc.createElement('div')
  for (const el of [spot, pick]) {
    el.setAttribute('aria-hidden', 'true')
    el.hidden = true
  }
  root.append(spot, pick, mount)
  shadow.append(style, root)
  return { host, shadow, spot, pick, mount, popover }
}

/** Places a fixed box (in our shadow root) over a rectangle in viewport coordinates, or hides it. */
export function placeBox(box: HTMLElement, rect: { left: number; top: number; width: number; height: number } | null, pad = 0): void {
  if (!rect) {
    box.hidden = true
    return
  }
  // CSSOM writes on our own shadow element: not a style attribute in page markup, allowed under style-src 'self'.
  box.style.transform = `translate(${Math.round(rect.left - pad)}px, ${Math.round(rect.top - pad)}px)`
  box.style.width = `${Math.round(rect.width + 2 * pad)}px`
  box.style.height = `${Math.round(rect.height + 2 * pad)}px`
  box.hidden = false
}
