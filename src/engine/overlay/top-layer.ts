// Keeps the host on top and usable. In the top layer as a manual popover, above any z-index; and, while the
// page has a modal <dialog> open (which makes everything outside it inert, popovers included), inside that
// dialog, shown again as a popover so it is above the dialog's content. Back to <body> when it closes.
// Last in its parent, where it disturbs no page rule (:first-child, "* + *" spacing) and no page script
// (firstElementChild): in the Tab order after the page, so Shift+Tab from the card goes back into it.

export interface TopLayer {
  /** Puts the host where it must be now (cheap: called on every update). */
  place(): void
}

function isModal(dialog: Element): boolean {
  try {
    return dialog.matches(':modal')
  } catch {
    return false // no :modal support: no modal dialogs to escape from as far as we can tell
  }
}

function isPopoverOpen(el: HTMLElement): boolean {
  try {
    return el.matches(':popover-open')
  } catch {
    return false
  }
}

/** `changed` runs after a page dialog opened or closed. */
export function keepOnTop(host: HTMLElement, doc: Document, popover: boolean, signal: AbortSignal, changed: () => void = () => {}): TopLayer {
  /** Dialogs in the order they were seen opening, so the topmost of nested modals is the last still modal. */
  let opened: Element[] = []
  let parent: ParentNode | null = null

  const topModal = (): Element | null => {
    opened = opened.filter((d) => d.isConnected && d.hasAttribute('open'))
    for (let i = opened.length - 1; i >= 0; i--) {
      const d = opened[i]
      if (d && isModal(d)) return d
    }
    const open = doc.querySelectorAll('dialog[open]')
    for (let i = open.length - 1; i >= 0; i--) {
      const d = open[i]
      if (d && isModal(d)) return d
    }
    return null
  }

  // Notices the host being taken out of its parent (a page re-rendering the dialog's children or the body).
  const parentWatch = new MutationObserver(() => {
    if (host.parentNode !== parent) place()
  })

  const show = () => {
    if (!popover || isPopoverOpen(host)) return
    try {
      host.showPopover()
    } catch {
      // not connected, or the browser refused: the fixed, max-z-index host still shows
    }
  }

  /** Shown last, so above a top-layer element the page opened after us. */
  const raise = () => {
    if (!popover || !isPopoverOpen(host)) return
    try {
      host.hidePopover()
    } catch {
      /* ignore */
    }
    show()
  }

  function place(): void {
    if (signal.aborted) return
    const want: ParentNode | null = topModal() ?? doc.body ?? doc.documentElement
    if (!want) return
    if (host.parentNode !== want) {
      const focused = host.shadowRoot?.activeElement
      want.appendChild(host) // a popover that moves is hidden: shown again below
      if (focused instanceof HTMLElement) focused.focus({ preventScroll: true })
    }
    if (parent !== want) {
      parent = want
      parentWatch.disconnect()
      parentWatch.observe(want, { childList: true })
    }
    show()
  }

  // Dialogs opening (showModal sets `open`) and closing, anywhere in the page.
  const dialogWatch = new MutationObserver((records) => {
    let relevant = false
    for (const r of records) {
      if (!(r.target instanceof Element) || r.target.localName !== 'dialog') continue
      relevant = true
      if (r.target.hasAttribute('open')) opened.push(r.target)
    }
    if (!relevant) return
    place()
    changed()
  })
  dialogWatch.observe(doc.documentElement, { attributes: true, attributeFilter: ['open'], subtree: true })
  doc.addEventListener(
    'close',
    () => {
      place()
      changed()
    },
    { capture: true, signal },
  )
  // A page popover (or dialog) shown after ours would sit above it in the top layer.
  doc.addEventListener(
    'toggle',
    (event) => {
      if (event.target !== host && (event as ToggleEvent).newState === 'open') raise()
    },
    { capture: true, signal },
  )
  signal.addEventListener(
    'abort',
    () => {
      dialogWatch.disconnect()
      parentWatch.disconnect()
      if (popover && isPopoverOpen(host)) {
        try {
          host.hidePopover()
        } catch {
          /* ignore */
        }
      }
    },
    { once: true },
  )

  place()
  return { place }
}
