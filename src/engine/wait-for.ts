// Waits, without polling, until `check` returns something: checks once now, then again when the page changes
// (and on navigations). A change is checked at once, in the observer's callback, so what it brings is seen in
// the frame it appears in; the checks of all waits share a budget (src/engine/check-budget.ts), so a page
// that never stops changing gets a few checks a second instead of hundreds. All waits on a root share one
// observer, which watches only while a wait lasts. A page that keeps changing many times a second (a ticker,
// an animation built of nodes) is not observed change by change: the observer rests and every wait looks once
// after each rest, so such a page costs a few checks a second and no stream of change records.
import { checkBudget } from './check-budget'

export interface WaitOptions {
  signal: AbortSignal
  /** What to observe; the whole document by default. */
  root?: Node
  /** Extra wake-ups (e.g. a navigation inside a single-page app). */
  wake?: (listener: () => void, signal: AbortSignal) => void
  /** Whether a batch of DOM changes could change what `check` finds (default: any could). */
  changes?: (records: readonly MutationRecord[]) => boolean
  /** The page as it is was just looked at: check only once it changes (default: check at once too). */
  afterChange?: boolean
}

const observed: MutationObserverInit = {
  subtree: true,
  childList: true,
  attributes: true,
  attributeFilter: ['class', 'style', 'hidden', 'open', 'disabled', 'aria-hidden', 'aria-expanded', 'aria-busy', 'value', 'href'],
  characterData: true,
}
/**
 * Churn: `callbacks` batches holding `records` changes within `windowMs` make the observer rest `restMs`;
 * after a rest, a batch within `quietMs` means the page still churns: it rests again at once, unread, twice
 * as long each time up to `maxRestMs` (a target that appears meanwhile is seen when the rest ends).
 */
export const churn = { callbacks: 4, records: 100, windowMs: 100, restMs: 250, maxRestMs: 1000, quietMs: 20 }

/**
 * At most 3 % of the time in checks woken by changes while a page churns, after a 50 ms burst; never further
 * behind the page than the observer's longest rest.
 */
const budget = checkBudget(0.03, 50, churn.maxRestMs)

/** One observer per observed root, shared by the waits on it. Woken without records: look, whatever changed. */
type Wake = (records?: readonly MutationRecord[]) => void
const watches = new Map<Node, { wakes: Set<Wake>; stop: () => void }>()

function observe(root: Node, wakes: Set<Wake>): () => void {
  let windowStart = -Infinity
  let batches = 0
  let records = 0
  let resumedAt = -Infinity
  let resting: ReturnType<typeof setTimeout> | undefined
  let restMs = churn.restMs
  let stopped = false
  const rest = (ms: number) => {
    // the last wait may have ended in this very batch: then nothing is watched any more
    if (stopped) return
    restMs = ms
    observer.disconnect()
    resting = setTimeout(() => {
      resting = undefined
      observer.observe(root, observed)
      resumedAt = performance.now()
      for (const each of [...wakes]) each()
    }, ms)
  }
  const observer = new MutationObserver((batch) => {
    const now = performance.now()
    if (now - resumedAt < churn.quietMs) return rest(Math.min(restMs * 2, churn.maxRestMs))
    if (now - windowStart > churn.windowMs) {
      windowStart = now
      batches = 0
      records = 0
    }
    batches++
    records += batch.length
    for (const each of [...wakes]) each(batch)
    if (batches >= churn.callbacks && records >= churn.records) rest(churn.restMs)
  })
  observer.observe(root, observed)
  return () => {
    stopped = true
    clearTimeout(resting)
    observer.disconnect()
  }
}

/** How many roots are watched now: none once every wait and watch has ended (what the tests check). */
export function watchedRoots(): number {
  return watches.size
}

/**
 * Calls `wake` with each batch of changes under `root` until `signal` aborts, on the observer the waits share
 * (so a churning page rests it for every one of them); after a rest, without records: look, whatever changed.
 */
export function watch(root: Node, wake: Wake, signal: AbortSignal): void {
  let entry = watches.get(root)
  if (!entry) {
    const wakes = new Set<Wake>()
    entry = { wakes, stop: observe(root, wakes) }
    watches.set(root, entry)
  }
  const { wakes, stop } = entry
  wakes.add(wake)
  signal.addEventListener(
    'abort',
    () => {
      wakes.delete(wake)
      if (wakes.size > 0) return
      stop()
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
    if (!options.afterChange && run(false)) return
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
