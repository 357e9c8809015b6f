// How much of the page's time the guide's checks may take while the page keeps changing: a token bucket of
// check time. A burst runs at once (a page rendering in a few steps is checked at every step, so guidance
// follows in the same frame); under endless churn the checks average at most `share` of the time. A check
// is never held back more than `maxWaitMs`: on a busy machine a check's time counts the moments the page
// waited for a core, and the guide must not fall seconds behind the page for it.

export interface CheckBudget {
  /** ms until a check may run; 0: now. */
  waitMs(): number
  /** A check took this long. */
  spend(ms: number): void
}

export function checkBudget(share: number, burstMs: number, maxWaitMs: number, now: () => number = () => performance.now()): CheckBudget {
  let tokens = burstMs
  let at = now()
  const refill = () => {
    const time = now()
    // a clock that went back (a test's fake one set again) refills nothing rather than draining the bucket
    tokens = Math.min(burstMs, tokens + Math.max(0, time - at) * share)
    at = time
  }
  return {
    waitMs: () => {
      refill()
      return tokens > 0 ? 0 : Math.min(-tokens / share, maxWaitMs)
    },
    spend: (ms) => {
      refill()
      tokens -= ms
    },
  }
}
