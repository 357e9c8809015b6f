// The on-page overlay of the guide: a spotlight on the element the person acts on next and an instruction
// card, in a shadow root on a top-layer host. Everything it adds goes away when the signal aborts.
import { h, render } from 'preact'
import { OverlayView } from './card'
import { sameCardState, type CardActions, type CardState, type Overlay, type Translate } from './contract'
import { listenForEscape } from './escape-key'
import { listenForGuideKey } from './guide-key'
import { createHost } from './host'
import { createPointing } from './pointing'
import { createSpotlight } from './spotlight'
import { keepOnTop } from './top-layer'

export type { CardActions, CardState, Overlay, Translate } from './contract'
export { hostTag } from './host'

/** Mounts the overlay; everything it adds (DOM, listeners, observers, floating-ui autoUpdate) goes away when `signal` aborts. */
export function mountOverlay(options: { signal: AbortSignal; t: Translate; actions: CardActions; document?: Document }): Overlay {
  const { signal, t, actions } = options
  const doc = options.document ?? document
  const win = doc.defaultView ?? window
  const parts = createHost(doc)
  const { host, mount } = parts
  // the card speaks the extension's language, not necessarily the page's
  mount.lang = t('lang')
  let state: CardState | undefined

  // After the abort nothing reaches the engine, even from a click already on its way.
  const live =
    <K extends keyof CardActions>(name: K) =>
    (...args: Parameters<CardActions[K]>) => {
      if (!signal.aborted) (actions[name] as (...a: Parameters<CardActions[K]>) => void).apply(actions, args)
    }
  const guarded: CardActions = {
    back: live('back'),
    skip: live('skip'),
    done: live('done'),
    pause: live('pause'),
    resume: live('resume'),
    close: live('close'),
    pointToIt: live('pointToIt'),
    pointed: live('pointed'),
    cancelPointing: live('cancelPointing'),
    replace: live('replace'),
    keep: live('keep'),
    choose: live('choose'),
    goStraight: live('goStraight'),
    confirmSite: live('confirmSite'),
    submitAddress: live('submitAddress'),
    auto: live('auto'),
  }

  if (signal.aborted) return { host, update: () => {} }

  const spotlight = createSpotlight(parts, win, signal)
  const top = keepOnTop(host, doc, parts.popover, signal, () => spotlight.refresh())
  const pointing = createPointing(parts, doc, (el) => guarded.pointed(el), signal)
  listenForEscape(host, doc, () => (state ? { pointing: !!state.pointing, paused: !!state.paused } : undefined), guarded, signal)
  const card = () => mount.querySelector<HTMLElement>('.card')
  listenForGuideKey({ card, primary: () => mount.querySelector<HTMLElement>('.card button.primary') }, doc, () => state, signal)

  signal.addEventListener(
    'abort',
    () => {
      render(null, mount)
      host.remove()
    },
    { once: true },
  )

  return {
    host,
    update(next) {
      if (signal.aborted) return
      top.place()
      if (state && sameCardState(state, next)) return
      state = next
      const hadFocus = parts.shadow.activeElement !== null
      render(h(OverlayView, { state: next, t, actions: guarded }), mount)
      // a button the keyboard was on went with the old card: the keyboard stays on the card, not lost to the page
      if (hadFocus && parts.shadow.activeElement === null) card()?.focus({ preventScroll: true })
      spotlight.set(next.paused ? null : next.target, card())
      pointing.set(!!next.pointing && !next.paused)
    },
  }
}
