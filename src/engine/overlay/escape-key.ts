import { byPerson } from './by-person'

// Escape: cancels pointing, or pauses the guide; but pausing only when the key is the overlay's to take:
// Escape typed in a page field, or meant for an open page dialog, is left alone.

export interface EscapeState {
  pointing: boolean
  paused: boolean
}

function modalDialogOpen(doc: Document): boolean {
  for (const d of doc.querySelectorAll('dialog[open]')) {
    try {
      if (d.matches(':modal')) return true
    } catch {
      return false
    }
  }
  return false
}

export function listenForEscape(
  host: HTMLElement,
  doc: Document,
  state: () => EscapeState | undefined,
  act: { pause(): void; cancelPointing(): void },
  signal: AbortSignal,
): void {
  const win = doc.defaultView
  if (!win) return
  // the person's own key only: a page cannot pause the guide or end pointing with a dispatched one
  const isEscape = (event: KeyboardEvent) => byPerson(event) && (event.key === 'Escape' || event.key === 'Esc') && !event.isComposing

  // Pointing: taken in the capture phase, before a page dialog would close on it.
  win.addEventListener(
    'keydown',
    (event) => {
      const s = state()
      // wherever the keyboard is: Tab to a field is a way of pointing, not of typing in it
      if (!isEscape(event) || !s?.pointing || s.paused) return
      event.preventDefault()
      event.stopImmediatePropagation()
      act.cancelPointing()
    },
    { capture: true, signal },
  )

  // Pausing: only from the overlay itself, or from nowhere in particular (focus on the page body).
  win.addEventListener(
    'keydown',
    (event) => {
      const s = state()
      if (!isEscape(event) || !s || s.pointing || s.paused) return
      if (event.composedPath().includes(host)) {
        // Ours; when we sit inside a page dialog, the dialog must not close on it too.
        event.preventDefault()
        act.pause()
        return
      }
      if (event.defaultPrevented) return
      const active = doc.activeElement
      const onBody = !active || active === doc.body || active === doc.documentElement
      if (!onBody || modalDialogOpen(doc)) return
      act.pause()
    },
    { signal }, // bubble phase: a page handler that took the key (preventDefault) keeps it
  )
}
