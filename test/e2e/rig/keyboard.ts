// A person who uses only the keyboard: the guide key (Alt+Shift+G) to reach what the guide points at, Tab to
// go on from there, Enter to press. What they see is where the focus ring is: on the card's button they want,
// or on the element the spotlight rings.
import { guideKey } from '../../../src/engine/overlay/guide-key'
import type { TestPage } from './browser'

/** The guide key as the rig's press() names it. */
export const guideChord = [guideKey.ctrlKey && 'Control', guideKey.altKey && 'Alt', guideKey.shiftKey && 'Shift', guideKey.metaKey && 'Meta', guideKey.code].filter(Boolean).join('+')

export interface FocusView {
  /** The card's button the keyboard is on (its data-action and data-choice), 'card' for the card itself, or null: not in the card. */
  card: { action: string; choice: string | null } | 'card' | null
  /** The keyboard is on the page element the spotlight rings (same centre, the ring's size). */
  onSpotlight: boolean
  /** What the keyboard is on, for a log line. */
  what: string
}

export function readFocus(page: TestPage): Promise<FocusView> {
  return page.evaluate(() => {
    const root = document.querySelector('tfcc-guide')?.shadowRoot
    let active: Element | null = document.activeElement
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
    const inCard = root?.activeElement ?? null
    const what = active ? `${active.localName}${active.id ? `#${active.id}` : ''} "${(active.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}"` : 'nothing'
    if (inCard) {
      const action = inCard.getAttribute('data-action')
      return { card: action ? { action, choice: inCard.getAttribute('data-choice') } : 'card', onSpotlight: false, what }
    }
    const spot = root?.querySelector('.spotlight:not([hidden])')?.getBoundingClientRect()
    if (!active || active === document.body || !spot || spot.width === 0) return { card: null, onSpotlight: false, what }
    const r = active.getBoundingClientRect()
    const centre = Math.abs(r.left + r.width / 2 - (spot.left + spot.width / 2)) <= 4 && Math.abs(r.top + r.height / 2 - (spot.top + spot.height / 2)) <= 4
    const size = Math.abs(spot.width - r.width) <= 16 && Math.abs(spot.height - r.height) <= 16
    return { card: null, onSpotlight: centre && size, what }
  })
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Presses one of the card's buttons: the guide key, then Tab until the keyboard is on it, then Enter. Returns
 * the keys pressed; throws when the button cannot be reached.
 */
export async function pressCardButton(page: TestPage, action: string, choice?: number): Promise<number> {
  let keys = 0
  const wanted = (focus: FocusView) => typeof focus.card === 'object' && focus.card?.action === action && (choice === undefined || focus.card.choice === String(choice))
  for (let tries = 0; tries < 3; tries++) {
    await page.press(guideChord)
    keys++
    await pause(50)
    for (let tabs = 0; tabs < 10; tabs++) {
      const focus = await readFocus(page)
      if (wanted(focus)) {
        await page.press('Enter')
        return keys + 1
      }
      if (focus.card === null) break // the key went to the page: the card changed meanwhile; again
      await page.press('Tab')
      keys++
    }
  }
  throw new Error(`the keyboard did not reach the card's ${action}${choice === undefined ? '' : ` ${choice}`} button (${(await readFocus(page)).what})`)
}

/**
 * Tabs (or, `backwards`, Shift+Tabs) through a page until the keyboard is on the first element matching
 * `selector`. Returns the keys pressed.
 */
export async function tabTo(page: TestPage, selector: string, options: { max?: number; backwards?: boolean } = {}): Promise<number> {
  const max = options.max ?? 30
  const passed: string[] = []
  for (let keys = 0; keys <= max; keys++) {
    const at = await page.evaluate((s) => {
      const active = document.activeElement
      return { on: active !== null && active === document.querySelector(s), what: active ? `${active.localName}${active.id ? `#${active.id}` : ''}` : 'nothing' }
    }, selector)
    if (at.on) return keys
    passed.push(at.what)
    await page.press(options.backwards ? 'Shift+Tab' : 'Tab')
  }
  throw new Error(`${max} ${options.backwards ? 'Shift+Tabs' : 'Tabs'} did not reach ${selector}; the keyboard went through ${passed.join(' ')}`)
}

/** tabTo, then Enter. */
export async function tabToAndPress(page: TestPage, selector: string, options: { max?: number; backwards?: boolean } = {}): Promise<number> {
  const keys = await tabTo(page, selector, options)
  await page.press('Enter')
  return keys + 1
}

/** The page as a person without a mouse has it: any pointer action is a mistake of the test, and throws. */
export function keyboardOnly(page: TestPage): TestPage {
  const noMouse = (what: string) => () => Promise.reject(new Error(`${what}: this person uses the keyboard alone`))
  return { ...page, click: noMouse('click'), clickAt: noMouse('clickAt'), hoverAt: noMouse('hoverAt'), select: noMouse('select'), type: noMouse('type'), paste: noMouse('paste') }
}
