// Only the person acts on the guide: an event counts when the browser made it from real input (a click, a key,
// Enter on a focused button), never when a page script dispatched it or called click().

export function byPerson(event: Event): boolean {
  return event.isTrusted
}

/** An event handler that runs `act` for the person's events only. */
export function personOnly(act: () => void): (event: Event) => void {
  return (event) => {
    if (byPerson(event)) act()
  }
}
