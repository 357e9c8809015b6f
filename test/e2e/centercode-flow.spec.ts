// Phases 1 and 2 in Centercode, production build, in both browsers: a person who only clicks what the
// spotlight shows (and types nothing) gets an API key and an External Source, and the background holds the
// validated endpoint URL (in session storage, nowhere else).
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { setupFlow } from '../../src/setup/flows/setup-flow'
import type { CentercodeState } from '../dashboards/centercode/state'
import { servedHosts } from '../dashboards/hosts'
import { defaultOptions, type CentercodeOptions } from '../dashboards/options'
import { selectedBrowsers, type BrowserName, type TestBrowser, type TestPage } from './rig/browser'
import { followSpotlight } from './rig/follow-spotlight'
import { pathsFor } from '../dashboards/centercode/paths'
import { cardMarkup, extensionStorage, readCard } from './rig/guide-page'
import { launchBrowser, startRig, type Rig } from './rig/rig'

const flow = setupFlow()
const lastCentercodeStep = flow.steps.filter((s) => s.site === 'centercode').length

/**
 * The options of the community, and whether the person uses the keyboard alone. The current UI shows the
 * endpoint its default way here; the legacy UI's default (a read-only input) is the golden path's, walked in
 * both browsers and checked for the same key, source and endpoint (golden-outcome.ts); every other way, in
 * both UIs and in each browser, is met by the person who follows the manual (manual-person.spec.ts), where the
 * guide reads it the same way and the whole pipe is proven.
 */
const cases: [string, string, Partial<CentercodeOptions> & { keyboard?: true; in?: BrowserName }][] = [
  // the current UI as it ships, in Chromium: Firefox walks it with the keyboard alone below (the same UI and
  // endpoint, the same checks, nothing pointed at) and, by mouse, with renamed labels
  ['current UI, endpoint as text with a Copy button', servedHosts.centercodeCurrent, { endpointPresentation: 'text-with-copy', in: 'chromium' }],
  // renamed labels, each UI in one browser (the person who follows the manual meets each in the other)
  ['legacy UI with labels the community renamed', servedHosts.centercode, { renamedLabels: true, in: 'chromium' }],
  ['current UI with labels the community renamed', servedHosts.centercodeCurrent, { renamedLabels: true, in: 'firefox' }],
  // the guide key, Tab, Enter and the arrow keys: the logo's menu, a team picked from the list (the golden path
  // walks the keyboard alone in both browsers; these two are shared)
  ['current UI, with the keyboard alone', servedHosts.centercodeCurrent, { keyboard: true, in: 'firefox' }],
  // "Point to it" with the keyboard: Tab to the renamed type's Modify (its row shows it), Enter
  ['legacy UI with renamed labels, with the keyboard alone', servedHosts.centercode, { renamedLabels: true, keyboard: true, in: 'chromium' }],
]

describe.each(selectedBrowsers())('%s: Centercode phases 1 and 2', (name) => {
  let rig: Rig
  let browser: TestBrowser
  let panel: TestPage
  beforeAll(async () => {
    rig = await startRig({ renderDelayMs: 200 })
    browser = await launchBrowser(name, rig, { reducedMotion: true })
    panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
  })
  afterAll(async () => {
    await browser?.close()
    await rig?.close()
  })
  let page: TestPage | undefined
  afterEach(async () => {
    await page?.close()
    page = undefined
  })
  beforeEach(async () => {
    rig.dashboards.reset()
    await extensionStorage(panel).setProgress(null)
  })

  it.each(cases.filter(([, , { in: only }]) => !only || only === name))('%s', async (_what, host, { keyboard, in: _only, ...options }) => {
    rig.dashboards.configure(host, options)
    const storage = extensionStorage(panel)
    await storage.setProgress(flow, 0, false, { community: `https://${host}` })
    page = await browser.newPage()
    await page.goto(`https://${host}/`)
    const effort = await followSpotlight(page, {
      keyboard: keyboard === true,
      ...(process.env.E2E_LOG ? { log: (line: string) => console.log(`${Date.now() % 100000} ${line}`) } : {}),
      onStuck: async () => JSON.stringify((await storage.local(['misses'])).misses),
      flow,
      until: lastCentercodeStep,
      stepIndex: async () => ((await storage.local(['progress'])).progress as { stepIndex: number }).stepIndex,
      // a community with more than one team: the person picks one when asked
      choose: { 'cc-source-team': { selector: 'select[name="team"]', value: 'Product Team' } },
      // where "Bug Reports" and "Issues" are called "Defects", the person points at its Modify action
      point: { 'cc-modify-type': { hover: 'tr.type-row:first-of-type, li.type-item:first-of-type', click: 'tr.type-row:first-of-type a, li.type-item:first-of-type button' } },
      timeoutMs: 30_000,
    })

    // renamed labels: the link targets still found the way; at most the renamed feedback type needed pointing
    // at (not even that when the person's pointer already rests on a row, showing its one Modify)
    const pointed = Object.keys((await storage.local(['pointed'])).pointed ?? {})
    // (with the keyboard alone: "Point to it", Shift+Tab to the row, which shows its one Modify; the guide
    // recognises it there and then, before any Enter picks it)
    if (options.renamedLabels) expect(['', `https://${host} cc-modify-type`]).toContain(pointed.join())
    else expect(pointed).toEqual([])
    const state = rig.dashboards.site(host)!.state as CentercodeState
    expect(state.apiKeys).toMatchObject([{ name: 'TestFairy', description: 'Lets TestFairy send user feedback to this community.' }])
    const sources = Object.values(state.sources).flat()
    expect(sources).toMatchObject([{ name: 'TestFairy', key: 'testfairy', status: 'New', elementParameters: { Summary: 'text', 'Steps to Reproduce': 'text' } }])
    const { projectKey } = defaultOptions.hosts[host] as CentercodeOptions
    const key = state.apiKeys[0]!.key
    const endpoint = `https://${host}/api/v1/projects/${projectKey}/feedback/testfairy?apiKey=${key}`
    expect((await storage.session(['slots'])).slots).toMatchObject({ endpoint, apiKey: key })
    // the secret is nowhere but session storage: not in storage.local, not on our card
    expect(JSON.stringify(await storage.local(null))).not.toContain(key)
    expect(await cardMarkup(page)).not.toContain(key)
    if (keyboard) expect(effort.clicks).toBe(0)
  }, 120_000)

  // each answer in one browser
  it.each(([
    ['uses it', 0, 1, 'chromium'],
    ['makes a new one', 1, 2, 'firefox'],
  ] as const).filter(([, , , only]) => only === name))('legacy UI with a TestFairy key already there: the person %s', async (_what, decision, keys) => {
    const host = servedHosts.centercode
    const state = rig.dashboards.site(host)!.state as CentercodeState
    const existing = `Skel${'3b07'.repeat(8)}`
    state.apiKeys.push({
      id: 99, name: 'TestFairy', description: 'made last year', prefix: 'Skel', key: existing, created: '2025-05-01', lastAccessed: null,
      ipRestrictions: [], emailNotification: 'none', revealed: true,
    })
    const storage = extensionStorage(panel)
    await storage.setProgress(flow)
    page = await browser.newPage()
    await page.goto(`https://${host}/`)
    // a second tab of the community, on another page all along: it does not decide the step its page lacks
    const second = await browser.newPage()
    await second.goto(`https://${host}/project/home.html`)
    await page.bringToFront()
    const stepIndex = async () => ((await storage.local(['progress'])).progress as { stepIndex: number }).stepIndex
    await followSpotlight(page, {
      flow,
      until: lastCentercodeStep,
      stepIndex,
      decide: { 'cc-existing-key': decision },
      // the person reads the card a while before deciding (longer than a page without the key takes to settle)
      onStep: async (index) => {
        if (flow.steps[index]?.id !== 'cc-existing-key') return
        await new Promise((resolve) => setTimeout(resolve, 2_500))
        expect(await stepIndex(), 'the existing key’s step, still there after the person read it').toBe(index)
      },
      timeoutMs: 30_000,
    })
    await second.close()
    expect(state.apiKeys.map((k) => k.name)).toEqual(Array(keys).fill('TestFairy'))
    const key = state.apiKeys.at(-1)!.key
    expect(key === existing).toBe(decision === 0)
    const { projectKey } = defaultOptions.hosts[host] as CentercodeOptions
    expect((await storage.session(['slots'])).slots).toMatchObject({ endpoint: `https://${host}/api/v1/projects/${projectKey}/feedback/testfairy?apiKey=${key}` })
  }, 120_000)

  // a community whose edition or features cannot do the setup: told plainly on the page that shows it, nothing made
  it.each<[string, string, Partial<CentercodeOptions>, string, (paths: ReturnType<typeof pathsFor>) => string, string]>([
    ['legacy UI without Enhanced Integrations, the person following the guide', servedHosts.centercode, { enhancedIntegrations: false }, 'cc-open-api-keys', () => '/', 'has no API Keys'],
    ['current UI without Enhanced Integrations, at the Integration center', servedHosts.centercodeCurrent, { enhancedIntegrations: false }, 'cc-open-api-keys', (p) => p.integrationCenter, 'has no API Keys'],
    ['legacy UI, an edition without External Sources, at a feedback type', servedHosts.centercode, { externalSources: false }, 'cc-open-external-sources', (p) => p.feedbackType('101', 'form'), 'has no External Sources'],
    ['current UI, an edition without External Sources, at a feedback type', servedHosts.centercodeCurrent, { externalSources: false }, 'cc-open-external-sources', (p) => p.feedbackType('issues', 'form'), 'has no External Sources'],
  ])('%s: said plainly, no way on offered, nothing made', async (_what, host, options, stepId, path, words) => {
    rig.dashboards.configure(host, options)
    const storage = extensionStorage(panel)
    const at = flow.steps.findIndex((s) => s.id === stepId)
    await storage.setProgress(flow, at, false, { community: `https://${host}` })
    const stepIndex = async () => ((await storage.local(['progress'])).progress as { stepIndex: number }).stepIndex
    const hostOptions = { ...(defaultOptions.hosts[host] as CentercodeOptions), ...options }
    page = await browser.newPage()
    await page.goto(`https://${host}${path(pathsFor(hostOptions))}`)
    if (path(pathsFor(hostOptions)) === '/') {
      // the person clicks what the spotlight shows until the page where API Keys would be says there are none
      await followSpotlight(page, { flow, until: () => page!.url().includes(hostOptions.generation === 'legacy' ? '/admin/configuration' : '/configuration/integrations'), stepIndex, timeoutMs: 20_000 })
    }
    await expect.poll(async () => (await readCard(page!)).text, { timeout: 15_000 }).toContain(words)
    const card = await readCard(page)
    expect(card.pointToIt).toBe(false)
    expect(card.spotlight).toBeNull()
    expect(await stepIndex()).toBe(at)
    const state = rig.dashboards.site(host)!.state as CentercodeState
    expect(state.apiKeys).toEqual([])
    expect(Object.values(state.sources).flat()).toEqual([])
  }, 120_000)
})
