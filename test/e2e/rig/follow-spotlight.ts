// A person who does only what the guide shows: clicks the element under the spotlight, clicks "I've done
// this" where the step has nothing to point at, picks from a list when the guide asks, and types nothing.
// Or the same with the keyboard alone: the guide key, Tab and Enter (keyboard.ts).
import type { Flow } from '../../../src/engine/step'
import type { TestPage } from './browser'
import { inCard, readCard, type CardView } from './guide-page'
import { guideChord, keyboardOnly, pressCardButton, readFocus, tabTo, tabToAndPress } from './keyboard'

export interface FollowOptions {
  /** The flow being run, to know each step's action. */
  flow: Flow
  /** Current step index, read from the extension's storage. */
  stepIndex: () => Promise<number>
  /** Stop when this step index is reached (or, a function: at the first step it says yes to). */
  until: number | ((index: number) => boolean)
  /**
   * Where the person points when the guide asks "Point to it" (by step id): an element to hover first (to
   * reveal what shows only on hover), then the element to click.
   */
  point?: Record<string, { hover?: string; click: string }>
  /** What the person decides when the card offers choices (choice index by step id; "Got it" needs none). */
  decide?: Record<string, number>
  /** Choices the person makes when the guide asks them to pick (select value by step id). */
  choose?: Record<string, { selector: string; value: string }>
  /**
   * How long the person waits at one step for the guide to move on before they call it stuck (a whole walk is
   * bounded by its test's timeout: under a busy machine's load, a walk of 25 steps may take longer than one
   * stall that tells a stuck guide).
   */
  timeoutMs?: number
  log?: (line: string) => void
  /** More to say when the person is stuck (e.g. the misses the extension recorded). */
  onStuck?: () => Promise<string>
  /** Runs once as each step becomes current, before the person acts on it (a fault to inject, a check); 'stop' ends the following. */
  onStep?: (index: number) => Promise<void | 'stop'>
  /** The person uses the keyboard alone. */
  keyboard?: boolean
}

/** What the person did: every click (a pick from a list counts two: open it, pick) and every key pressed (a chord counts one). */
export interface Effort {
  clicks: number
  keystrokes: number
}

/**
 * After the person acted: until the card or the step changes (what they did took effect), or a quarter of a
 * second passed (it changed nothing yet: they look again). A look every 50 ms, as a person glancing back.
 */
async function untilChange(page: TestPage, stepIndex: () => Promise<number>, card: CardView | null, index: number): Promise<void> {
  const before = JSON.stringify(card)
  const deadline = Date.now() + 250
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    const now = await readCard(page).catch(() => null)
    if (JSON.stringify(now) !== before || (await stepIndex().catch(() => index)) !== index) return
  }
}

export async function followSpotlight(anyPage: TestPage, options: FollowOptions): Promise<Effort> {
  const page = options.keyboard ? keyboardOnly(anyPage) : anyPage
  const effort: Effort = { clicks: 0, keystrokes: 0 }
  // what the person last did and saw, said when they are stuck (with E2E_LOG, said as it happens too)
  const began = Date.now()
  const trail: string[] = []
  const log = (line: string) => {
    trail.push(`${Date.now() - began} ms ${line}`)
    if (trail.length > 12) trail.shift()
    options.log?.(line)
  }
  const hands = options.keyboard ? keyboardHands(page, effort, log) : mouseHands(page, effort, log)
  const stuckAfterMs = options.timeoutMs ?? 90_000
  let lastIndex = -1
  let sameSince = Date.now()
  const { until } = options
  const reached = typeof until === 'number' ? (index: number) => index >= until : until
  for (;;) {
    const index = await options.stepIndex()
    if (reached(index)) return effort
    if (Date.now() - sameSince > stuckAfterMs) {
      await page.screenshot(`/tmp/stuck-${options.flow.steps[index]?.id}.png`).catch(() => undefined)
      throw new Error(
        `stuck at step ${index + 1} (${options.flow.steps[index]?.id}): ${JSON.stringify(await readCard(page))} ${(await options.onStuck?.()) ?? ''}\nwhat the person last did:\n${trail.join('\n')}`,
      )
    }
    if (index !== lastIndex) {
      log(`now at step ${index + 1} ${options.flow.steps[index]?.id} on ${page.url()}`)
      lastIndex = index
      if ((await options.onStep?.(index)) === 'stop') return effort
      sameSince = Date.now()
    }
    const step = options.flow.steps[index]!
    const card = await readCard(page).catch(() => null)
    const pointing = options.point?.[step.id]
    if (card?.pointToIt && pointing) {
      await hands.pointAt(pointing)
      await new Promise((resolve) => setTimeout(resolve, 400))
      continue
    }
    if (card?.pointToIt) throw new Error(`step ${step.id} asks to point: ${card.sub} ${(await options.onStuck?.()) ?? ''}`)
    if (card?.confirmSite) {
      // a TestFairy dashboard other than app.testfairy.com: the person says it is theirs
      log(`step ${index + 1} ${step.id}: "${card.text}" – confirmed`)
      await hands.cardButton('confirm-site').catch(() => undefined)
      await untilChange(page, options.stepIndex, card, index)
      continue
    }
    if (card?.replace) {
      // the field held something else: the person lets the guide replace it
      await hands.cardButton('replace').catch(() => undefined)
      await untilChange(page, options.stepIndex, card, index)
      continue
    }
    // "Got it" on a card that only tells, and on the test feedback's answer
    const decision = options.decide?.[step.id] ?? (step.action.kind === 'acknowledge' || step.action.kind === 'send' ? 0 : undefined)
    const decides = ['choose', 'match', 'acknowledge', 'send'].includes(step.action.kind)
    if (decides && decision !== undefined && card?.step) {
      log(`step ${index + 1} ${step.id}: choice ${decision}`)
      await hands.cardButton('choose', decision).catch(() => undefined)
      await untilChange(page, options.stepIndex, card, index)
      continue
    }
    const choice = options.choose?.[step.id]
    if (choice && Date.now() - sameSince > 500) {
      await hands.pick(choice.selector, choice.value)
    } else if (step.action.kind === 'click' && !step.target && card?.step) {
      log(`step ${index + 1} ${step.id}: "I've done this"`)
      // the card may change under the person's hand (a step passed, a reload retraced): they look again
      await hands.cardButton('done').catch(() => undefined)
    } else if (step.action.kind === 'click' && card?.spotlight) {
      await hands.spotlighted({ ...card, spotlight: card.spotlight }, async () => (await options.stepIndex()) === index, `step ${index + 1} ${step.id}`)
    }
    await untilChange(page, options.stepIndex, card, index)
  }
}

interface Hands {
  /** Presses one of the card's buttons (by data-action, and data-choice for a choice). */
  cardButton(action: string, choice?: number): Promise<void>
  /** Acts on the element the spotlight rings, once the person is sure of it (`current`: the step is still the one). */
  spotlighted(card: CardView & { spotlight: NonNullable<CardView['spotlight']> }, current: () => Promise<boolean>, label: string): Promise<void>
  /** "Point to it", then the element (revealed first by hovering another, or by the keyboard passing through it). */
  pointAt(pointing: { hover?: string; click: string }): Promise<void>
  /** Picks an option of a <select> by its value. */
  pick(selector: string, value: string): Promise<void>
}

/**
 * Whether the page shows the same thing at a point as when last asked (the first look only notes it): the same
 * kind of element in a row of the same words. A row rendered again is the same to a person; another row pushed
 * under the point is not.
 */
function sameUnder(page: TestPage, point: { x: number; y: number }): Promise<boolean> {
  return page
    .evaluate(({ x, y }) => {
      const mark = window as unknown as { __rigUnder?: string }
      const el = document.elementFromPoint(x, y)
      const row = el?.closest('li, tr, [class*="row"]') ?? el
      const now = `${el?.tagName ?? ''} ${(row?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120)}`
      const same = mark.__rigUnder === now
      mark.__rigUnder = now
      return same
    }, point)
    .catch(() => false)
}

/**
 * How long a person who clicked the spotlit thing gives the guide to answer before clicking it again: what they
 * clicked may have answered on the page (a menu opened) while the card, on a busy machine, has not yet moved on.
 * Clicking again then undoes it (the menu closes), and a rig that clicks every few hundred ms can keep a menu
 * shutting for as long as the guide takes more than that to answer (a CI's Firefox, 30 s).
 */
const patienceMs = 2_000

function mouseHands(page: TestPage, effort: Effort, log?: (line: string) => void): Hands {
  let last: { x: number; y: number; at: number; card: string } | undefined
  return {
    async cardButton(action, choice) {
      await page.click(inCard(`button[data-action="${action}"]${choice === undefined ? '' : `[data-choice="${choice}"]`}`))
      effort.clicks++
    },
    async spotlighted(card, current, label) {
      // a person looks before clicking: only a spotlight that stays put, on the same thing (a row that renders
      // late may push another under it), on a step that is still current
      await sameUnder(page, card.spotlight)
      await new Promise((resolve) => setTimeout(resolve, 150))
      const again = await readCard(page).catch(() => null)
      const still = again?.spotlight && Math.abs(again.spotlight.x - card.spotlight.x) < 2 && Math.abs(again.spotlight.y - card.spotlight.y) < 2
      const at = `${Math.round(card.spotlight.x)},${Math.round(card.spotlight.y)}`
      const seen = `${page.url()} ${JSON.stringify(card)}`
      const near = last && Math.abs(last.x - card.spotlight.x) < 2 && Math.abs(last.y - card.spotlight.y) < 2
      if (near && last!.card === seen && Date.now() - last!.at < patienceMs) return // (the page answered, or will)
      if (!still || again.index !== card.index) return log?.(`${label}: the spotlight moved from ${at}`)
      if (!(await sameUnder(page, card.spotlight))) return log?.(`${label}: something else came under ${at}`)
      if (!(await current())) return log?.(`${label}: the step passed`)
      log?.(`${label}: click at ${at} on ${page.url()}`)
      last = { ...card.spotlight, at: Date.now(), card: seen }
      await page.clickAt(card.spotlight.x, card.spotlight.y).then(
        () => effort.clicks++,
        (error: unknown) => log?.(`${label}: the click at ${at} failed: ${String(error)}`),
      )
    },
    async pointAt(pointing) {
      await page.click(inCard('button[data-action="point-to-it"]'))
      effort.clicks++
      const centre = (selector: string) =>
        page.evaluate((s) => {
          const r = document.querySelector(s)?.getBoundingClientRect()
          return r ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null
        }, selector)
      if (pointing.hover) {
        const at = await centre(pointing.hover)
        if (at) await page.hoverAt(at.x, at.y)
        await new Promise((resolve) => setTimeout(resolve, 150))
      }
      const at = await centre(pointing.click)
      if (at) await page.clickAt(at.x, at.y)
      effort.clicks++
    },
    async pick(selector, value) {
      await page.select(selector, value)
      effort.clicks += 2
    },
  }
}

function keyboardHands(page: TestPage, effort: Effort, log?: (line: string) => void): Hands {
  return {
    async cardButton(action, choice) {
      effort.keystrokes += await pressCardButton(page, action, choice)
    },
    async spotlighted(card, current, label) {
      // the guide key takes the keyboard there; Enter once the focus ring and the spotlight are on the same thing
      // (a row may take the keyboard first, and show the link the spotlight then moves to: the key again)
      await page.press(guideChord)
      effort.keystrokes++
      await new Promise((resolve) => setTimeout(resolve, 150))
      const focus = await readFocus(page)
      if (focus.onSpotlight && (await current())) {
        log?.(`${label}: Enter on ${focus.what} on ${page.url()}`)
        await page.press('Enter')
        effort.keystrokes++
      } else {log?.(`${label}: the keyboard is on ${focus.what}, not on the spotlight (card: ${card.text})`)}
    },
    async pointAt(pointing) {
      // Shift+Tab from the card (last in the page's Tab order) back into the page: to what reveals the element
      // (a row shows its Modify while the keyboard is in it), then Tab on to it; Enter picks it
      effort.keystrokes += await pressCardButton(page, 'point-to-it')
      if (pointing.hover) effort.keystrokes += await tabTo(page, pointing.hover, { max: 80, backwards: true })
      effort.keystrokes += await tabToAndPress(page, pointing.click, { max: 80, backwards: !pointing.hover })
    },
    async pick(selector, value) {
      // the guide key takes the keyboard to the list; the arrow keys move through it
      await page.press(guideChord)
      effort.keystrokes++
      for (let keys = 0; keys < 10; keys++) {
        const at = await page.evaluate((s) => (document.activeElement?.matches(s) ? (document.activeElement as HTMLSelectElement).value : null), selector)
        if (at === null) return // not on the list (yet): the next round presses the key again
        if (at === value && keys > 0) return
        if (at === value) {
          // already showing it, never chosen: down and back up, as a person would, to choose it
          await page.press('ArrowDown')
          await page.press('ArrowUp')
          effort.keystrokes += 2
          return
        }
        await page.press('ArrowDown')
        effort.keystrokes++
      }
      throw new Error(`ArrowDown did not reach ${value} in ${selector}`)
    },
  }
}
