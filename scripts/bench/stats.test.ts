import { describe, expect, it } from 'vitest'
import { median, percentile } from './stats'

describe('percentile (nearest rank)', () => {
  it.each<[number[], number, number]>([
    [[5], 50, 5],
    [[3, 1, 2], 50, 2],
    [[4, 1, 3, 2], 50, 2],
    [Array.from({ length: 100 }, (_, i) => i + 1), 95, 95],
    [Array.from({ length: 50 }, (_, i) => 50 - i), 95, 48],
    [[1, 2, 3], 100, 3],
    [[1, 2, 3], 0, 1],
  ])('%j at p%i is %d', (samples, p, expected) => {
    expect(percentile(samples, p)).toBe(expected)
  })
  it('has no value for no samples', () => {
    expect(median([])).toBeNaN()
  })
})
