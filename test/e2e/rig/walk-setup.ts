// The whole setup as a person does it with the extension: the community's page open, the panel's "Start
// setup", then only what the spotlight shows, across both sites. Shared by the golden path, the fault and
// hostile-page specs, which expect the same outcome (expectGoldenOutcome).
import { expect } from 'vitest'
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

export interface WalkOptions {
  /** Runs as each step becomes current, with the tab it runs in (a fault to inject, a check to make). */
  onStep?: (index: number, page: TestPage, flow: Flow) => Promise<void>
}

export interface Walk {
  effort: Effort
  panel: TestPage
  /** The two dashboard tabs, for what they printed. */
  tabs: TestPage[]
  /** The card's markup as each step began, on the tab it ran in: nothing secret may ever be in it. */
  cards: string[]
  storage: ReturnType<typeof extensionStorage>
  flow: Flow
}

export async function walkSetup(browser: TestBrowser, options: WalkOptions = {}): Promise<Walk> {
  const community = `https://${servedHosts.centercode}`
  const centercodeTab = await browser.newPage()
  await centercodeTab.goto(`${community}/`)
  const panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
  const storage = extensionStorage(panel)
  const progress = async () => (await storage.local(['progress'])).progress as { stepIndex: number; flow: Flow }
  const stepIndex = async () => (await progress()).stepIndex
  const effort: Effort = { clicks: 0, keystrokes: 0 }
  await panel.waitForSelector('[data-action="start"]')
  expect(await panel.text('[data-action="start"]')).toBe('Start setup')
  await panel.click('[data-action="start"]')
  effort.clicks++
  await expect.poll(async () => (await storage.local(['progress'])).progress !== undefined, { timeout: 10_000 }).toBe(true)
  const flow = (await progress()).flow
  const firstTestFairyStep = flow.steps.findIndex((s) => s.site === 'testfairy')
  const add = (more: Effort) => {
    effort.clicks += more.clicks
    effort.keystrokes += more.keystrokes
  }
  const onStuck = async () => JSON.stringify((await storage.local(['misses'])).misses)
  // E2E_LOG=1 prints every step the person sees and does
  const log = process.env.E2E_LOG ? (line: string) => console.log(line) : undefined
  const cards: string[] = []
  const on = (page: TestPage) => async (index: number) => {
    cards.push(await page.evaluate(() => document.querySelector('tfcc-guide')?.shadowRoot?.innerHTML ?? '').catch(() => ''))
    await options.onStep?.(index, page, flow)
  }
  add(await followSpotlight(centercodeTab, { flow, until: firstTestFairyStep, stepIndex, timeoutMs: 90_000, onStuck, onStep: on(centercodeTab), ...(log ? { log } : {}) }))
  // Centercode's card hands over to TestFairy
  await centercodeTab.waitForSelector(inCard('button[data-action="choose"]'))
  await centercodeTab.click(inCard('button[data-action="choose"]'))
  effort.clicks++
  const testfairyTab = await browser.findPage(`https://${servedHosts.testfairy}/`)
  add(await followSpotlight(testfairyTab, { flow, until: flow.steps.length, stepIndex, timeoutMs: 90_000, onStuck, onStep: on(testfairyTab), ...(log ? { log } : {}) }))
  return { effort, panel, storage, flow, tabs: [centercodeTab, testfairyTab], cards }
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
  // person saw, or in anything a page or the panel printed to its console
  const stored = JSON.stringify([await walk.storage.local(null), await walk.storage.session(null)])
  expect(stored.includes(key), 'the API key in the extension’s storage').toBe(false)
  expect(walk.cards.length).toBeGreaterThan(10)
  expect(walk.cards.filter((card) => card.includes(key)), 'a card showing the API key').toEqual([])
  for (const page of [...walk.tabs, walk.panel]) expect(page.console().filter((line) => line.includes(key)), 'a console line with the API key').toEqual([])
}

export const sampleText = 'This is a test feedback sent by TestFairy to check your webhook.'
