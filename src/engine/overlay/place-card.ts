// Where the card goes beside the spotlighted target so that it covers nothing the person needs: the target, what
// opens from it (a menu drops down below its button), the element the step acts on, the page's buttons near it.
// Places around the target first (below, above, beside), then the viewport's corners; the first that covers
// none of those wins, else the one that covers least, weighted. Pure: rectangles in, a position out.

export interface Rect {
  left: number
  top: number
  width: number
  height: number
}

/** Something the card should not cover, and how much it matters (the target: most). */
export interface KeepClear {
  rect: Rect
  weight: number
}

export interface Placement {
  x: number
  y: number
  /** Whether it covers nothing kept clear; when not, the card says less (it shrinks to its instruction). */
  clear: boolean
}

/** Space between the target and the card, and between the card and the viewport's edges. */
export const cardGap = 14
export const edgePadding = 8

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left)
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top)
  return w > 0 && h > 0 ? w * h : 0
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)))

/** The places tried around one rectangle, in order of preference: below, above, right, left. */
function around(target: Rect, card: { width: number; height: number }): { x: number; y: number }[] {
  const { width: w, height: h } = card
  const cx = target.left + target.width / 2 - w / 2
  const cy = target.top + target.height / 2 - h / 2
  const below = target.top + target.height + cardGap
  const above = target.top - cardGap - h
  const right = target.left + target.width + cardGap
  const left = target.left - cardGap - w
  return [
    { x: cx, y: below },
    { x: target.left, y: below },
    { x: target.left + target.width - w, y: below },
    { x: cx, y: above },
    { x: target.left, y: above },
    { x: target.left + target.width - w, y: above },
    { x: right, y: cy },
    { x: right, y: target.top },
    { x: left, y: cy },
    { x: left, y: target.top },
  ]
}

/** Next to the target, then next to what it is in (its row, its form), then the viewport's corners. */
function candidates(targets: readonly Rect[], card: { width: number; height: number }, view: { width: number; height: number }): { x: number; y: number }[] {
  const far = { x: view.width - card.width - edgePadding, y: view.height - card.height - edgePadding }
  return [
    ...targets.flatMap((target) => around(target, card)),
    { x: far.x, y: far.y },
    { x: edgePadding, y: far.y },
    { x: far.x, y: edgePadding },
    { x: edgePadding, y: edgePadding },
  ]
}

/** `target`: the target, then (optionally) what it is in, to place the card beside when nothing next to the target is clear. */
export function placeCard(target: Rect | readonly Rect[], card: { width: number; height: number }, view: { width: number; height: number }, keepClear: readonly KeepClear[]): Placement {
  let best: (Placement & { cost: number }) | null = null
  for (const at of candidates(Array.isArray(target) ? target : [target as Rect], card, view)) {
    const x = clamp(at.x, edgePadding, view.width - card.width - edgePadding)
    const y = clamp(at.y, edgePadding, view.height - card.height - edgePadding)
    const box = { left: x, top: y, width: card.width, height: card.height }
    const cost = keepClear.reduce((sum, k) => sum + k.weight * overlap(box, k.rect), 0)
    if (cost === 0) return { x, y, clear: true }
    if (!best || cost < best.cost) best = { x, y, clear: false, cost }
  }
  return { x: best!.x, y: best!.y, clear: false }
}
