// A short highlight on a field just filled, so the person sees what changed. Inline !important outline
// (beats the page's style sheets; set through CSSOM, which a strict style-src CSP allows, unlike
// setAttribute('style') or cssText), a fading glow unless reduced motion is asked for; after ~700 ms the
// element's previous inline styles are put back exactly, leaving no trace.

const DURATION = 700
const COLOUR = '#1a73e8'
const OUTLINE: Record<string, string> = {
  'outline-style': 'solid',
  'outline-width': '2px',
  'outline-color': COLOUR,
  'outline-offset': '2px',
}

/** Ends the flash running on an element, if any, restoring its styles. */
const running = new WeakMap<Element, () => void>()

export function flash(el: Element, signal?: AbortSignal): void {
  try {
    if (signal?.aborted) return
    const style = (el as Partial<ElementCSSInlineStyle>).style
    if (!style || typeof style.setProperty !== 'function') return
    running.get(el)?.() // a flash already running restores first, so its styles are never taken as the page's

    const hadStyleAttribute = el.hasAttribute('style')
    const saved = Object.keys(OUTLINE).map((name) => ({
      name,
      value: style.getPropertyValue(name),
      priority: style.getPropertyPriority(name),
    }))
    for (const [name, value] of Object.entries(OUTLINE)) style.setProperty(name, value, 'important')
    const animation = reducedMotion(el) ? undefined : glow(el)

    let timer: ReturnType<typeof setTimeout> | undefined
    const end = () => {
      if (running.get(el) !== end) return
      running.delete(el)
      clearTimeout(timer)
      signal?.removeEventListener('abort', end)
      try {
        animation?.cancel()
        for (const { name, value, priority } of saved) {
          if (value === '') style.removeProperty(name)
          else style.setProperty(name, value, priority)
        }
        if (!hadStyleAttribute && style.length === 0) el.removeAttribute('style')
      } catch {
        // the page replaced the element's style meanwhile: nothing of ours to put back
      }
    }
    running.set(el, end)
    timer = setTimeout(end, DURATION)
    signal?.addEventListener('abort', end, { once: true })
  } catch {
    // a highlight is a nicety: never let the page's oddities reach the caller
  }
}

function reducedMotion(el: Element): boolean {
  const view = el.ownerDocument.defaultView
  try {
    return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true
  } catch {
    return true
  }
}

/** A ring that fades out; the Web Animations API touches no attribute and goes when cancelled or done. */
function glow(el: Element): Animation | undefined {
  if (typeof el.animate !== 'function') return undefined
  const animation = el.animate(
    [{ boxShadow: `0 0 0 6px ${COLOUR}73` }, { boxShadow: `0 0 0 0 ${COLOUR}00` }],
    { duration: DURATION, easing: 'ease-out' },
  )
  animation.finished?.catch(() => undefined) // cancelling rejects it; nobody waits on it
  return animation
}
