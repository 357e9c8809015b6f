// The background's answers read the stored progress, then write it back changed. Two answered side by side (a
// tab's "this field is filled" and the person's click that sent the form, both from the same step) both read the
// same progress, and the later write undid the earlier. So every answer that may write it waits its turn: each
// reads what the one before wrote, and a stale one is told so.

let last: Promise<unknown> = Promise.resolve()

/** Runs `work` once every answer that came before it has finished (failed or not). */
export function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const turn = last.then(work)
  last = turn.catch(() => undefined)
  return turn
}
