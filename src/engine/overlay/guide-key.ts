// The guide's one keyboard shortcut: it takes the keyboard to what the person does next (the element under
// the spotlight, or the card's button), and from there to the card. Where it goes is a function of the card
// (whereToFocus); the listener lives while the overlay does.
import { byPerson } from './by-person'
import type { CardState } from './contract'
import { deepActiveElement, focusIsOn, focusTarget } from './focus-target'

/**
 * The key, as the panel and the card's aria-keyshortcuts name it and as the listener matches it: by the letter it
 * types (any keyboard layout), or by its place on the keyboard where the chord types no letter (macOS's Option
 * turns G into "˝").
 */
export const guideKey = { label: 'Alt+Shift+G', letter: 'g', code: 'KeyG', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false } as const

export function isGuideKey(event: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey' | 'isComposing' | 'repeat'>): boolean {
  const typesLetter = /^[a-z]$/i.test(event.key)
  return (
    !event.isComposing &&
    !event.repeat &&
    (typesLetter ? event.key.toLowerCase() === guideKey.letter : event.code === guideKey.code) &&
    event.altKey === guideKey.altKey &&
    event.shiftKey === guideKey.shiftKey &&
    event.ctrlKey === guideKey.ctrlKey &&
    event.metaKey === guideKey.metaKey
  )
}

/** 'target': the spotlighted element; 'primary': the card's main button; 'card': the card itself (its buttons a Tab away). */
export type FocusPlace = 'target' | 'primary' | 'card'

/** Where the key takes the keyboard, given the card and whether the keyboard is on (or in) the target now. */
export function whereToFocus(state: CardState, onTarget: boolean): FocusPlace {
  if (state.paused) return 'primary' // Resume
  if (state.pointing) return 'card' // Tab to the element on the page, Enter picks it; the card's Back cancels
  if (state.confirmOverwrite || state.notFound) return 'primary' // Replace; Point to it
  if (state.choices) return state.choices.length > 0 ? 'primary' : 'card'
  if (state.target) return onTarget ? 'card' : 'target'
  return 'primary' // I've done this
}

export interface GuideKeyParts {
  /** The card's main button, if it shows one. */
  primary(): HTMLElement | null
  /** The card (or the pill) itself. */
  card(): HTMLElement | null
}

/** Takes the guide key anywhere on the page (before any page handler) while the overlay shows a state. */
export function listenForGuideKey(parts: GuideKeyParts, doc: Document, state: () => CardState | undefined, signal: AbortSignal): void {
  const win = doc.defaultView
  if (!win) return
  win.addEventListener(
    'keydown',
    (event) => {
      const s = state()
      if (!s || !isGuideKey(event) || !byPerson(event)) return
      event.preventDefault()
      event.stopImmediatePropagation()
      const target = s.target
      let place = whereToFocus(s, !!target && focusIsOn(target, doc))
      if (place === 'target' && target) {
        const before = deepActiveElement(doc)
        const element = focusTarget(target, doc)
        // on the target now, or on something new around it (a row, which may show the target: the key again)
        if (element && (element === target || element !== before)) return
        place = 'card' // nothing (new) there takes the keyboard: the card's buttons are the way on
      }
      const to = (place === 'primary' ? parts.primary() : null) ?? parts.card()
      to?.focus({ preventScroll: true })
    },
    { capture: true, signal },
  )
}
