// A person who follows the written manual (../shared/dashboards.md) with the extension running, and never reads
// the card: they hover and click the dashboards' own menus, links and buttons, as a person sees them, with a real
// mouse at a human pace. They type nothing: where the manual says to fill a field, they wait to see the extension
// fill it (and fail the walk if it does not). Every click lands where the person aims; a click the guide's card
// would take (it covers what they need) fails the walk. A click the page moved away from as it came (the guide
// revealing the next field it fills) is clicked again where the thing is now, as a person who sees nothing happen.
import type { TestPage } from './browser'
import { cardMarkup, overlayHost, readCard } from './guide-page'

/** What the person aims at: an element of `css` whose visible text (or label) is `text`, inside one holding `within`'s text. */
export interface Aim {
  css: string
  text?: string
  /** The visible text begins with this (a link with a description under its name). */
  starts?: string
  within?: { css: string; text: string }
}

export interface PersonOptions {
  /** How long the person takes before each action, in ms (0: acts as soon as the page lets them). */
  pauseMs: number
  /** How long they wait to see a thing they look for (it renders late), or to see a field filled. */
  patienceMs?: number
  log?: (line: string) => void
}

export interface Person {
  clicks: number
  keystrokes: number
  /** Addresses typed into the browser's own address bar (not into a page: no keystroke the extension could save). */
  addresses: number
  /** The guide's card (its markup, '' where none showed) each time the person saw a secret on the page (`see`). */
  cards: string[]
  /** Types an address into the address bar: a page they know the way to (a bookmark, a link someone sent). */
  open(page: TestPage, url: string): Promise<void>
  hover(page: TestPage, aim: Aim): Promise<void>
  click(page: TestPage, aim: Aim): Promise<void>
  /** Picks an option of a list the extension cannot choose for them (which of several teams): open it, pick (two clicks). */
  pick(page: TestPage, css: string, value: string): Promise<void>
  /** Waits, as the person watching the form, until the extension filled the field (text, a choice, a tick). */
  seeFilled(page: TestPage, css: string, what: string): Promise<void>
  /**
   * Waits until the page shows something (the new key, the saved source's endpoint); with `reads`, then looks
   * at it a moment, as at a secret the page says is shown only once.
   */
  see(page: TestPage, aim: Aim, what: string, how?: { reads: true }): Promise<void>
}

/** The quickest a person acts again after a click: the least any human takes to see what it did. */
const reactionMs = 150
/** How long what a person aims at must stay put before they click it: about one look. */
const steadyMs = 100
/**
 * The least a person looks at a secret the page shows only there (a new API key, shown once; an endpoint shown
 * only on the form, not once saved): the manual's reader copies it (the endpoint some communities show needs
 * the key). Leaving at once, a few hundred ms after it shows, is no person's pace, and a guide busy on a loaded
 * machine may not have read it yet (the card then asks for a new key).
 */
const readingMs = 1000

interface Located {
  x: number
  y: number
  /** What a click at the point would land on, when it is not the element aimed at: the guide's card, or another element. */
  blockedBy: string | null
}

/**
 * Finds the element in the page, scrolled into view, and what is on top at its centre; with `watch`, marks it to
 * tell whether the next click lands in it (see `missed`). Runs in the page.
 */
function locate(arg: { aim: Aim; host: string; watch?: boolean }): Located | null {
  const { aim, host } = arg
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()
  const scopes: ParentNode[] = aim.within
    ? [...document.querySelectorAll(aim.within.css)].filter((el) => norm(el.textContent).includes(aim.within!.text))
    : [document]
  for (const scope of scopes) {
    for (const el of scope.querySelectorAll<HTMLElement>(aim.css)) {
      const name = norm(el.textContent) || norm(el.getAttribute('aria-label')) || norm((el as HTMLInputElement).value)
      if (aim.text !== undefined && name !== aim.text) continue
      if (aim.starts !== undefined && !name.startsWith(aim.starts)) continue
      if (!el.checkVisibility()) continue
      el.scrollIntoView({ block: 'nearest', inline: 'nearest' })
      // a link that wraps over two lines: its first line (the middle of the whole may be outside it)
      const box = el.getClientRects()[0] ?? el.getBoundingClientRect()
      if (box.width === 0 || box.height === 0) continue
      const x = box.left + box.width / 2
      const y = box.top + box.height / 2
      const hit = document.elementFromPoint(x, y)
      const blockedBy = !hit || el === hit || el.contains(hit) || hit.contains(el) ? null : hit.closest(host) ? 'the guide’s card' : `<${hit.tagName.toLowerCase()} class="${hit.className}">`
      if (arg.watch) {
        const mark = window as unknown as { __personHit?: boolean; __personClick?: string }
        mark.__personHit = false
        mark.__personClick = 'no click event'
        // in it: on it or inside it, or on what holds it where the point is within its box (a part that takes no
        // pointer events); the holder beside it (a Submit's row, the page moved under the click) is a miss
        document.addEventListener('click', (event) => {
          const at = el.getBoundingClientRect()
          const within = event.clientX >= at.left && event.clientX <= at.right && event.clientY >= at.top && event.clientY <= at.bottom
          mark.__personHit = event.target instanceof Node && (el.contains(event.target) || (event.target.contains(el) && within))
        }, { capture: true, once: true })
        // what the click reached once every listener had it, for a walk that waits in vain after it
        window.addEventListener('click', (event) => {
          const target = event.target as Element | null
          mark.__personClick = `<${target?.tagName?.toLowerCase()} class="${target?.className ?? ''}">${mark.__personHit ? ' (aimed at)' : ' (not aimed at)'}${event.defaultPrevented ? ', default prevented' : ''}`
        }, { once: true })
      }
      return { x, y, blockedBy }
    }
  }
  return null
}

/** Whether the last click missed the element `locate` marked (false on a new page: the click led there). Runs in the page. */
function missed(): boolean {
  return (window as unknown as { __personHit?: boolean }).__personHit === false
}

/** Whether a field holds a value: text typed, an option chosen, a box ticked. Runs in the page. */
function filled(css: string): boolean {
  const el = document.querySelector<HTMLInputElement | HTMLSelectElement>(css)
  if (!el) return false
  if (el instanceof HTMLInputElement && el.type === 'checkbox') return el.checked
  return el.value.trim() !== ''
}

const describeAim = (aim: Aim) => `${aim.text ?? aim.starts ?? aim.css}${aim.within ? ` in ${aim.within.text}` : ''}`

export function person(options: PersonOptions): Person {
  const patienceMs = options.patienceMs ?? 10_000
  const pause = () => new Promise((resolve) => setTimeout(resolve, options.pauseMs))
  const until = async <T>(page: TestPage, look: () => Promise<T | null | false>, what: string): Promise<T> => {
    const deadline = Date.now() + patienceMs
    for (;;) {
      const found = await look().catch(() => null)
      if (found) return found
      if (Date.now() > deadline) {
        await page.screenshot(`/tmp/person-waited-${what.replace(/\W+/g, '-')}.png`).catch(() => undefined)
        const clicked = await page.evaluate(() => (window as unknown as { __personClick?: string }).__personClick).catch(() => undefined)
        throw new Error(`the person waited ${patienceMs} ms for ${what} on ${page.url()}${clicked ? ` (their last click on this page: ${clicked})` : ''}`)
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
  // a person aims at what has stopped moving: the element where it was a moment ago, with the same thing on top
  // (a page still laying out, a card still finding its place)
  const find = (page: TestPage, aim: Aim) =>
    until(page, async () => {
      const first = await page.evaluate(locate, { aim, host: overlayHost })
      if (!first) return null
      await new Promise((resolve) => setTimeout(resolve, steadyMs))
      const then = await page.evaluate(locate, { aim, host: overlayHost })
      return then && then.x === first.x && then.y === first.y && then.blockedBy === first.blockedBy ? then : null
    }, describeAim(aim))
  const me: Person = {
    clicks: 0,
    keystrokes: 0,
    addresses: 0,
    cards: [],
    open: async (page, url) => {
      await pause()
      options.log?.(`person opens ${url}`)
      await page.goto(url)
      me.addresses++
    },
    hover: async (page, aim) => {
      await pause()
      const at = await find(page, aim)
      options.log?.(`person hovers ${describeAim(aim)} on ${page.url()}`)
      await page.hoverAt(at.x, at.y)
    },
    click: async (page, aim) => {
      await pause()
      const at = await find(page, aim)
      if (at.blockedBy) {
        await page.screenshot(`/tmp/person-blocked-${describeAim(aim).replace(/\W+/g, '-')}.png`).catch(() => undefined)
        throw new Error(`the person cannot click ${describeAim(aim)} on ${page.url()}: ${at.blockedBy} is on top of it (card: ${JSON.stringify(await readCard(page).catch(() => null))})`)
      }
      options.log?.(`person clicks ${describeAim(aim)} on ${page.url()}`)
      await page.evaluate(locate, { aim, host: overlayHost, watch: true })
      await page.clickAt(at.x, at.y)
      me.clicks++
      // the page moved under the pointer as they clicked (the guide revealing the field it fills next): they
      // see nothing happened, and click again where it is now (gone with a navigation: it landed)
      if ((await page.evaluate(missed).catch(() => false)) && (await page.evaluate(locate, { aim, host: overlayHost }).catch(() => null))) {
        const again = await find(page, aim)
        options.log?.(`person clicks ${describeAim(aim)} again: the page moved under the first click`)
        await page.clickAt(again.x, again.y)
        me.clicks++
      }
      // what the click starts (a navigation) begins before the person can act again, and they wait for its page
      await new Promise((resolve) => setTimeout(resolve, reactionMs))
      await until(page, () => page.evaluate(() => document.readyState === 'complete'), 'the page to load')
    },
    pick: async (page, css, value) => {
      await pause()
      await until(page, () => page.evaluate((c) => document.querySelector(c) !== null, css), css)
      options.log?.(`person picks ${value} in ${css} on ${page.url()}`)
      await page.select(css, value)
      me.clicks += 2
    },
    seeFilled: async (page, css, what) => {
      await until(page, () => page.evaluate(filled, css), `the extension to fill ${what}`)
    },
    see: async (page, aim, what, how) => {
      await until(page, () => page.evaluate(locate, { aim, host: overlayHost }), what)
      if (how?.reads) await new Promise((resolve) => setTimeout(resolve, readingMs))
      me.cards.push(await cardMarkup(page))
    },
  }
  return me
}
