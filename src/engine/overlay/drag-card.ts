// The person moves the card out of their way by dragging its head (the counter, not its buttons). It stays
// where they put it until the spotlight moves to another target, where it is placed afresh beside that one.
// Only the person's own pointer moves it (trusted events); every listener ends with the overlay's signal.
import { byPerson } from './by-person'
import { edgePadding } from './place-card'

export interface CardDrag {
  /** Where the person put the card (viewport coordinates of its top left), or null: placed by the guide. */
  moved(): { x: number; y: number } | null
  /** The card is placed by the guide again (a new target). */
  reset(): void
}

export function dragCard(mount: HTMLElement, win: Window, signal: AbortSignal, onMove: () => void): CardDrag {
  let moved: { x: number; y: number } | null = null
  mount.addEventListener(
    'pointerdown',
    (event) => {
      const grip = event.target instanceof Element ? event.target.closest('.card .head') : null
      if (!grip || !byPerson(event) || event.button !== 0 || (event.target as Element).closest('button')) return
      const card = grip.closest<HTMLElement>('.card')
      if (!card) return
      event.preventDefault()
      const start = card.getBoundingClientRect()
      const from = { x: event.clientX, y: event.clientY }
      const dragging = new AbortController()
      signal.addEventListener('abort', () => dragging.abort(), { once: true, signal: dragging.signal })
      const clamp = (value: number, size: number, room: number) => Math.max(edgePadding, Math.min(value, room - size - edgePadding))
      grip.setPointerCapture?.(event.pointerId)
      grip.addEventListener(
        'pointermove',
        (event) => {
          const move = event as PointerEvent
          if (!byPerson(move)) return
          moved = { x: clamp(start.left + move.clientX - from.x, start.width, win.innerWidth), y: clamp(start.top + move.clientY - from.y, start.height, win.innerHeight) }
          onMove()
        },
        { signal: dragging.signal },
      )
      for (const type of ['pointerup', 'pointercancel', 'lostpointercapture']) grip.addEventListener(type, () => dragging.abort(), { signal: dragging.signal })
    },
    { signal },
  )
  return {
    moved: () => moved,
    reset: () => {
      moved = null
    },
  }
}
