import { describe, expect, it } from 'vitest'
import { placeCard, type KeepClear, type Rect } from './place-card'

const view = { width: 1280, height: 900 }
const card = { width: 360, height: 180 }
const rect = (left: number, top: number, width: number, height: number): Rect => ({ left, top, width, height })
const target = (r: Rect): KeepClear => ({ rect: r, weight: 1000 })
const covers = (at: { x: number; y: number }, r: Rect) => at.x < r.left + r.width && at.x + card.width > r.left && at.y < r.top + r.height && at.y + card.height > r.top

describe('placeCard: beside the target, covering nothing kept clear', () => {
  it.each([
    // what, the target, what else is kept clear, where the card must not be
    ['a button mid-page: below it', rect(600, 300, 120, 36), [], null],
    ['a menu button in the top bar: not where its menu drops down', rect(224, 8, 116, 40), [{ rect: rect(210, 48, 260, 280), weight: 200 }], rect(210, 48, 260, 280)],
    ['a key in a dialog, its Close button below: not on Close', rect(380, 300, 520, 30), [{ rect: rect(780, 360, 90, 40), weight: 100 }], rect(780, 360, 90, 40)],
    ['a Submit at the bottom of the page: above or beside it', rect(160, 850, 100, 36), [], null],
    ['a row whose actions show on hover: not on the row', rect(160, 200, 200, 40), [{ rect: rect(140, 196, 1000, 48), weight: 200 }], rect(140, 196, 1000, 48)],
  ])('%s', (_what, at, more, avoid) => {
    const placed = placeCard(at, card, view, [target(at), ...more])
    expect(placed.clear).toBe(true)
    expect(covers(placed, at)).toBe(false)
    if (avoid) expect(covers(placed, avoid)).toBe(false)
    // inside the viewport
    expect(placed.x).toBeGreaterThanOrEqual(8)
    expect(placed.y).toBeGreaterThanOrEqual(8)
    expect(placed.x + card.width).toBeLessThanOrEqual(view.width - 8)
    expect(placed.y + card.height).toBeLessThanOrEqual(view.height - 8)
  })

  it('prefers right below the target when nothing is in the way', () => {
    expect(placeCard(rect(600, 300, 120, 36), card, view, [])).toEqual({ x: 480, y: 350, clear: true })
  })

  it('where nothing is clear, covers the least, and never the target when anything else will do', () => {
    // everything but a sliver is kept clear (a page-filling dialog): it is not clear, but off the target
    const small = { width: 400, height: 420 }
    const at = rect(150, 150, 100, 30)
    const placed = placeCard(at, card, small, [target(at), { rect: rect(0, 0, 400, 420), weight: 1 }])
    expect(placed.clear).toBe(false)
    expect(covers(placed, at)).toBe(false)
  })
})

describe('placeCard: beside what the target is in, when nothing next to the target is clear', () => {
  it('a button in a full-width row: below or above the row, not in a corner', () => {
    const button = rect(868, 487, 140, 35)
    const row = rect(140, 470, 1000, 70)
    const placed = placeCard([button, row], card, view, [target(button), { rect: row, weight: 200 }])
    expect(placed.clear).toBe(true)
    expect(covers(placed, row)).toBe(false)
    expect(Math.min(Math.abs(placed.y - (row.top + row.height + 14)), Math.abs(placed.y + card.height - (row.top - 14)))).toBeLessThanOrEqual(1)
  })
})
