// What the engine hands the overlay (the card's state) and what the overlay hands back (the person's actions).

/** chrome.i18n-style lookup: a message key and its placeholder values, in order. */
export type Translate = (key: string, substitutions?: string[]) => string

export interface CardState {
  /** Already translated. */
  instruction: string
  /** "Step x of N" in this part of the setup (step-count.ts); `index`, the flow's own step, keys the card's buttons. */
  step: { current: number; total: number; index?: number }
  /** The element to spotlight; null: no spotlight, the card docks bottom-right. */
  target: Element | null
  /** The target could not be found: show what to look for and "Point to it". */
  notFound?: { lookFor: string } | undefined
  /** Point-to-it mode: the person's next click on the page picks the element. */
  pointing?: boolean
  pointRejected?: boolean
  /** The field already holds a value: ask Replace / Keep mine. */
  confirmOverwrite?: { current: string } | undefined
  /** The step's target is still being looked for: the card waits out of sight a moment (it would sit where the target comes). */
  pending?: boolean | undefined
  /** Collapsed to a pill with Resume. */
  paused?: boolean
  canBack: boolean
  canSkip: boolean
  /** A short note under the instruction (e.g. cardFilled), already translated. */
  note?: string | undefined
  /** A value for the person to check (e.g. what an endpoint put together points at), with nothing secret in it. */
  preview?: string | undefined
  /** The person decides: one button per choice (already translated) instead of "I've done this". */
  choices?: string[] | undefined
  /** What the page says went wrong (its own words), shown as a warning. */
  problem?: string | undefined
  /** Offer "Go straight there". */
  shortcut?: boolean | undefined
  /** This page's site is not yet the setup's: the button (its words) that makes it so, instead of "I've done this". */
  confirmSite?: string | undefined
  /** The person types an address (their own TestFairy): the field's label, the button's words, what was wrong with the last one. */
  askAddress?: { label: string; submit: string; error?: string | undefined } | undefined
  /** "Do it for me" is doing this step: the card says so and offers Pause, nothing to do by hand. */
  auto?: boolean | undefined
  /** The guided way: the card offers "Do the rest for me". */
  offerAuto?: boolean | undefined
  /** "Do it for me" asks before it creates or sends something: the choices are the person's word on it. */
  confirm?: boolean | undefined
}

export interface CardActions {
  back(): void
  skip(): void
  done(): void
  pause(): void
  resume(): void
  close(): void
  /** Enter pointing mode (the engine answers with pointing: true). */
  pointToIt(): void
  /** The element the person clicked while pointing. */
  pointed(el: Element): void
  cancelPointing(): void
  replace(): void
  keep(): void
  /** The person picked choices[index]. */
  choose(index: number): void
  goStraight(): void
  /** The person confirmed that this page's site is the one to set up. */
  confirmSite(): void
  /** The address the person typed (askAddress), as their own typing left it. */
  submitAddress(value: string): void
  /** "Do the rest for me". */
  auto(): void
}

export interface Overlay {
  update(state: CardState): void
  host: HTMLElement
}

/** Two states that render the same card (the target compared by identity). */
export function sameCardState(a: CardState, b: CardState): boolean {
  return (
    a.instruction === b.instruction &&
    a.step.current === b.step.current &&
    a.step.total === b.step.total &&
    a.step.index === b.step.index &&
    a.target === b.target &&
    a.notFound?.lookFor === b.notFound?.lookFor &&
    (a.notFound === undefined) === (b.notFound === undefined) &&
    !!a.pointing === !!b.pointing &&
    !!a.pointRejected === !!b.pointRejected &&
    a.confirmOverwrite?.current === b.confirmOverwrite?.current &&
    (a.confirmOverwrite === undefined) === (b.confirmOverwrite === undefined) &&
    !!a.paused === !!b.paused &&
    !!a.pending === !!b.pending &&
    a.canBack === b.canBack &&
    a.canSkip === b.canSkip &&
    a.note === b.note &&
    a.preview === b.preview &&
    a.problem === b.problem &&
    !!a.shortcut === !!b.shortcut &&
    a.confirmSite === b.confirmSite &&
    a.askAddress?.label === b.askAddress?.label &&
    a.askAddress?.submit === b.askAddress?.submit &&
    a.askAddress?.error === b.askAddress?.error &&
    (a.askAddress === undefined) === (b.askAddress === undefined) &&
    !!a.auto === !!b.auto &&
    !!a.offerAuto === !!b.offerAuto &&
    !!a.confirm === !!b.confirm &&
    (a.choices ?? []).join('\u0000') === (b.choices ?? []).join('\u0000')
  )
}
