// Waits, without polling, until `check` returns something: checks once now, then again after DOM changes
// (at most once per animation frame, however many mutations a batch has) and after navigations.
// The observer watches only while the wait lasts and ends with the signal.

export interface WaitOptions {
  signal: AbortSignal
  /** What to observe; the whole document by default. */
  root?: Node
  /** Extra wake-ups (e.g. a navigation inside a single-page app). */
  wake?: (listener: () => void, signal: AbortSignal) => void
}

export function waitFor<T>(check: () => T | null | undefined, options: WaitOptions): Promise<T> {
  const { signal } = options
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const first = check()
    if (first !== null && first !== undefined) return resolve(first)

    const local = new AbortController()
    const stop = () => {
      local.abort()
      observer.disconnect()
    }
    let scheduled = false
    const run = () => {
      scheduled = false
      if (local.signal.aborted) return
      const found = check()
      if (found === null || found === undefined) return
      stop()
      resolve(found)
    }
    const schedule = () => {
      if (scheduled || local.signal.aborted) return
      scheduled = true
      // one check per frame however many mutations arrive; a timer stands in when frames do not run (hidden tab)
      const frame = requestAnimationFrame(run)
      const timer = setTimeout(() => {
        cancelAnimationFrame(frame)
        run()
      }, 100)
      local.signal.addEventListener('abort', () => {
        cancelAnimationFrame(frame)
        clearTimeout(timer)
      })
    }
    const observer = new MutationObserver(schedule)
    observer.observe(options.root ?? document, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'open', 'disabled', 'aria-hidden', 'aria-expanded', 'value', 'href'],
      characterData: true,
    })
    options.wake?.(schedule, local.signal)
    signal.addEventListener(
      'abort',
      () => {
        stop()
        reject(signal.reason)
      },
      { once: true, signal: local.signal },
    )
  })
}

/** Resolves after `ms`, or rejects when the signal aborts first. */
export function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const timer = setTimeout(resolve, ms)
    signal.addEventListener('abort', () => {
      clearTimeout(timer)
      reject(signal.reason)
    }, { once: true })
  })
}
