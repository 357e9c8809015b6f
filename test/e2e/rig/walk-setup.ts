// The whole setup as a person does it with the extension: the community's page open, the panel's "Start
// setup", then only what the spotlight shows, across both sites. Shared by the golden path, the fault and
// hostile-page specs, which expect the same outcome (expectGoldenOutcome).
import { expect } from 'vitest'
import { siteOf, type Site } from '../../../src/domain/sites'
import { testFeedbackText } from '../../../src/domain/test-feedback'
import type { Flow } from '../../../src/engine/step'
import type { CentercodeState } from '../../dashboards/centercode/state'
import { servedHosts } from '../../dashboards/hosts'
import { defaultOptions } from '../../dashboards/options'
import type { TestFairyState } from '../../dashboards/testfairy/state'
import type { TestBrowser, TestPage } from './browser'
import { followSpotlight, type Effort } from './follow-spotlight'
import { extensionStorage, inCard } from './guide-page'
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
  expect(await panel.text('[data-action="start"]')).toBe('Start setup')
  await panel.click('[data-action="start"]')
  effort.clicks++
  await expect.poll(async () => (await storage.local(['progress'])).progress !== undefined, { timeout: 10_000 }).toBe(true)
  const flow = (await progress()).flow
  const add = (more: Effort) => {
    effort.clicks += more.clicks
    effort.keystrokes += more.keystrokes
  }
  const onStuck = async () => JSON.stringify((await storage.local(['misses'])).misses)
  // E2E_LOG=1 prints every step the person sees and does
  const log = process.env.E2E_LOG ? (line: string) => console.log(line) : undefined
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
      if (!front) expect(await panel.text(button)).toBe('Continue setup')
      await where.click(button)
      effort.clicks++
      page = await browser.findPage(prefixes[site])
      tabs.set(site, page)
      pages.push(page)
    }
    front = page
    let swap: Swap | void = undefined
    const on = async (i: number) => {
      cards.push(await page.evaluate(() => document.querySelector('tfcc-guide')?.shadowRoot?.innerHTML ?? '').catch(() => ''))
      swap = await options.onStep?.(i, page, flow, browser)
      return swap ? ('stop' as const) : undefined
    }
    const until = (i: number) => i >= flow.steps.length || flow.steps[i]!.site !== site
    add(await followSpotlight(page, { flow, until, stepIndex, timeoutMs: 90_000, onStuck, onStep: on, ...(log ? { log } : {}) }))
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

/**
 * What the golden path leaves behind: one Centercode webhook in TestFairy carrying the community's endpoint,
 * the three test feedbacks in the Centercode project (the extension's after phase 2, TestFairy's Test URL,
 * the extension's at the end), no secret left in the extension's storage, the panel done.
 */
export async function expectGoldenOutcome(
  rig: Rig,
  walk: Walk,
  /** 'again': TestFairy's form was opened again (a reload closed it) and its "Test URL" clicked again. */
  testUrl: 'once' | 'again' = 'once',
): Promise<void> {
  const communityHost = servedHosts.centercode
  const centercode = rig.dashboards.site(communityHost)!.state as CentercodeState
  const testfairy = rig.dashboards.site(servedHosts.testfairy)!.state as TestFairyState
  const key = centercode.apiKeys[0]!.key
  const projectKey = (defaultOptions.hosts[communityHost] as { projectKey: string }).projectKey
  const endpoint = `https://${communityHost}/api/v1/projects/${projectKey}/feedback/testfairy?apiKey=${key}`
  expect(centercode.apiKeys).toHaveLength(1)
  expect(testfairy.webhooks).toEqual([{ id: 1, integration: 'centercode', name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true }])
  const summaries = centercode.feedback.map((f) => f.fields.Summary)
  const expected = [testFeedbackText, sampleText, testFeedbackText]
  if (testUrl === 'once') expect(summaries, `feedback in the Centercode project: ${JSON.stringify(summaries)}`).toEqual(expected)
  else expect(summaries.filter((s) => s !== sampleText), 'the extension’s test feedbacks').toEqual([testFeedbackText, testFeedbackText])
  expect((await walk.storage.session(['slots'])).slots ?? {}).toEqual({})
  await walk.panel.waitForSelector('[data-panel-status="done"]')
  // secret hygiene: the key (and so the endpoint) is nowhere in the extension's storage, in any card the
  // person saw, or in anything a page, the panel or (where the rig hears it) the background printed
  const stored = JSON.stringify([await walk.storage.local(null), await walk.storage.session(null)])
  expect(stored.includes(key), 'the API key in the extension’s storage').toBe(false)
  expect(walk.cards.length).toBeGreaterThan(10)
  expect(walk.cards.filter((card) => card.includes(key)), 'a card showing the API key').toEqual([])
  const background = walk.browser.backgroundConsole ? await walk.browser.backgroundConsole() : []
  expect(background.filter((line) => line.includes(key)), 'a background console line with the API key').toEqual([])
  for (const page of walk.pages) expect(page.console().filter((line) => line.includes(key)), 'a console line with the API key').toEqual([])
}

export const sampleText = 'This is a test feedback sent by TestFairy to check your webhook.'
