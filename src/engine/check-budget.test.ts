import { describe, expect, it } from 'vitest'
import { checkBudget } from './check-budget'

describe('checkBudget: at most a share of the time, after a burst', () => {
  const clock = () => {
    let time = 1000
    return { now: () => time, pass: (ms: number) => (time += ms) }
  }
  it.each<[string, [spend: number, pass: number][], number]>([
    ['a fresh budget: now', [], 0],
    ['a burst within the budget: now', [[2, 0], [2, 0], [2, 0]], 0],
    ['the burst spent (16 ms) and 4 over: 4 ms at 4 % is 100 ms away', [[20, 0]], 100],
    ['...and 60 ms later, 40 ms to go', [[20, 60]], 40],
    ['refilled over time, never above the burst', [[16, 10_000], [16, 0]], 0],
    ['five 5 ms checks, 8 ms apart: 9 over less 1.6 refilled, 185 ms away', [[5, 8], [5, 8], [5, 8], [5, 8], [5, 8]], 185],
    // on a busy machine a check's time counts the waits for a core: 134 over would be 3.35 s away
    ['a check that took 150 ms: a second away at most', [[150, 0]], 1000],
  ])('%s', (_what, uses, expected) => {
    const { now, pass } = clock()
    const budget = checkBudget(0.04, 16, 1000, now)
    for (const [spend, passing] of uses) {
      budget.spend(spend)
      pass(passing)
    }
    expect(budget.waitMs()).toBeCloseTo(expected, 5)
  })
  it('over a long churn, checks take no more than the share, whatever each costs', () => {
    for (const cost of [0.1, 1, 5, 40]) {
      const { now, pass } = clock()
      const budget = checkBudget(0.04, 16, 1000, now)
      let spent = 0
      // a mutation every 8 ms for 100 s; a check runs when the budget allows
      for (let t = 0; t < 100_000; t += 8) {
        if (budget.waitMs() === 0) {
          budget.spend(cost)
          spent += cost
        }
        pass(8)
      }
      expect(spent / 100_000, `checks of ${cost} ms`).toBeLessThanOrEqual(0.04 + (16 + cost) / 100_000)
    }
  })
})
