// The spotlight on the target and the card next to it, kept in place by floating-ui's autoUpdate (scrolling,
// resizing, layout shifts) only while a target is shown. The target is scrolled into view when it first
// becomes the target, and again if the page (not the person) leaves it hidden under a fixed or sticky header.
import { autoUpdate, computePosition, hide } from '@floating-ui/dom'
import { placeBox } from './host'
import { keepClearOf, keepClearOfPage, touchesControls } from './keep-clear'
import { dragCard } from './drag-card'
import { placeCard } from './place-card'
import { watch } from '../wait-for'

export interface Spotlight {
  /** Spotlights `target` with `card` beside it; null target: no spotlight, the card docks (by its CSS class). */
  set(target: Element | null, card: HTMLElement | null): void
  /** Places everything again (a page dialog opened or closed). */
  refresh(): void
}

const ring = 4 // px between the target and the ring

function prefersReducedMotion(win: Window): boolean {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
}

/** Whether `inner` is `outer` or inside it, across shadow roots. */
function composedContains(outer: Element, inner: Node | null): boolean {
  for (let node: Node | null = inner; node; ) {
    if (node === outer) return true
    const parent: Node | null = node.parentNode
    node = parent instanceof ShadowRoot ? parent.host : parent
  }
  return false
}

function isFixedOrSticky(el: Element, win: Window): boolean {
  for (let node: Element | null = el; node && node !== node.ownerDocument.documentElement; node = node.parentElement) {
    const position = win.getComputedStyle(node).position
    if (position === 'fixed' || position === 'sticky') return true
  }
  return false
}

/** Whether a fixed or sticky page element (a header, a banner) covers the top or middle of the target. */
export function coveredByFixed(target: Element, host: Element, win: Window): boolean {
  const doc = target.ownerDocument
  const r = target.getBoundingClientRect()
  if (r.width === 0 || r.height === 0) return false
  const x = Math.min(Math.max(r.left + r.width / 2, 0), win.innerWidth - 1)
  for (const y of [r.top + Math.min(4, r.height / 2), r.top + r.height / 2]) {
    if (y < 0 || y >= win.innerHeight) continue
    const hit = doc.elementFromPoint(x, y)
    if (!hit || hit === host || composedContains(target, hit) || composedContains(hit, target)) continue
    if (isFixedOrSticky(hit, win)) return true
  }
  return false
}

/** Whether a page modal dialog is open and the target is not in one: the target is inert, nothing to point at. */
function behindModal(target: Element): boolean {
  let modalOpen = false
  for (const dialog of target.ownerDocument.querySelectorAll('dialog[open]')) {
    let modal = false
    try {
      modal = dialog.matches(':modal')
    } catch {
      return false
    }
    if (!modal) continue
    if (composedContains(dialog, target)) return false
    modalOpen = true
  }
  return modalOpen
}

function fullyInView(target: Element, win: Window): boolean {
  const r = target.getBoundingClientRect()
  return r.top >= 0 && r.left >= 0 && r.bottom <= win.innerHeight && r.right <= win.innerWidth
}

/** About how long a smooth scroll takes to come to rest: what covers the target is looked at once it has. */
const scrollRestMs = 250

export function createSpotlight(parts: { spot: HTMLElement; host: HTMLElement; mount: HTMLElement }, win: Window, signal: AbortSignal): Spotlight {
  let target: Element | null = null
  let card: HTMLElement | null = null
  let stop: (() => void) | undefined
  let refresh = () => {}
  let session: AbortController | undefined

  const end = () => {
    stop?.()
    stop = undefined
    refresh = () => {}
    session?.abort()
    session = undefined
  }
  signal.addEventListener('abort', end, { once: true })
  // where the person dragged the card, kept while the target stays
  const drag = dragCard(parts.mount, win, signal, () => {
    if (target) refresh()
    else if (card) putWhereMoved(card)
  })
  const putWhereMoved = (el: HTMLElement) => {
    const at = drag.moved()
    if (!at) return false
    el.style.left = `${Math.round(at.x)}px`
    el.style.top = `${Math.round(at.y)}px`
    // a docked card's corner gives way to the person's place
    el.style.right = 'auto'
    el.style.bottom = 'auto'
    return true
  }

  const reveal = (el: Element) => {
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion(win) ? 'auto' : 'smooth' })
  }

  /** Nothing to spotlight: the card takes the corner that covers none of the page's controls (or the person's place). */
  function dock(floating: HTMLElement) {
    const own = new AbortController()
    session = own
    const place = () => {
      if (own.signal.aborted || putWhereMoved(floating)) return
      floating.classList.remove('compact')
      const clear = keepClearOfPage(win.document, (el) => el === parts.host || parts.host.contains(el))
      const view = { width: win.innerWidth, height: win.innerHeight }
      let placed = placeCard([], { width: floating.offsetWidth, height: floating.offsetHeight }, view, clear)
      if (!placed.clear) {
        floating.classList.add('compact')
        placed = placeCard([], { width: floating.offsetWidth, height: floating.offsetHeight }, view, clear)
      }
      floating.style.left = `${Math.round(placed.x)}px`
      floating.style.top = `${Math.round(placed.y)}px`
      floating.style.right = 'auto'
      floating.style.bottom = 'auto'
    }
    win.addEventListener('resize', place, { signal: own.signal })
    // the card's words change under it (a note, a choice), the page's controls come or go (a list rendering late
    // where the card sits, a dialog) or it scrolls: placed again, at most once a frame (a page's churn of text
    // and decoration is not looked at: it would cost a read of every control's box each frame). On the observer
    // the waits share, so a churning page rests it; what came during a rest is seen with the next control change.
    let queued = false
    const soon = () => {
      if (queued) return
      queued = true
      win.requestAnimationFrame(() => {
        queued = false
        place()
      })
    }
    // the page scrolled under it: what it covers now is other controls
    win.addEventListener('scroll', soon, { capture: true, passive: true, signal: own.signal })
    const resized = new ResizeObserver(soon)
    resized.observe(floating)
    watch(win.document, (records) => {
      if (records && touchesControls(records)) soon()
    }, own.signal)
    own.signal.addEventListener('abort', () => resized.disconnect(), { once: true })
    place()
    refresh = place
  }

  function follow(el: Element, floating: HTMLElement) {
    const own = new AbortController()
    session = own
    // The person scrolling by themselves is respected: no more automatic scrolling for this target.
    let personScrolled = false
    const byPerson = () => {
      personScrolled = true
    }
    for (const type of ['wheel', 'touchmove', 'pointerdown', 'keydown']) {
      win.addEventListener(type, byPerson, { capture: true, passive: true, signal: own.signal })
    }
    let recenters = 0
    let settle: ReturnType<typeof setTimeout> | undefined
    own.signal.addEventListener('abort', () => clearTimeout(settle), { once: true })
    const checkCovered = () => {
      if (own.signal.aborted || personScrolled || recenters >= 3) return
      // still out of view (a smooth scroll cut short by another) or under a fixed bar: once more, at most 3 times
      if (!fullyInView(el, win) || coveredByFixed(el, parts.host, win)) {
        recenters++
        reveal(el)
      }
    }

    const position = () => {
      if (own.signal.aborted) return
      const rect = el.getBoundingClientRect()
      const gone = !el.isConnected || (rect.width === 0 && rect.height === 0) || behindModal(el)
      placeBox(parts.spot, gone ? null : rect, ring)
      clearTimeout(settle)
      settle = setTimeout(checkCovered, scrollRestMs)
      // beside the target, covering nothing the person needs (place-card.ts); where nothing is clear, it says less
      floating.classList.remove('compact')
      const { clear, within } = keepClearOf(el, ring)
      const place = () => placeCard(within ? [rect, within] : [rect], { width: floating.offsetWidth, height: floating.offsetHeight }, { width: win.innerWidth, height: win.innerHeight }, clear)
      if (!putWhereMoved(floating)) {
        let placed = place()
        if (!placed.clear) {
          floating.classList.add('compact')
          placed = place()
        }
        floating.style.left = `${Math.round(placed.x)}px`
        floating.style.top = `${Math.round(placed.y)}px`
      }
      // floating-ui tells whether the target is clipped out of sight (a scrolled container): then no ring
      void computePosition(el, floating, { strategy: 'fixed', middleware: [hide()] }).then(({ middlewareData }) => {
        if (!own.signal.aborted && middlewareData.hide?.referenceHidden) parts.spot.hidden = true
      })
    }
    stop = autoUpdate(el, floating, position)
    refresh = position
  }

  return {
    refresh: () => refresh(),
    set(nextTarget, nextCard) {
      if (signal.aborted) return
      if (nextTarget === target && nextCard === card) return
      const isNewTarget = nextTarget !== target
      end()
      // the card placed afresh beside a new target (a docked card stays where the person put it)
      if (isNewTarget && nextTarget) drag.reset()
      target = nextTarget
      card = nextCard
      if (!target || !card) {
        placeBox(parts.spot, null)
        if (card) dock(card)
        return
      }
      for (const side of ['right', 'bottom']) card.style.removeProperty(side)
      if (isNewTarget && (!fullyInView(target, win) || coveredByFixed(target, parts.host, win))) reveal(target)
      follow(target, card)
    },
  }
}
