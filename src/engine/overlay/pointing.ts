// Point-to-it mode: the page stays live under the pointer (hover menus still open), the element under it is
// outlined, and the next click on the page (captured on window, before any page handler) picks it instead of
// acting on the page. Clicks in the overlay itself work as usual. With the keyboard: the element Tab reaches
// is outlined, and Enter picks it (a field too, which a click would only focus).
import { byPerson } from './by-person'
import { placeBox } from './host'

export interface Pointing {
  set(on: boolean): void
}

/** The page element an event happened on (inside page shadow roots too), unless it happened in our overlay. */
function pageElement(event: Event, host: Element): Element | null {
  const path = event.composedPath()
  if (path.includes(host)) return null
  for (const node of path) if (node instanceof Element) return node
  return null
}

/** A crosshair over the whole page while pointing; a constructed sheet, outside the reach of style-src. */
function crosshair(doc: Document): () => void {
  try {
    const win = doc.defaultView
    if (!win || !('adoptedStyleSheets' in doc)) return () => {}
    const sheet = new win.CSSStyleSheet()
    sheet.replaceSync('html, html * { cursor: crosshair !important; }')
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet]
    return () => {
      try {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet)
      } catch {
        /* ignore */
      }
    }
  } catch {
    return () => {} // no constructed sheets here: the outline alone shows what is being pointed at
  }
}

export function createPointing(
  parts: { host: HTMLElement; pick: HTMLElement },
  doc: Document,
  pointed: (el: Element) => void,
  signal: AbortSignal,
): Pointing {
  const win = doc.defaultView
  let mode: AbortController | undefined

  const off = () => {
    mode?.abort()
    mode = undefined
  }
  signal.addEventListener('abort', off, { once: true })

  function on() {
    if (!win) return
    const own = new AbortController()
    mode = own
    const options = { capture: true, signal: own.signal }
    let hovered: Element | null = null
    const outline = () => placeBox(parts.pick, hovered?.isConnected ? hovered.getBoundingClientRect() : null, 2)

    // what the pointer is over, or what Tab reached
    const outlineAt = (event: Event) => {
      hovered = pageElement(event, parts.host)
      outline()
    }
    win.addEventListener('pointerover', outlineAt, options)
    win.addEventListener('focusin', outlineAt, options)
    win.addEventListener(
      'keydown',
      (event) => {
        const el = event.key === 'Enter' && !event.isComposing && byPerson(event) ? pageElement(event, parts.host) : null
        if (!el || el === doc.body || el === doc.documentElement) return
        event.preventDefault()
        event.stopImmediatePropagation()
        pointed(el)
      },
      options,
    )
    win.addEventListener('scroll', outline, { ...options, passive: true })
    // The press itself must not reach the page either: no focus change, no menu opening, no backdrop close.
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'dblclick', 'auxclick']) {
      win.addEventListener(
        type,
        (event) => {
          if (!pageElement(event, parts.host)) return
          event.preventDefault()
          event.stopImmediatePropagation()
        },
        options,
      )
    }
    win.addEventListener(
      'click',
      (event) => {
        const el = pageElement(event, parts.host)
        if (!el) return
        event.preventDefault()
        event.stopImmediatePropagation()
        // a click a page script made picks nothing: only the person points
        if (byPerson(event)) pointed(el)
      },
      options,
    )
    const removeCrosshair = crosshair(doc)
    own.signal.addEventListener(
      'abort',
      () => {
        removeCrosshair()
        placeBox(parts.pick, null)
      },
      { once: true },
    )
  }

  return {
    set(next) {
      if (signal.aborted || next === !!mode) return
      if (next) on()
      else off()
    },
  }
}
