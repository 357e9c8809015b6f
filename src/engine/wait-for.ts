// Waits, without polling, until `check` returns something: checks once now, then again when the page changes
// (and on navigations). A change is checked at once, in the observer's callback, so what it brings is seen in
// the frame it appears in; the checks of all waits share a budget (src/engine/check-budget.ts), so a page
// that never stops changing gets a few checks a second instead of hundreds. All waits on a root share one
// observer, which watches only while a wait lasts.
import { checkBudget } from './check-budget'

export interface WaitOptions {
  signal: AbortSignal
  /** What to observe; the whole document by default. */
  root?: Node
  /** Extra wake-ups (e.g. a navigation inside a single-page app). */
  wake?: (listener: () => void, signal: AbortSignal) => void
  /** Whether a batch of DOM changes could change what `check` finds (default: any could). */
  changes?: (records: readonly MutationRecord[]) => boolean
}

/** At most 3 % of the time in checks woken by changes while a page churns, after a 50 ms burst. */
const budget = checkBudget(0.03, 50)

const observed: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'open', 'disabled', 'aria-hidden', 'aria-expanded', 'value', 'href'],
  characterData: true,
}
/** One observer per observed root, shared by the waits on it. */
type Wake = (records?: readonly MutationRecord[]) => void
const watches = new Map<Node, { observer: MutationObserver; wakes: Set<Wake> }>()

function watch(root: Node, wake: Wake, signal: AbortSignal): void {
  let entry = watches.get(root)
  if (!entry) {
    const wakes = new Set<Wake>()
    const observer = new MutationObserver((records) => {
      for (const each of [...wakes]) each(records)
    })
    observer.observe(root, observed)
    entry = { observer, wakes }
    watches.set(root, entry)
  }
  const { observer, wakes } = entry
  wakes.add(wake)
  signal.addEventListener(
    'abort',
    () => {
      wakes.delete(wake)
      if (wakes.size > 0) return
      observer.disconnect()
      watches.delete(root)
    },
    { once: true },
  )
}

export function waitFor<T>(check: () => T | null | undefined, options: WaitOptions): Promise<T> {
  const { signal } = options
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const local = new AbortController()
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = () => {
      clearTimeout(timer)
      local.abort()
    }
    const run = (woken = true): boolean => {
      timer = undefined
      const started = performance.now()
      const found = check()
      // the first check is the wait's own (a step starting), not the page's churn: it is not held back
      if (woken) budget.spend(performance.now() - started)
      if (found === null || found === undefined) return false
      finish()
      resolve(found)
      return true
    }
    if (run(false)) return
    const wake = (records?: readonly MutationRecord[]) => {
      if (timer !== undefined || local.signal.aborted) return
      if (records && options.changes && !options.changes(records)) return
      const wait = budget.waitMs()
      // the changes meanwhile are all seen by the one check that runs when the budget allows
      if (wait > 0) timer = setTimeout(() => run(), wait)
      else run()
    }
    watch(options.root ?? document, wake, local.signal)
    options.wake?.(() => wake(), local.signal)
    signal.addEventListener(
      'abort',
      () => {
        finish()
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
