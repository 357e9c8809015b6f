// The whole setup as a person does it with the extension: the community's page open, the panel's "Start
// setup", then only what the spotlight shows, across both sites. Shared by the golden path, the fault and
// hostile-page specs, which expect the same outcome (golden-outcome.ts), and by `npm run demo`.
import { siteOf, type Site } from '../../../src/setup/values/sites'
import { testFeedbackText } from '../../../src/setup/values/test-feedback'
import type { Flow } from '../../../src/engine/step'
import type { CentercodeState } from '../../dashboards/centercode/state'
import { servedHosts } from '../../dashboards/hosts'
import { defaultOptions } from '../../dashboards/options'
import type { TestFairyState } from '../../dashboards/testfairy/state'
import { poll, type TestBrowser, type TestPage } from './browser'
import { followSpotlight, type Effort } from './follow-spotlight'
import { cardMarkup, extensionStorage, inCard } from './guide-page'
import { pressCardButton, tabToAndPress } from './keyboard'
import type { Rig } from './rig'

/** What a fault leaves the person with: a browser started again (same profile), or a tab opened again. */
export interface Swap {
  /** The walk goes on in this browser: the person opens the panel again and clicks "Continue setup". */
  browser?: TestBrowser
  /** The walk goes on in this tab, for the site it shows. */
  page?: TestPage
}

export interface WalkOptions {
  /**
   * Runs as each step becomes current, with the tab it runs in (a fault to inject, a check to make). What it
   * returns replaces the browser or a tab the walk goes on with.
   */
  onStep?: (index: number, page: TestPage, flow: Flow, browser: TestBrowser) => Promise<Swap | void>
  /** The person uses the keyboard alone: Tab and Enter in the panel, the guide key, Tab and Enter on the dashboards. */
  keyboard?: boolean
}

export interface Walk {
  effort: Effort
  panel: TestPage
  /** Every dashboard tab and panel the walk used (of every browser run), for what they printed. */
  pages: TestPage[]
  /** The card's markup as each step began, on the tab it ran in: nothing secret may ever be in it. */
  cards: string[]
  storage: ReturnType<typeof extensionStorage>
  flow: Flow
  /** The browser the walk ended in. */
  browser: TestBrowser
}

const panelPath = 'src/panel/index.html'

export async function walkSetup(first: TestBrowser, options: WalkOptions = {}): Promise<Walk> {
  let browser = first
  const community = `https://${servedHosts.centercode}`
  const prefixes: Record<Site, string> = { centercode: `${community}/`, testfairy: `https://${servedHosts.testfairy}/` }
  const centercodeTab = await browser.newPage()
  await centercodeTab.goto(`${community}/`)
  let panel = await browser.extensionPage(panelPath, '[data-panel-status]')
  let storage = extensionStorage(panel)
  const progress = async () => (await storage.local(['progress'])).progress as { stepIndex: number; flow: Flow }
  const stepIndex = async () => (await progress()).stepIndex
  const effort: Effort = { clicks: 0, keystrokes: 0 }
  await panel.waitForSelector('[data-action="start"]')
  await expectText(panel, '[data-action="start"]', 'Start setup')
  const keyboard = options.keyboard === true
  if (keyboard) {effort.keystrokes += await tabToAndPress(panel, '[data-action="start"]')}
  else {
    await panel.click('[data-action="start"]')
    effort.clicks++
  }
  await poll(async () => (await storage.local(['progress'])).progress !== undefined || undefined, 'the setup to start')
  const flow = (await progress()).flow
  const add = (more: Effort) => {
    effort.clicks += more.clicks
    effort.keystrokes += more.keystrokes
  }
  const onStuck = async () => JSON.stringify((await storage.local(['misses'])).misses)
  // E2E_LOG=1 prints every step the person sees and does
  const began = Date.now()
  const log = process.env.E2E_LOG ? (line: string) => console.log(`${Date.now() - began} ms ${line}`) : undefined
  const cards: string[] = []
  const pages: TestPage[] = [centercodeTab, panel]
  /** The tab of each site the person works in, and the one in front. */
  const tabs = new Map<Site, TestPage>([['centercode', centercodeTab]])
  let front: TestPage | null = centercodeTab
  for (;;) {
    const index = await stepIndex()
    if (index >= flow.steps.length) break
    const site = flow.steps[index]!.site
    let page = tabs.get(site)
    if (!page) {
      // the card in front hands over to the other site; in a browser just started, the panel's "Continue setup"
      const button = front ? inCard('button[data-action="choose"]') : '[data-action="start"]'
      const where = front ?? panel
      await where.waitForSelector(button)
      if (!front) await expectText(panel, button, 'Continue setup')
      if (!keyboard) {
        await where.click(button)
        effort.clicks++
      } else if (front) {effort.keystrokes += await pressCardButton(front, 'choose', 0)}
      else {effort.keystrokes += await tabToAndPress(panel, button)}
      page = await browser.findPage(prefixes[site])
      tabs.set(site, page)
      pages.push(page)
    }
    front = page
    let swap: Swap | void = undefined
    const on = async (i: number) => {
      cards.push(await cardMarkup(page))
      swap = await options.onStep?.(i, page, flow, browser)
      return swap ? ('stop' as const) : undefined
    }
    const until = (i: number) => i >= flow.steps.length || flow.steps[i]!.site !== site
    add(await followSpotlight(page, { flow, until, stepIndex, timeoutMs: 90_000, onStuck, onStep: on, keyboard, ...(log ? { log } : {}) }))
    const swapped = swap as Swap | void
    if (swapped?.browser) {
      browser = swapped.browser
      tabs.clear()
      front = null
      panel = await browser.extensionPage(panelPath, '[data-panel-status]')
      storage = extensionStorage(panel)
      pages.push(panel)
    }
    if (swapped?.page) {
      const at = siteOf(swapped.page.url())
      if (!at) throw new Error(`a tab swapped in on neither site: ${swapped.page.url()}`)
      tabs.set(at, swapped.page)
      front = swapped.page
      pages.push(swapped.page)
    }
  }
  return { effort, panel, storage, flow, pages, cards, browser }
}

/** The words a person reads on a button (its label is part of the product's interface). */
async function expectText(page: TestPage, selector: string, words: string): Promise<void> {
  const text = await page.text(selector)
  if (text !== words) throw new Error(`${selector} says "${text}", not "${words}"`)
}
