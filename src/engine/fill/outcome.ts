// What a fill did, as data the engine can act on (e.g. ask the person before overwriting on 'conflict').

export type FillOutcome =
  /** The value was set and the element holds it now. */
  | { status: 'filled' }
  /** The element already held the wanted value: nothing was done, no events were sent. */
  | { status: 'already' }
  /** The person already entered a different, non-empty value: nothing was done. */
  | { status: 'conflict'; current: string }
  /** Not touched: disabled, read-only, or not something this routine can fill (or the page refused the value). */
  | { status: 'skipped'; reason: 'disabled' | 'readonly' | 'not-fillable' }
  /** A select had no option with that visible text (nor that value); `options` lists the visible texts. */
  | { status: 'no-option'; options: string[] }

export const skipped = (reason: 'disabled' | 'readonly' | 'not-fillable'): FillOutcome => ({ status: 'skipped', reason })
