// The golden path, production build, fresh profile, in each browser: the person has their Centercode
// community open, clicks "Start setup" in the panel, then only what the spotlight shows (and the cards'
// buttons), and ends with TestFairy's feedback arriving in the Centercode project. Prints what it took.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testFeedbackText } from '../../src/domain/test-feedback'
import type { CentercodeState } from '../dashboards/centercode/state'
import { servedHosts } from '../dashboards/hosts'
import type { TestFairyState } from '../dashboards/testfairy/state'
import { selectedBrowsers, type TestBrowser } from './rig/browser'
import { followSpotlight, type Effort } from './rig/follow-spotlight'
import { extensionStorage, inCard } from './rig/guide-page'
import { launchBrowser, startRig, type Rig } from './rig/rig'
import type { Flow } from '../../src/engine/step'

const sampleText = 'This is a test feedback sent by TestFairy to check your webhook.'

describe.each(selectedBrowsers())('%s: the golden path', (name) => {
  let rig: Rig
  let browser: TestBrowser
  beforeEach(async () => {
    rig = await startRig({ renderDelayMs: 200 })
    browser = await launchBrowser(name, rig)
  })
  afterEach(async () => {
    await browser?.close()
    await rig?.close()
  })

  it('"Start setup" → Centercode → TestFairy → the test feedback in Centercode, typing nothing', async () => {
    const community = `https://${servedHosts.centercode}`
    const centercodeTab = await browser.newPage()
    await centercodeTab.goto(`${community}/`)
    const panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
    const storage = extensionStorage(panel)
    const progress = async () => (await storage.local(['progress'])).progress as { stepIndex: number; flow: Flow }
    const stepIndex = async () => (await progress()).stepIndex

    // the panel found the community from the open tab: nothing to type
    await panel.waitForSelector('[data-action="start"]')
    expect(await panel.text('[data-action="start"]')).toBe('Start setup')
    const effort: Effort = { clicks: 0, keystrokes: 0 }
    await panel.click('[data-action="start"]')
    effort.clicks++
    await expect.poll(async () => (await storage.local(['progress'])).progress !== undefined, { timeout: 10_000 }).toBe(true)
    const flow = (await progress()).flow
    const firstTestFairyStep = flow.steps.findIndex((s) => s.site === 'testfairy')
    const add = (more: Effort) => {
      effort.clicks += more.clicks
      effort.keystrokes += more.keystrokes
    }
    add(await followSpotlight(centercodeTab, { flow, until: firstTestFairyStep, stepIndex, timeoutMs: 60_000,
      onStuck: async () => JSON.stringify((await storage.local(['misses'])).misses) }))

    // Centercode's card hands over to TestFairy
    await centercodeTab.waitForSelector(inCard('button[data-action="choose"]'))
    await centercodeTab.click(inCard('button[data-action="choose"]'))
    effort.clicks++
    const testfairyTab = await browser.findPage(`https://${servedHosts.testfairy}/`)
    add(await followSpotlight(testfairyTab, { flow, until: flow.steps.length, stepIndex, timeoutMs: 60_000,
      onStuck: async () => JSON.stringify((await storage.local(['misses'])).misses) }))

    const centercode = rig.dashboards.site(servedHosts.centercode)!.state as CentercodeState
    const testfairy = rig.dashboards.site(servedHosts.testfairy)!.state as TestFairyState
    const key = centercode.apiKeys[0]!.key
    const endpoint = `${community}/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=${key}`
    expect(testfairy.webhooks).toEqual([{ id: 1, integration: 'centercode', name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true }])
    // the extension's test after phase 2, TestFairy's Test URL, the extension's test at the end
    expect(centercode.feedback.map((f) => f.fields.Summary)).toEqual([testFeedbackText, sampleText, testFeedbackText])
    expect((await storage.session(['slots'])).slots ?? {}).toEqual({})
    await panel.waitForSelector('[data-panel-status="done"]')
    // the summary: what was made, and that Centercode accepted the last test feedback
    await panel.waitForSelector('[data-summary] [data-test-outcome="accepted"]')
    expect(await panel.text('[data-summary] dl')).toContain(servedHosts.centercode)
    await panel.waitForSelector(`[data-summary] a[href="https://${servedHosts.testfairy}"]`)
    expect(effort.keystrokes).toBe(0)
    console.log(`golden path (${name}): ${effort.clicks} clicks, ${effort.keystrokes} keystrokes`)
  }, 180_000)
})
