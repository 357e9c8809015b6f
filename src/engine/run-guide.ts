// The engine: runs the current step of any flow on this page. It knows nothing of TestFairy or Centercode;
// what it needs from the extension (progress, values, words) comes through a GuideHost.
import { fillText, flash, readValue, selectOption, setChecked, type FillOutcome } from './fill'
import { findTarget, type FinderOutcome } from './find'
import { onUrlChange } from './navigation'
import { mountOverlay, type CardActions, type CardState, type Overlay, type Translate } from './overlay'
import { findUnique, isGone, pageMatches, pathMatches } from './page-match'
import { cssPathOf } from './css-path'
import { isPlausibleTarget, resolvePointed } from './plausible-target'
import { isValueRef, type Completion, type Finder, type Flow, type Step, type TextMatch } from './step'
import { delay, waitFor } from './wait-for'

export interface GuideState {
  flow: Flow
  stepIndex: number
  paused: boolean
}

export type GuideCommand = 'advance' | 'back' | 'skip' | 'pause' | 'resume'

export interface GuideHost {
  site: string
  t: Translate
  read(): Promise<GuideState | null>
  /** Calls listener with every new state (from this tab or another), until the signal aborts. */
  subscribe(listener: (state: GuideState | null) => void, signal: AbortSignal): void
  command(command: GuideCommand, from: number): Promise<void>
  /** The value the current step fills in (asked for at the moment of filling, never earlier). */
  fillValue(stepIndex: number): Promise<string | null>
  storeReadValue(stepIndex: number, value: string): Promise<void>
  pointedSelector(stepId: string): Promise<string | null>
  rememberPointed(stepIndex: number, selector: string): Promise<void>
  recordMiss(stepIndex: number, tried: FinderOutcome[]): Promise<void>
}

export interface GuideOptions {
  /** How long after the page matches the engine looks before it says it cannot find the target. */
  notFoundAfterMs?: number
  document?: Document
}

class Cancelled extends Error {}

export function runGuide(host: GuideHost, signal: AbortSignal, options: GuideOptions = {}): void {
  const doc = options.document ?? document
  const notFoundAfterMs = options.notFoundAfterMs ?? 3000
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
  }
  const ours = (el: Element) => overlay !== null && (el === overlay.overlay.host || overlay.overlay.host.contains(el))
  const show = (state: CardState) => {
    if (!overlay) {
      const controller = new AbortController()
      signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal })
      overlay = { controller, overlay: mountOverlay({ signal: controller.signal, t: host.t, actions, document: doc }) }
    }
    overlay.overlay.update(state)
  }
  const hide = () => {
    overlay?.controller.abort()
    overlay = null
  }

  const start = (state: GuideState | null) => {
    current?.abort()
    const controller = new AbortController()
    signal.addEventListener('abort', () => controller.abort(), { once: true, signal: controller.signal })
    current = controller
    handlers = {}
    runStep(state, controller.signal).catch((error: unknown) => {
      if (!controller.signal.aborted && !(error instanceof Cancelled)) throw error
    })
  }

  async function runStep(state: GuideState | null, stepSignal: AbortSignal): Promise<void> {
    const index = state?.stepIndex ?? 0
    const step = state?.flow.steps[index]
    if (!state || !step || step.site !== host.site) return hide()
    const command = (name: GuideCommand) => void host.command(name, index)
    handlers = {
      back: () => command('back'),
      skip: () => command('skip'),
      done: () => command('advance'),
      pause: () => command('pause'),
      resume: () => command('resume'),
    }
    const base: CardState = {
      instruction: host.t(step.message),
      step: { current: index + 1, total: state.flow.steps.length },
      target: null,
      canBack: index > 0,
      canSkip: step.optional === true,
    }
    if (state.paused) return show({ ...base, paused: true })

    const wake = (listener: () => void, s: AbortSignal) => onUrlChange(listener, s, doc.defaultView ?? window)
    show(base)
    await waitFor(() => pageMatches(step.page, doc, ours) || null, { signal: stepSignal, wake })
    // Completed already (e.g. the click navigated here): move on without acting.
    if (completedOnArrival(step, doc, ours)) return command('advance')

    const target = step.target ? await findTargetOrAsk(step, index, base, stepSignal, wake) : null
    show({ ...base, target })
    const acted = await act(step, index, target, base, stepSignal)
    await completion(step, target, acted, stepSignal, wake)
    command('advance')
  }

  async function findTargetOrAsk(
    step: Step,
    index: number,
    base: CardState,
    stepSignal: AbortSignal,
    wake: (listener: () => void, s: AbortSignal) => void,
  ): Promise<Element> {
    const remembered = await host.pointedSelector(step.id)
    const finders: Finder[] = [...(remembered ? [{ by: 'css', selector: remembered } as const] : []), ...(step.target ?? [])]
    // Looking goes on while the person is asked; whichever comes first ends both.
    const looking = new AbortController()
    stepSignal.addEventListener('abort', () => looking.abort(), { once: true, signal: looking.signal })
    const found = waitFor(() => findUnique(doc, finders, ours), { signal: looking.signal, wake })
    const pointed = new Promise<Element>((resolve) => {
      void delay(notFoundAfterMs, looking.signal).then(() => {
        const tried = finders.map((finder) => ({ finder, count: findTarget(doc, [finder], { ignore: ours }).tried[0]?.count ?? 0 }))
        void host.recordMiss(index, tried)
        const lookFor = host.t(step.lookFor ?? step.message)
        const notFound = { ...base, notFound: { lookFor } }
        show(notFound)
        handlers.pointToIt = () => show({ ...notFound, pointing: true })
        handlers.cancelPointing = () => show(notFound)
        handlers.pointed = (clicked) => {
          const element = resolvePointed(clicked, step.action)
          if (!element || !isPlausibleTarget(element, step.action)) return show({ ...notFound, pointing: true, pointRejected: true })
          const selector = cssPathOf(element)
          if (selector) void host.rememberPointed(index, selector)
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

  /** Does the step's action; true when the engine's part succeeded (for a click: the person's part is to come). */
  async function act(step: Step, index: number, target: Element | null, base: CardState, stepSignal: AbortSignal): Promise<boolean> {
    const { action } = step
    if (action.kind === 'click' || !target) return false
    if (action.kind === 'read') {
      const value = readValue(target)
      if (!value) return false
      await host.storeReadValue(index, value)
      return true
    }
    if (action.kind === 'check') return settle(setChecked(target, action.checked), target, base)
    const literalOption: TextMatch | null = action.kind === 'select' && !isValueRef(action.option) ? action.option : null
    const wanted = literalOption ?? (await host.fillValue(index))
    if (stepSignal.aborted) throw new Cancelled()
    if (wanted === null) return false
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

  function settle(outcome: FillOutcome, target: Element, base: CardState): boolean {
    const ok = outcome.status === 'filled' || outcome.status === 'already'
    if (outcome.status === 'filled') flash(target, signal)
    show({ ...base, target, ...(ok ? { note: host.t('cardFilled') } : {}) })
    return ok
  }

  function completion(
    step: Step,
    target: Element | null,
    acted: boolean,
    stepSignal: AbortSignal,
    wake: (listener: () => void, s: AbortSignal) => void,
  ): Promise<unknown> {
    const waits = step.done.map((done: Completion): Promise<unknown> => {
      switch (done.kind) {
        case 'value':
          return acted ? Promise.resolve(true) : new Promise(() => undefined)
        case 'clicked':
          return target ? clicked(target, stepSignal) : new Promise(() => undefined)
        case 'url':
          return waitFor(() => pathMatches(done.path, doc.location) || null, { signal: stepSignal, wake })
        case 'appears':
          return waitFor(() => findUnique(doc, done.target, ours), { signal: stepSignal, wake })
        case 'gone':
          return waitFor(() => {
            if (done.target) return findUnique(doc, done.target, ours) ? null : true
            return target && isGone(target) ? true : null
          }, { signal: stepSignal, wake })
      }
    })
    return Promise.race(waits)
  }

  host.subscribe(start, signal)
  void host.read().then((state) => {
    if (!signal.aborted && current === null) start(state)
  })
}

function completedOnArrival(step: Step, doc: Document, ignore: (el: Element) => boolean): boolean {
  return step.done.some((done) => {
    if (done.kind === 'url') return pathMatches(done.path, doc.location)
    if (done.kind === 'appears') return findUnique(doc, done.target, ignore) !== null
    return false
  })
}

function clicked(target: Element, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // capture phase on the document: the page cannot stop it, and it fires before a navigation starts
    target.ownerDocument.addEventListener('click', (event) => {
      if (event.target instanceof Node && (event.target === target || target.contains(event.target))) resolve()
    }, { capture: true, signal })
  })
}
