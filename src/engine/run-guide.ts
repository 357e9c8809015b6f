// The engine: runs the current step of any flow on this page. It knows nothing of TestFairy or Centercode;
// what it needs from the extension (progress, values, words) comes through a GuideHost.
import { neverUse } from './auto/never-use'
import { press, reach, strangeDialog } from './auto/press'
import type { AutoStopReason } from './auto/stop-reasons'
import { cssPathOf } from './css-path'
import { byPerson } from './overlay/by-person'
import { fillText, flash, readValue, selectOption, setChecked, type FillOutcome } from './fill'
import { findTarget, matchAll, type FinderOutcome } from './find'
import { mayChange } from './find/may-change'
import { onUrlChange } from './navigation'
import { mountOverlay, type CardActions, type CardState, type Overlay, type Translate } from './overlay'
import { findUnique, isGone, pageMatches, pathMatches } from './page-match'
import { lostWork, reopenFrom, retraceFinders } from './retrace'
import { mayBeSentAhead, sentAhead } from './sent-ahead'
import { showsDone, standing, standingFinders } from './standing'
import { stepCount } from './step-count'
import { isPlausibleTarget, resolvePointed } from './plausible-target'
import { realOptions } from './select-choices'
import type { Action, Completion, Finder, Flow, Step, TextMatch, ValueRef } from './step'
import { delay, waitFor } from './wait-for'

export interface GuideState {
  flow: Flow
  stepIndex: number
  paused: boolean
  /** Why the guide is at a step (a message key), said on that step's card. */
  notice?: { message: string; step: number } | undefined
  /** The origins the setup is bound to (the engine does not read them; the host's placeOf does). */
  community?: string | undefined
  testfairy?: string | undefined
  /** This step's dashboard cannot do the setup at all (a step's `unavailable` with `forget`): why, a message key. */
  cannot?: { message: string; step: number } | undefined
  /** The step whose form the person sent (its button's step, still current until the page shows it taken). */
  sent?: number | undefined
  /** "Do it for me": the extension does the steps itself, and asks the person only what it creates or sends. */
  auto?: boolean | undefined
}

/**
 * What this page is to the setup: one of its own ('ours'), one of its site that the person may make its own
 * (TestFairy before phase 3 is bound: 'confirm'), or another ('elsewhere': the guide shows nothing).
 */
export type PagePlace = 'ours' | 'confirm' | 'elsewhere'

/** 'auto': "Do the rest for me"; 'manual': the guided way again, from this step (with a message key saying why). */
export type GuideCommand = 'advance' | 'back' | 'skip' | 'pause' | 'resume' | 'auto' | 'manual'

/** What became of a value read from the page: kept, or refused with words saying why. */
export type ReadResult = { ok: true } | { ok: false; message: string }
/** A value the extension put together, as the person may see it (secrets masked), or why it could not. */
export type ComposeResult = { ok: true; preview: string } | { ok: false; message: string }

export interface GuideHost {
  site: string
  t: Translate
  read(): Promise<GuideState | null>
  /** Calls listener with every new state (from this tab or another), until the signal aborts. */
  subscribe(listener: (state: GuideState | null) => void, signal: AbortSignal): void
  /** What this page is to the setup in this state. */
  placeOf(state: GuideState): PagePlace
  command(command: GuideCommand, from: number, why?: AutoStopReason): Promise<void>
  /**
   * This page shows the setup standing at a later step of its site (standing.ts): go there. False when this
   * tab may not move it (another tab holds the step, and this one is not the one in front).
   */
  go(from: number, to: number): Promise<boolean>
  /** The person confirmed that this page's site is the setup's (see PagePlace 'confirm'). */
  confirmSite(stepIndex: number): Promise<void>
  /** Goes back from the current step to an earlier one of this site whose work the page has lost. */
  retrace(from: number, to: number): Promise<void>
  /** The value the current step fills in (asked for at the moment of filling, never earlier). */
  fillValue(stepIndex: number): Promise<string | null>
  storeReadValue(stepIndex: number, value: string): Promise<ReadResult>
  /** Puts a compose step's value together and keeps it (the test feedback after it proves it); what it points at, for the card. */
  composeValue(stepIndex: number): Promise<ComposeResult>
  /** Sends the extension's test feedback for the current step (again: even if it was sent already); the words say what came back. */
  send(stepIndex: number, again: boolean): Promise<{ ok: boolean; message: string; unsure?: boolean }>
  /** Brings up the current step's site (a tab already on it, or a new one), for a step that is not on this site. */
  openStepSite(): Promise<void>
  /** Opens the TestFairy dashboard the person typed, for a TestFairy step; the words of what is wrong with it, or null. */
  openTestFairy(address: string): Promise<string | null>
  /** Whether a value the current step read is the one its slot holds (true: the extension has moved on). */
  match(stepIndex: number, value: string): Promise<boolean>
  /** The person picked a choice of the current step. */
  choose(stepIndex: number, choice: number): Promise<void>
  pointedSelector(stepId: string): Promise<string | null>
  rememberPointed(stepIndex: number, selector: string): Promise<void>
  recordMiss(stepIndex: number, tried: FinderOutcome[]): Promise<void>
  /** The page shows a dashboard that cannot do the current step at all (its unavailable[variant]): the extension erases what it held for it. */
  cannot(stepIndex: number, variant: number): Promise<void>
  /** The person sent the form of the current step's button: the page it brings came from that. */
  formSent(stepIndex: number): Promise<void>
}

export interface GuideOptions {
  /** How long after the page matches the engine looks before it says it cannot find the target. */
  notFoundAfterMs?: number
}

type Wake = (listener: () => void, signal: AbortSignal) => void

/** A step at work: its page and target found (target null for a step with nothing to point at). */
interface Run<A extends Action = Action> {
  step: Step
  action: A
  index: number
  target: Element | null
  base: CardState
  stepSignal: AbortSignal
  /** the flow's last step */
  last: boolean
  /** the target is now another element (a menu opened on the way to it): what the step's completion watches */
  retarget: (element: Element) => void
}
/** What the engine does for one kind of action; true: its own part is done (what a 'value' completion waits for). */
type Runner<K extends Action['kind']> = (run: Run<Extract<Action, { kind: K }>>) => Promise<boolean>

/**
 * How long the guide looks for a target on its page before it offers "Point to it": about the time a person
 * takes to look for it themselves (the looking goes on after; it only decides when the offer is made).
 */
const notFoundAfterDefaultMs = 3000
/** What the page says went wrong, repeated on the card up to this length: a form's few messages, not a page of text. */
const maxProblemLength = 300
/** "Do it for me": how long each target is spotlit before it is used (a pace a person can follow). */
const autoPaceMs = 700
/**
 * "Do it for me": how long a step may show nothing to do (its page not recognised, its target not found, a click
 * that brought nothing) before the step is handed to the person. It decides only when to stop doing it for them:
 * the guided way then looks on, as it always does.
 */
const autoPatienceMs = 10_000

export function runGuide(host: GuideHost, signal: AbortSignal, options: GuideOptions = {}): void {
  const notFoundAfterMs = options.notFoundAfterMs ?? notFoundAfterDefaultMs
  let overlay: { overlay: Overlay; controller: AbortController } | null = null
  let current: AbortController | null = null
  /** what the card's buttons do for the step on screen */
  let handlers: Partial<CardActions> = {}

  const actions: CardActions = {
    back: () => handlers.back?.(),
    skip: () => handlers.skip?.(),
    done: () => handlers.done?.(),
    pause: () => handlers.pause?.(),
    resume: () => handlers.resume?.(),
    close: () => handlers.pause?.(),
    pointToIt: () => handlers.pointToIt?.(),
    pointed: (el) => handlers.pointed?.(el),
    cancelPointing: () => handlers.cancelPointing?.(),
    replace: () => handlers.replace?.(),
    keep: () => handlers.keep?.(),
    choose: (choice) => handlers.choose?.(choice),
    goStraight: () => handlers.goStraight?.(),
    confirmSite: () => handlers.confirmSite?.(),
    submitAddress: (value) => handlers.submitAddress?.(value),
    auto: () => handlers.auto?.(),
  }
  const ours = (el: Element) => overlay !== null && (el === overlay.overlay.host || overlay.overlay.host.contains(el))
  /** What the page says went wrong, while it says it: added to whatever the card shows. */
  let pageProblem: string | undefined
  /** This page cannot do the step (a variant without it), said: what the card keeps saying for the step. */
  let cannot: CardState | null = null
  let lastShown: CardState | null = null
  /** The person chose to type their TestFairy's address, at this step (and what was wrong with the last one). */
  let askingAddress: { step: number; error?: string } | null = null
  /**
   * This document has not yet shown where the setup stands: it may be a reload that undid steps counted as
   * done. Until it has, each step looks (the setup may move on before the page renders: the page it
   * reloaded may still send its last step).
   */
  let freshPage = true
  /** What the person last pointed at ("Point to it"), to do the click they meant on it. */
  let justPointed: Element | null = null
  /** This page's last step worked: the end of the setup is said here. */
  let finishing = false
  const show = (state: CardState) => {
    if (signal.aborted) return
    if (cannot) state = cannot
    lastShown = state
    if (pageProblem) state = { ...state, problem: pageProblem }
    if (!overlay) {
      const controller = new AbortController()
      signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal })
      overlay = { controller, overlay: mountOverlay({ signal: controller.signal, t: host.t, actions, document }) }
    }
    overlay.overlay.update(state)
  }
  const hide = () => {
    overlay?.controller.abort()
    overlay = null
  }
  /** Wakes a wait on navigation; with `pointer`, also when hovering or focusing may have revealed something (menus). */
  const wakeOn = (pointer: boolean): Wake => (listener, s) => {
    onUrlChange(listener, s, window)
    if (!pointer) return
    for (const type of ['pointerover', 'focusin', 'transitionend', 'animationend']) document.addEventListener(type, listener, { passive: true, signal: s })
  }

  /**
   * The person sent the form the guide was filling, before it reached the form's button (sent-ahead.ts): the
   * step after that button, kept until the setup gets there (the click may fall between two steps' cards).
   */
  let sent: { from: number; to: number } | null = null
  let latest: GuideState | null = null
  // capture phase on the document, as for a step's own click: before the page acts on it (a navigation)
  document.addEventListener('click', (event) => {
    const state = latest
    if (!state || state.paused || !event.isTrusted || !(event.target instanceof Element) || !mayBeSentAhead(state.flow, state.stepIndex)) return
    const to = sentAhead(state.flow, state.stepIndex, document, event.target, ours)
    if (to === null) return
    sent = { from: state.stepIndex, to }
    void host.go(state.stepIndex, to)
  }, { capture: true, signal })

  /** The step "Do it for me" is doing on this page, or null; the last step of its site this page ran. */
  let autoAt: number | null = null
  let ranHere: number | null = null
  /** "Do it for me" opened the other site from this page, at the hand-over after this (its last) step here. */
  let openedFor: number | null = null
  /** Form buttons whose creation the person confirmed with a choice on the same form (a team picked to create the source). */
  const confirmedAhead = new Set<number>()
  let patience: ReturnType<typeof setTimeout> | undefined
  /** The engine is pressing a target itself: the events it makes are not the person's. */
  let pressing = false
  /** Hands the current step to the person: the guided way again, the card saying why. */
  const stopAuto = (why: AutoStopReason) => {
    clearTimeout(patience)
    // a form's choice said yes to its creation for "Do it for me" only
    confirmedAhead.clear()
    if (autoAt === null) return false
    void host.command('manual', autoAt, why)
    autoAt = null
    return false
  }
  // The person takes over by using the page (a press, a key): the guide follows them. Escape, wherever the keyboard
  // is (the engine put it on its target), pauses at once, and closes no page dialog on the way.
  for (const type of ['pointerdown', 'keydown']) {
    document.addEventListener(type, (event) => {
      if (autoAt === null || pressing || !byPerson(event) || (event.target instanceof Element && ours(event.target))) return
      if ((event as KeyboardEvent).key !== 'Escape') return stopAuto('autoTakenOver')
      event.preventDefault()
      clearTimeout(patience)
      void host.command('pause', autoAt)
      autoAt = null
    }, { capture: true, signal })
  }

  const start = (state: GuideState | null) => {
    latest = state
    autoAt = null
    clearTimeout(patience)
    if (sent && (!state || state.stepIndex < sent.from || state.stepIndex >= sent.to)) sent = null
    current?.abort()
    const controller = new AbortController()
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal })
    current = controller
    handlers = {}
    pageProblem = undefined
    cannot = null
    runStep(state, controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted) throw error
    })
  }

  async function runStep(state: GuideState | null, stepSignal: AbortSignal): Promise<void> {
    const index = state?.stepIndex ?? 0
    const step = state?.flow.steps[index]
    if (state && !step && finishing && index === state.flow.steps.length) return allSet(state)
    if (!state || !step) return hide()
    const place = host.placeOf(state)
    if (place === 'elsewhere') return hide()
    if (step.site !== host.site) return handOver(state, step)
    if (place === 'confirm') return askToConfirm(state, index)
    const command = (name: GuideCommand) => void host.command(name, index)
    const auto = state.auto === true && !state.paused
    ranHere = index
    handlers = {
      back: () => command('back'),
      skip: () => command('skip'),
      done: () => command('advance'),
      pause: () => command('pause'),
      resume: () => command('resume'),
      auto: () => command('auto'),
    }
    const base: CardState = {
      instruction: host.t(step.message, step.messageArgs),
      ...noticeOf(state),
      step: { ...stepCount(state.flow, index), index },
      target: null,
      // a card that only tells (the end of a phase) has nothing to go back to
      canBack: !auto && index > 0 && step.action.kind !== 'acknowledge',
      canSkip: !auto && step.optional === true,
      ...(step.shortcut && !auto ? { shortcut: true } : {}),
      ...(auto ? { auto: true } : { offerAuto: true }),
    }
    const { shortcut } = step
    if (shortcut) handlers.goStraight = () => window.location.assign(new URL(shortcut, window.location.origin).href)
    if (state.paused) return show({ ...base, paused: true })
    // a dashboard that cannot do the setup at all, told already: said on every page of it, nothing more done there
    if (state.cannot?.step === index) return show({ ...base, instruction: host.t(state.cannot.message), canBack: false, canSkip: false, choices: [] })
    // "Do it for me" passes over what a later step proves (one test feedback, at the end)
    if (auto && step.autoSkip) return command('skip')
    if (auto) {
      autoAt = index
      waitOn(step, stepSignal)
    }

    const wake = wakeOn(false)
    // The person sent the form while the guide was on its way to its button: past it.
    if (sent && (await host.go(index, sent.to))) return
    if (stepSignal.aborted) return
    // The page may show the person further on already (their own way, or a bookmark): go there first.
    const at = standing(state.flow, index, document, ours)
    if (at !== index && (await moveTo(index, at))) return
    if (stepSignal.aborted) return
    // A step only some pages have: nothing is said of it (nor offered) until it shows; it may never.
    // (with a target still to find, the card waits out of sight a moment: it would sit where the target comes)
    show(step.ifPresent && step.target ? { ...base, instruction: host.t('cardLooking'), choices: [], pending: true } : step.target ? { ...base, pending: true } : base)
    if (freshPage) void retraceLostWork(state, index, stepSignal, wake)
    void followStanding(state, index, stepSignal)
    if (step.problems) void watchProblems(step.problems, stepSignal)
    // Completion is watched from the start, on any page: a click that navigated away, or content that
    // renders late, may show the step done before (or without) its page and target ever matching here.
    let target: Element | null = null
    let markActed = () => {}
    const acted = new Promise<void>((resolve) => (markActed = resolve))
    const done = completion(step, () => target, acted, stepSignal, wake)
    // a form's button: the form sent is told, so the page it brings is not taken for one that lost the form
    if (step.done.some((d) => d.kind === 'gone' && !d.target)) void sentForm(() => target, stepSignal).then(() => host.formSent(index))
    void (async () => {
      await waitFor(() => pageMatches(step.page, document, ours) || null, { signal: stepSignal, wake, changes: mayChange(step.page.when ?? []) })
      if (step.target) target = await findTargetOrAsk(step, index, base, stepSignal)
      const retarget = (element: Element) => (target = element)
      const run: Run = { step, action: step.action, index, target, base, stepSignal, last: index === state.flow.steps.length - 1, retarget }
      const ok = await (autoAt === index ? autoRun(run, state.flow) : (runners[step.action.kind] as Runner<Action['kind']>)(run))
      if (ok) markActed()
    })().catch(() => undefined)
    await done
    command('advance')
  }

  /** What a page still loading says of itself (WAI-ARIA's aria-busy): its content may not be there yet. */
  const busy = { by: 'css', selector: '[aria-busy="true"]' } as const

  /**
   * On a page just loaded: goes back to the earliest step whose work the page lost, as soon as the page shows
   * it: the step's page and target shown with a field it emptied or a box it reset, or (a step that lives in
   * something a click opened, `page.when`) that click's target shown without what it opened (a dialog the
   * reload closed). A page that renders the opener first and the form late is met at the form again by
   * `followStanding`; no timer decides it.
   */
  async function retraceLostWork(state: GuideState, index: number, stepSignal: AbortSignal, wake: Wake): Promise<void> {
    const step = state.flow.steps[index]!
    const { when } = step.page
    const to = await waitFor<{ to: number | null }>(() => {
      if (pageMatches(step.page, document, ours)) return !step.target || findUnique(document, step.target, ours) ? { to: lostWork(state.flow, index, document, ours) } : null
      // the page the step's form sent brought (not the form again, its errors said): no reload, it lost nothing,
      // now or at the steps after (its menus, the way back, may come before its content)
      if (state.sent === index) return { to: null }
      // a page that shows the step done, or the setup further on (a form sent, its list with the saved banner),
      // lost nothing: its completion and followStanding take it on
      if (showsDone(state.flow, index, document, ours) || standing(state.flow, index, document, ours) !== index) return { to: null }
      // what a click opened is gone only from a page done loading: one that says it is still busy (aria-busy) may
      // show its menus, the way back, before the content that shows the setup further on
      const reopen = when && !document.querySelector(busy.selector) ? reopenFrom(state.flow, index, document, ours) : null
      return reopen === null ? null : { to: reopen }
    }, { signal: stepSignal, wake, changes: mayChange([...retraceFinders(state.flow, index), busy]) }).catch(() => null)
    if (stepSignal.aborted || !to) return
    freshPage = false
    if (to.to === null) return
    await host.retrace(index, to.to)
  }

  /**
   * Moves the setup on whenever the page comes to show it further on: the person's own clicks, a menu they
   * know, a form they submitted. Tried again when this tab comes to the front, if another tab held the step.
   */
  async function followStanding(state: GuideState, index: number, stepSignal: AbortSignal): Promise<void> {
    const finders = standingFinders(state.flow, index).filter((sign): sign is Finder => sign.by !== 'url')
    const wake: Wake = (listener, s) => {
      onUrlChange(listener, s, window)
      document.addEventListener('visibilitychange', listener, { signal: s })
      window.addEventListener('focus', listener, { signal: s })
    }
    for (;;) {
      const to = await waitFor(() => {
        const at = standing(state.flow, index, document, ours)
        return at !== index ? at : null
      }, { signal: stepSignal, wake, changes: mayChange(finders), afterChange: true }).catch(() => null)
      if (to === null || (await moveTo(index, to))) return
    }
  }

  /** To where the page shows the setup stands: on, or back to an earlier form the person opened. */
  async function moveTo(from: number, to: number): Promise<boolean> {
    if (to > from) return host.go(from, to)
    await host.retrace(from, to)
    return true
  }

  /** The setup done, on the page that did its last step: what came back, and a button to put the card away. */
  function allSet(state: GuideState): void {
    finishing = false
    handlers = { choose: hide, pause: hide }
    const total = state.flow.steps.length
    show({ instruction: host.t('cardAllSet'), ...noticeOf(state), step: { ...stepCount(state.flow, total), index: total }, target: null, canBack: false, canSkip: false, choices: [host.t('cardGotIt')] })
  }

  /** The card's word on why the guide is at this step, while it is there. */
  function noticeOf(state: GuideState): { note?: string } {
    return state.notice?.step === state.stepIndex ? { note: host.t(state.notice.message) } : {}
  }

  /**
   * The setup goes on on the other site: say so, and offer to go there (paused: only the pill). TestFairy, while
   * the setup knows no dashboard of the person's: which one (app.testfairy.com, or one they type).
   */
  function handOver(state: GuideState, step: Step): void {
    const site = host.t(`site_${step.site}`)
    const which = step.site === 'testfairy' && !state.testfairy
    const base: CardState = {
      instruction: host.t(which ? 'cardWhichTestFairy' : 'cardContinueOn', [site]),
      step: { ...stepCount(state.flow, state.stepIndex), index: state.stepIndex },
      target: null,
      canBack: false,
      canSkip: false,
      ...noticeOf(state),
    }
    // the person asked to type the address: kept while the step is current, whatever else re-renders the card
    const again = (asking: { error?: string }) => {
      askingAddress = { step: state.stepIndex, ...asking }
      handOver(state, step)
    }
    handlers = {
      choose: (choice) => (choice === 1 ? again({}) : void host.openStepSite()),
      pause: () => void host.command('pause', state.stepIndex),
      resume: () => void host.command('resume', state.stepIndex),
    }
    if (state.paused) return show({ ...base, paused: true })
    // "Do it for me" goes on to the other site itself, from the page that did the last step here
    const lastHere = state.flow.steps.findLastIndex((s, i) => i < state.stepIndex && s.site === host.site)
    // once per hand-over: each step there moves the setup, and a tab the person closed is theirs to open again
    if (state.auto && ranHere === lastHere && openedFor !== lastHere) {
      openedFor = lastHere
      void host.openStepSite()
    }
    const asking = which && askingAddress?.step === state.stepIndex ? askingAddress : null
    if (!asking) return show({ ...base, choices: [host.t('cardOpenSite', [site]), ...(which ? [host.t('cardOwnTestFairy')] : [])] })
    handlers.submitAddress = (address) =>
      void host.openTestFairy(address).then((error) => {
        if (error) again({ error })
      })
    show({ ...base, askAddress: { label: host.t('cardTestFairyAddress'), submit: host.t('cardOpenIt'), error: asking.error } })
  }

  /** A page of the step's site that the setup is not bound to: the person says whether it is theirs. */
  function askToConfirm(state: GuideState, index: number): void {
    const site = host.t(`site_${host.site}`)
    handlers = {
      confirmSite: () => void host.confirmSite(index),
      pause: () => void host.command('pause', index),
      resume: () => void host.command('resume', index),
    }
    show({
      instruction: host.t('cardConfirmSite', [window.location.host, site]),
      step: { ...stepCount(state.flow, index), index },
      target: null,
      canBack: false,
      canSkip: false,
      ...(state.paused ? { paused: true } : { confirmSite: host.t('cardUseThisSite', [site]) }),
    })
  }

  /** Keeps the spotlight on the first finder that matches, as menus open and pages change. */
  async function follow(step: Step, shown: Element | null, stepSignal: AbortSignal, onChange: (el: Element) => void): Promise<void> {
    // `shown` was just found on the page as it is: only a change can bring a better one
    const finders = step.target ?? []
    for (;;) {
      const next = await waitFor(() => {
        const best = findUnique(document, finders, ours)
        return best && best !== shown ? best : null
      }, { signal: stepSignal, wake: wakeOn(true), changes: mayChange(finders), afterChange: true }).catch(() => null)
      if (!next) return
      shown = next
      onChange(next)
    }
  }

  async function findTargetOrAsk(step: Step, index: number, base: CardState, stepSignal: AbortSignal, problem?: string): Promise<Element> {
    const remembered = problem ? null : await host.pointedSelector(step.id)
    // the step's own finders first: what the person once pointed at is the last resort, not a way round them
    const finders: Finder[] = [...(step.target ?? []), ...(remembered ? [{ by: 'css', selector: remembered } as const] : [])]
    // Looking goes on while the person is asked; whichever comes first ends both.
    const looking = new AbortController()
    stepSignal.addEventListener('abort', () => looking.abort(), { once: true, signal: looking.signal })
    // a step that ended while its page was matched (it was complete on arrival): nothing to look for, nothing left watching
    if (stepSignal.aborted) looking.abort()
    const unavailable = problem ? [] : (step.unavailable ?? [])
    /** The first known variant that cannot do this step that the page is, or -1. */
    const variant = () => unavailable.findIndex((u) => findUnique(document, u.when, ours) && !findUnique(document, u.without ?? finders, ours))
    /** What a change must touch to find the target, or to make the page one of those variants. */
    const lookedFor = mayChange([...finders, ...unavailable.flatMap((u) => [...u.when, ...(u.without ?? [])])])
    const found = problem
      ? new Promise<Element>(() => undefined)
      : waitFor(() => (variant() >= 0 ? null : findUnique(document, finders, ours)), {
          signal: looking.signal,
          wake: wakeOn(step.action.kind === 'click'),
          changes: lookedFor,
        })
    // a known variant of the page that cannot do this step: said as soon as the page shows it (even after a way
    // there was spotlit: its content may come later than its menus), no way on offered
    if (unavailable.length) {
      void waitFor(() => {
        const told = variant()
        return told >= 0 ? { told } : null
      }, { signal: stepSignal, wake: wakeOn(false), changes: lookedFor }).then(
        ({ told }) => {
          const variantTold = unavailable[told]!
          // kept for the step: a way there that shows later (a menu under the resting pointer) does not cover it
          cannot = { ...base, instruction: host.t(variantTold.message), choices: [] }
          show(cannot)
          // what the extension held for it erased first, then "Do it for me" stopped (the erasing moves the setup's
          // record, which starts this step again: the stop is told for the step it was doing)
          const doing = autoAt
          clearTimeout(patience)
          autoAt = null
          void (variantTold.forget ? host.cannot(index, told) : Promise.resolve()).then(() => {
            if (doing !== null) void host.command('manual', doing, 'autoStoppedCannot')
          })
        },
        () => undefined,
      )
    }
    const pointed = new Promise<Element>((resolve) => {
      // a step only some pages have is never asked for: where its page shows without it, it is passed (standing.ts)
      if (!problem && step.ifPresent) return
      void delay(problem ? 0 : notFoundAfterMs, looking.signal).then(() => {
        // the variant that cannot do it, said already: no "Point to it" over it; nor while doing it for the person
        if (variant() >= 0 || autoAt === index) return
        // never "not found" without a look at the page as it is now: a check the budget held back on a busy
        // machine, or a change the observer was not told of, may have left the target unseen until this moment
        const there = problem ? null : findUnique(document, finders, ours)
        if (there) return resolve(there)
        if (!problem) {
          const tried = finders.map((finder) => ({ finder, count: findTarget(document, [finder], { ignore: ours }).tried[0]?.count ?? 0 }))
          void host.recordMiss(index, tried)
        }
        const lookFor = problem ?? host.t(step.lookFor ?? step.message, step.lookFor ? undefined : step.messageArgs)
        const notFound = { ...base, notFound: { lookFor } }
        show(notFound)
        handlers.pointToIt = () => show({ ...notFound, pointing: true })
        handlers.cancelPointing = () => show(notFound)
        handlers.pointed = (clicked) => {
          const element = resolvePointed(clicked, step.action)
          if (!element || !isPlausibleTarget(element, step.action)) return show({ ...notFound, pointing: true, pointRejected: true })
          const selector = cssPathOf(element)
          if (selector) void host.rememberPointed(index, selector)
          justPointed = element
          resolve(element)
        }
      }, () => undefined)
    })
    try {
      return await Promise.race([found, pointed])
    } finally {
      looking.abort()
      delete handlers.pointToIt
      delete handlers.cancelPointing
      delete handlers.pointed
    }
  }

  /** Reads the target into its slot; a value the extension refuses gets said, and the person may point at the right one. */
  async function readInto(step: Step, index: number, target: Element | null, base: CardState, stepSignal: AbortSignal): Promise<boolean> {
    let element = target
    while (element) {
      const value = readValue(element)
      const result: ReadResult = value ? await host.storeReadValue(index, value) : { ok: false, message: host.t(step.lookFor ?? step.message) }
      if (stepSignal.aborted) return false
      if (result.ok) {
        show({ ...base, target: element, note: host.t('cardRead') })
        return true
      }
      element = await findTargetOrAsk(step, index, base, stepSignal, result.message)
      show({ ...base, target: element })
    }
    return false
  }

  /**
   * Asks whether what the target shows is the value held; the extension moves on when it is. Another value: the
   * person decides (the step's choices), or, with none, the engine looks again whenever the page changes.
   */
  async function matchHeld({ step, action, index, target, base, stepSignal }: Run<Extract<Action, { kind: 'match' }>>): Promise<void> {
    const different = action.different
    let element = target
    while (element) {
      const seen = element
      const value = readValue(seen)
      if (value && (await host.match(index, value))) return
      if (stepSignal.aborted) return
      if (different) {
        handlers.choose = (choice) => void host.choose(index, choice)
        return show({ ...base, target: seen, choices: different.map((c) => host.t(c.message)) })
      }
      element = await waitFor(() => {
        const next = findUnique(document, step.target, ours)
        return next && (next !== seen || readValue(next) !== value) ? next : null
      }, { signal: stepSignal, wake: wakeOn(false) })
      show({ ...base, target: element })
    }
  }

  /** Shows the step's card on its target, before the engine acts there. */
  function spotlit<R extends Run>(run: R): R {
    show({ ...run.base, target: run.target })
    return run
  }

  /**
   * "Do it for me" waits on a step: past its patience with nothing done (the page not recognised, the target not
   * found or not unique, a click that brought nothing), the step is handed to the person, saying why.
   */
  function waitOn(step: Step, stepSignal: AbortSignal): void {
    clearTimeout(patience)
    if (stepSignal.aborted || autoAt === null) return
    patience = setTimeout(() => {
      // a tab in the background is not where the person looks: it waits to be in front
      if (document.visibilityState === 'hidden') return waitOn(step, stepSignal)
      stopAuto(!pageMatches(step.page, document, ours) ? 'autoStoppedPage' : step.target && !findUnique(document, step.target, ours) ? 'autoStoppedNotFound' : 'autoStoppedStuck')
    }, autoPatienceMs)
  }

  /** A moment for the person to see what is spotlit, in the tab in front; false once the step is over or handed back. */
  async function pace(index: number, stepSignal: AbortSignal): Promise<boolean> {
    await delay(autoPaceMs, stepSignal)
    await waitFor(() => document.visibilityState !== 'hidden' || null, { signal: stepSignal, wake: (listener, s) => document.addEventListener('visibilitychange', listener, { signal: s }) })
    return autoAt === index && !stepSignal.aborted
  }

  /** What a confirmation says: the page's host, the community's, then the step's own words. */
  function confirmWords(step: Step): string {
    const community = latest?.community ? new URL(latest.community).host : ''
    return host.t(step.confirm!.message, [window.location.host, community, ...(step.confirm!.args ?? [])])
  }

  /**
   * Asks the person before a step that creates or sends (`about`: the step whose confirmation it is); the choice
   * they made (the one "yes", or one of `choices`), or null: their "I'll do it myself" hands the step over.
   */
  async function confirmed({ step, base, target, stepSignal }: Run, about = step, choices = [host.t(about.confirm!.yes)], note?: string): Promise<number | null> {
    clearTimeout(patience)
    const choice = await new Promise<number>((resolve) => {
      handlers.choose = resolve
      show({ ...base, target, instruction: confirmWords(about), note, choices: [...choices, host.t('autoMyself')], confirm: true })
    })
    if (choice < choices.length) {
      waitOn(step, stepSignal)
      return choice
    }
    stopAuto('autoDeclined')
    return null
  }

  /** The steps "Do it for me" does itself, each after a moment spotlit; what the person decides stays theirs. */
  async function autoRun(run: Run, flow: Flow): Promise<boolean> {
    const { step, action, index, target, base, stepSignal } = run
    if (action.kind === 'click') return autoClick(run as Run<Extract<Action, { kind: 'click' }>>)
    // the person decides: nothing to wait on
    if (action.kind === 'choose') clearTimeout(patience)
    if (action.kind === 'choose' || action.kind === 'match') return (runners[action.kind] as Runner<Action['kind']>)(run)
    show({ ...base, target })
    if (!(await pace(index, stepSignal))) return false
    if (action.kind === 'acknowledge') {
      void host.command('advance', index)
      return false
    }
    if (step.confirm && (await confirmed(run)) === null) return false
    if (action.kind === 'select' && target instanceof HTMLSelectElement && typeof action.option === 'object' && 'onlyChoice' in action.option) {
      const options = realOptions(target)
      if (options.length > 1 && !options.some((o) => o.selected)) {
        // a choice that is the person's: asked once, on the confirmation of the form it belongs to
        const ahead = confirmAhead(flow, index)
        if (ahead === null) return stopAuto('autoStoppedChoice')
        const picked = await confirmed(run, flow.steps[ahead]!, options.map((o) => o.text), host.t('autoPickToCreate'))
        if (picked === null) return false
        confirmedAhead.add(ahead)
        return settle(selectOption(target, options[picked]!.text), target, base)
      }
    }
    return (runners[action.kind] as Runner<Action['kind']>)(run)
  }

  /** The later step of the same form that asks for confirmation (a choice on the form is asked there), or null. */
  function confirmAhead(flow: Flow, index: number): number | null {
    const form = JSON.stringify(flow.steps[index]!.page)
    for (let i = index + 1; i < flow.steps.length && JSON.stringify(flow.steps[i]!.page) === form; i++) if (flow.steps[i]!.confirm) return i
    return null
  }

  /**
   * Clicks the way to the step's goal as the person would: each target spotlit a moment, then used, as long as
   * the step's finders match exactly it; whatever it opens (a menu) is followed the same way. Never a target
   * whose words say delete, remove, revoke, disable or cancel, nor one behind a dialog the flow does not know.
   */
  async function autoClick(run: Run<Extract<Action, { kind: 'click' }>>): Promise<boolean> {
    const { step, index, base, stepSignal, retarget } = run
    const finders = step.target ?? []
    let target = run.target
    let asked = false
    while (target) {
      show({ ...base, target })
      reach(target)
      if (!(await pace(index, stepSignal))) return false
      const now = findUnique(document, finders, ours)
      if (now !== target) {
        // what the keyboard opened (a menu), or the page changed under it: the best target now, once there is one
        target = now ?? (await waitFor(() => findUnique(document, finders, ours), { signal: stepSignal, wake: wakeOn(true), changes: mayChange(finders) }))
        retarget(target)
        continue
      }
      if (neverUse(target)) return stopAuto('autoStoppedRefused')
      if (strangeDialog(target, document, ours)) return stopAuto('autoStoppedDialog')
      if (step.confirm && !asked && !confirmedAhead.has(index)) {
        if ((await confirmed(run)) === null) return false
        // the page may have changed while the person read: looked at again before it is used
        asked = true
        continue
      }
      waitOn(step, stepSignal)
      const pressed = target
      pressing = true
      try {
        press(pressed)
      } finally {
        pressing = false
      }
      // a menu it opened: its item next; a page it brought: this page's guide ends here
      target = await waitFor(() => {
        const next = findUnique(document, finders, ours)
        return next && next !== pressed ? next : null
      }, { signal: stepSignal, wake: wakeOn(true), changes: mayChange(finders), afterChange: true })
      retarget(target)
    }
    return false
  }

  /** Each kind of action, one runner: the compiler checks every kind has one. */
  const runners: { [K in Action['kind']]: Runner<K> } = {
    click: async ({ step, target, base, stepSignal, retarget }) => {
      show({ ...base, target })
      // the click that answered "Point to it" was meant for the page: once pointing is over, it does it
      if (target && target === justPointed && target instanceof HTMLElement) target.click()
      // The way to a goal may take several clicks (a menu, then its item): the spotlight follows the best target.
      if (step.target) {
        void follow(step, target, stepSignal, (next) => {
          retarget(next)
          show({ ...base, target: next })
        })
      }
      // the person's part is to come
      return false
    },
    // what the engine does itself, on the target it spotlights first (a list the person picks from waits on it)
    fill: (run) => act(spotlit(run)),
    select: (run) => act(spotlit(run)),
    check: (run) => act(spotlit(run)),
    read: (run) => readInto(run.step, run.index, run.target, run.base, spotlit(run).stepSignal),
    compose: (run) => compose(run.index, run.base, spotlit(run).stepSignal),
    choose: async ({ action, index, target, base }) => {
      handlers.choose = (choice) => void host.choose(index, choice)
      show({ ...base, target, choices: action.choices.map((c) => host.t(c.message)) })
      return false
    },
    acknowledge: async ({ index, target, base }) => {
      handlers.choose = () => void host.command('advance', index)
      show({ ...base, target, choices: [host.t('cardGotIt')] })
      return false
    },
    match: (run) => matchHeld(run).then(() => false),
    send: ({ index, base, stepSignal, last }) => sendTest(index, base, stepSignal, false, last).then(() => false),
  }

  /** Has the extension send its test feedback, and says what came back; a failure may be tried again. */
  async function sendTest(index: number, base: CardState, stepSignal: AbortSignal, again: boolean, last: boolean): Promise<void> {
    show({ ...base, note: host.t('cardSending'), choices: [] })
    const answer = await host.send(index, again)
    if (stepSignal.aborted) return
    const advance = () => void host.command('advance', index)
    // it works: the setup goes on by itself, and the next card (or the last) says so
    if (answer.ok) {
      show({ ...base, note: answer.message, choices: [] })
      finishing = last
      return advance()
    }
    const retry = () => void sendTest(index, base, stepSignal, true, last)
    // unsure (the answer was lost, it may well have arrived): the person looks, and goes on or sends again
    const choices: [string, () => void][] = answer.ok ? [['cardGotIt', advance]] : answer.unsure ? [['cardGotIt', advance], ['cardTryAgain', retry]] : [['cardTryAgain', retry]]
    handlers.choose = (choice) => choices[choice]?.[1]()
    show({ ...base, note: answer.message, choices: choices.map(([key]) => host.t(key)) })
  }

  /** Shows, word for word, what the page says went wrong (a form's errors) for as long as it says it. */
  async function watchProblems(finders: Finder[], stepSignal: AbortSignal): Promise<void> {
    const said = () => {
      const texts = finders.flatMap((finder) => matchAll(document, finder, { ignore: ours }).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim()))
      return [...new Set(texts.filter((text) => text !== ''))].join(' ').slice(0, maxProblemLength)
    }
    let shown = ''
    for (;;) {
      // one scan of the page per check, and only for changes that could touch what the page says
      const now = await waitFor(() => {
        const text = said()
        return text !== shown ? text : null
      }, { signal: stepSignal, wake: wakeOn(false), changes: mayChange(finders) }).catch(() => null)
      if (now === null) return
      shown = now
      pageProblem = now || undefined
      if (now) stopAuto('autoStoppedProblem')
      if (lastShown) show(lastShown)
    }
  }

  /** Puts the value together and shows what it points at (kept: the next step's test feedback proves it). */
  async function compose(index: number, base: CardState, stepSignal: AbortSignal): Promise<boolean> {
    const composed = await host.composeValue(index)
    if (stepSignal.aborted) return false
    // nothing put together: say why, and leave Back (and Pause) to the person
    if (!composed.ok) {
      show({ ...base, note: composed.message, choices: [] })
      return false
    }
    show({ ...base, preview: composed.preview, choices: [], note: host.t('cardRead') })
    return true
  }

  /** Fills, selects or ticks the target; true when the page holds what the step sets. */
  async function act({ action, index, target, base, stepSignal }: Run<Extract<Action, { kind: 'fill' | 'select' | 'check' }>>): Promise<boolean> {
    if (!target) return false
    // A field may be disabled until an earlier choice enables it (Centercode's Status waits for a Team).
    await waitFor(() => !(target as HTMLInputElement).disabled || null, { signal: stepSignal, root: target.parentElement ?? document })
    if (action.kind === 'check') return settle(setChecked(target, action.checked), target, base)
    if (action.kind === 'select' && typeof action.option === 'object' && 'onlyChoice' in action.option) return chooseOnly(target, base, stepSignal)
    const literalOption: TextMatch | null = action.kind === 'select' && !isValueRef(action.option) ? (action.option as TextMatch) : null
    const wanted = literalOption ?? (await host.fillValue(index))
    if (stepSignal.aborted || wanted === null) return false
    const fill = (overwrite: boolean): FillOutcome =>
      action.kind === 'fill' ? fillText(target, String(wanted), { overwrite }) : selectOption(target, wanted, { overwrite })
    const outcome = fill(false)
    if (outcome.status !== 'conflict') return settle(outcome, target, base)
    // The person already typed something else: ask before replacing it.
    const choice = await new Promise<'replace' | 'keep'>((resolve) => {
      handlers.replace = () => resolve('replace')
      handlers.keep = () => resolve('keep')
      show({ ...base, target, confirmOverwrite: { current: outcome.current } })
    })
    if (choice === 'keep') return true
    return settle(fill(true), target, base)
  }

  /** Selects the one real option there is; with several, the person chooses and the engine waits for it. */
  async function chooseOnly(target: Element, base: CardState, stepSignal: AbortSignal): Promise<boolean> {
    if (!(target instanceof HTMLSelectElement)) return false
    const options = realOptions(target)
    if (options.length === 1 && options[0]) return settle(selectOption(target, options[0].text), target, base)
    await waitFor(() => realOptions(target).some((o) => o.selected) || null, {
      signal: stepSignal,
      root: target,
      wake: (listener, s) => target.addEventListener('change', listener, { signal: s }),
    })
    return true
  }

  /** A fill is done when the field holds the value; where the page refused it, the card says so, on the field. */
  function settle(outcome: FillOutcome, target: Element, base: CardState): boolean {
    const ok = outcome.status === 'filled' || outcome.status === 'already'
    if (outcome.status === 'filled') flash(target, signal)
    show({ ...base, target, note: host.t(ok ? 'cardFilled' : outcome.status === 'no-option' ? 'cardNoOption' : 'cardFillRefused') })
    return ok
  }

  function completion(step: Step, target: () => Element | null, acted: Promise<void>, stepSignal: AbortSignal, wake: Wake): Promise<unknown> {
    const waits = step.done.map((done: Completion): Promise<unknown> => {
      switch (done.kind) {
        case 'value':
          return acted
        case 'clicked':
          return clicked(target, stepSignal)
        case 'url':
          return waitFor(() => pathMatches(done.path, document.location) || null, { signal: stepSignal, wake, changes: () => false })
        case 'appears':
          return waitFor(() => findUnique(document, done.target, ours), { signal: stepSignal, wake, changes: mayChange(done.target) })
        case 'gone':
          return waitFor(() => {
            if (done.target) return findUnique(document, done.target, ours) ? null : true
            const element = target()
            return element && isGone(element) ? true : null
          }, { signal: stepSignal, wake })
      }
    })
    return Promise.race(waits)
  }

  /**
   * Resolves when the person's form, the one the step's target (its button) sends, goes to the server as a page
   * load: a submit its page did not take over (a single-page form calls preventDefault, and its button gone
   * says it was sent). Watched as the event leaves the window, after the page's own handlers.
   */
  function sentForm(target: () => Element | null, stepSignal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      window.addEventListener('submit', (event) => {
        const element = target()
        const form = element instanceof HTMLButtonElement || element instanceof HTMLInputElement ? element.form : element?.closest('form')
        if (form && event.target === form && byPerson(event) && !event.defaultPrevented) resolve()
      }, { signal: stepSignal })
    })
  }

  function clicked(target: () => Element | null, stepSignal: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      // capture phase on the document: the page cannot stop it, and it fires before a navigation starts
      document.addEventListener('click', (event) => {
        const element = target()
        if (element && event.target instanceof Node && (event.target === element || element.contains(event.target))) resolve()
      }, { capture: true, signal: stepSignal })
    })
  }

  host.subscribe(start, signal)
  void host.read().then((state) => {
    if (!signal.aborted && current === null) start(state)
  })
}

/** Whether a select step's option names a value to ask for (a literal, a setting, a slot), not a text to match. */
function isValueRef(option: unknown): option is ValueRef {
  return typeof option === 'object' && option !== null && ('literal' in option || 'setting' in option || 'slot' in option)
}
