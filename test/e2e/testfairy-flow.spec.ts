// Phase 3 in TestFairy, production build, in both browsers: with the endpoint the Centercode phases captured
// (put into the background's session storage here, as they would have left it), a person who only clicks what
// the spotlight shows gets exactly the webhook expected, on both page generations and on a private cloud; an
// existing webhook is recognised or edited, a product without the User feedback event is told so, and the
// endpoint is erased once the webhook is confirmed.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testFeedbackText } from '../../src/setup/values/test-feedback'
import { setupFlow } from '../../src/setup/flows/setup-flow'
import type { CentercodeState } from '../dashboards/centercode/state'
import { servedHosts } from '../dashboards/hosts'
import type { TestFairyOptions } from '../dashboards/options'
import type { StoredWebhook, TestFairyState } from '../dashboards/testfairy/state'
import { selectedBrowsers, type BrowserName, type TestBrowser, type TestPage } from './rig/browser'
import { followSpotlight } from './rig/follow-spotlight'
import { extensionStorage, inCard, readCard } from './rig/guide-page'
import { currentWebhookFields, formSent, sampleText } from './rig/golden-outcome'
import { launchBrowser, startRig, type Rig } from './rig/rig'

const flow = setupFlow()
const firstTestFairyStep = flow.steps.findIndex((s) => s.site === 'testfairy')
const community = servedHosts.centercode

describe.each(selectedBrowsers())('%s: TestFairy phase 3', (name) => {
  let rig: Rig
  let browser: TestBrowser
  let panel: TestPage
  let page: TestPage | undefined
  beforeAll(async () => {
    rig = await startRig({ renderDelayMs: 200 })
    browser = await launchBrowser(name, rig, { reducedMotion: true })
    panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
  })
  afterAll(async () => {
    await browser?.close()
    await rig?.close()
  })
  afterEach(async () => {
    await page?.close()
    page = undefined
  })
  beforeEach(async () => {
    rig.dashboards.reset()
    await extensionStorage(panel).setProgress(null)
  })

  const tf = (host: string) => rig.dashboards.site(host)!.state as TestFairyState
  const cc = () => rig.dashboards.site(community)!.state as CentercodeState
  const storage = () => extensionStorage(panel)
  const stepIndex = async () => ((await storage().local(['progress'])).progress as { stepIndex: number }).stepIndex

  /** What phases 1 and 2 leave behind: a key and a source in the community, the endpoint in the background. */
  async function centercodeDone(): Promise<string> {
    const site = rig.dashboards.site(community)!
    const post = (path: string, body: string) =>
      site.handle({ method: 'POST', url: new URL(`https://${community}${path}`), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })
    await post('/admin/apikeys/generate.html', 'name=TestFairy&prefix=Skel&email_notification=none')
    await post('/project/admin/externalsource.html?ft=101&action=create', 'name=TestFairy&key=testfairy&team=Beta+Team&status=New&param_summary=text')
    const key = cc().apiKeys[0]!.key
    const endpoint = `https://${community}/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=${key}`
    await storage().setSlots({ apiKey: key, endpoint })
    await storage().setProgress(flow, firstTestFairyStep)
    return endpoint
  }

  async function follow(startAt: string, options: { decide?: Record<string, number>; until?: number } = {}) {
    page = await browser.newPage()
    await page.goto(startAt)
    await followSpotlight(page, { flow, until: options.until ?? flow.steps.length, stepIndex, decide: options.decide ?? {}, timeoutMs: 40_000,
      onStuck: async () => JSON.stringify((await storage().local(['misses'])).misses) })
  }

  async function expectSecretsErased(endpoint: string) {
    expect((await storage().session(['slots'])).slots).toEqual({})
    expect(JSON.stringify(await storage().local(null))).not.toContain(endpoint.split('apiKey=')[1])
  }

  // each generation in both browsers (the current one at app.testfairy.com, from the dashboard, is the golden
  // path's, walked in both and checked for the same save, webhook and deliveries: golden-outcome.ts); its other
  // hosts (a private cloud, Sauce Labs' two data centres) each in one
  const current = currentWebhookFields
  const generations: [string, string, Partial<TestFairyOptions>, StoredWebhook['integration'], Record<string, string>, BrowserName | 'both'][] = [
    ['older generation on a private cloud', servedHosts.testfairyPrivateCloud, {}, 'webhook', { name: 'Centercode', active: 'on', on_feedback: 'on', all_projects: 'on', action: 'save' }, 'both'],
    ['current generation on a private cloud', servedHosts.testfairyPrivateCloud, { generation: 'integrations' }, 'centercode', current, 'chromium'],
    // the Sauce-era TestFairy on Sauce Labs' two data centres (the Account menu; its settings named either way)
    ['Sauce-era, the US data centre', servedHosts.sauceUs, {}, 'centercode', current, 'chromium'],
    ['Sauce-era, the EU data centre, its later names', servedHosts.sauceEu, {}, 'centercode', current, 'firefox'],
  ]
  it.each(generations.filter((c) => c[5] === 'both' || c[5] === name))('%s: the webhook saved exactly, Test URL lands in Centercode, the endpoint erased', async (_what, host, options, integration, fields) => {
    rig.dashboards.configure(host, options)
    const endpoint = await centercodeDone()
    await follow(`https://${host}/`)

    const state = tf(host)
    expect(state.webhooks).toEqual([{ id: 1, integration, name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true }])
    const saves = state.received.filter((r) => r.outcome === 'saved')
    expect(saves).toHaveLength(1)
    const sent = formSent(saves[0]!.fields)
    expect(sent.url).toBe(endpoint)
    expect(sent.fields).toEqual(fields)
    // "Test URL", clicked where the spotlight showed it, delivered one feedback to the Centercode source
    expect(state.testDeliveries.map((d) => d.url)).toEqual([endpoint])
    // ... and the extension's own test feedback at the end went the same way
    expect(cc().feedback).toMatchObject([{ sourceKey: 'testfairy', fields: { Summary: sampleText } }, { sourceKey: 'testfairy', fields: { Summary: testFeedbackText } }])
    expect(((await storage().local(['lastTest'])).lastTest as { outcome: string }).outcome).toBe('accepted')
    expect(await stepIndex()).toBe(flow.steps.length)
    await expectSecretsErased(endpoint)
  }, 120_000)

  it('current generation without a Centercode row: the card says why the Webhook row will do; the same webhook saved', async () => {
    rig.dashboards.configure(servedHosts.testfairy, { centercodeRow: false })
    const endpoint = await centercodeDone()
    await follow(`https://${servedHosts.testfairy}/`, { until: flow.steps.findIndex((s) => s.id === 'tf-add-webhook-row') })
    await expect.poll(async () => (await readCard(page!)).text).toContain('lists no Centercode integration')
    await followSpotlight(page!, { flow, until: flow.steps.length, stepIndex, timeoutMs: 40_000 })
    const state = tf(servedHosts.testfairy)
    expect(state.webhooks).toEqual([{ id: 1, integration: 'webhook', name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true }])
    expect(state.received.map((r) => [r.action, r.outcome])).toEqual([['create', 'saved']])
    expect(cc().feedback).toMatchObject([{ fields: { Summary: sampleText } }, { fields: { Summary: testFeedbackText } }])
    await expectSecretsErased(endpoint)
  }, 120_000)

  it.each([
    ['current generation', servedHosts.testfairy, 'centercode' as const],
    ['older generation', servedHosts.testfairyPrivateCloud, 'webhook' as const],
  ])('%s, the same webhook already there: says so and adds nothing', async (_what, host, integration) => {
    const endpoint = await centercodeDone()
    tf(host).webhooks.push({ id: 1, integration, name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true })
    tf(host).nextId = 2
    await follow(`https://${host}/settings/`, { until: flow.steps.findIndex((s) => s.id === 'tf-already-set-up') })
    await expect.poll(async () => (await readCard(page!)).text).toContain('Already set up')
    expect(tf(host).received).toEqual([])
    await followSpotlight(page!, { flow, until: flow.steps.length, stepIndex, timeoutMs: 20_000 })
    expect(tf(host).received).toEqual([])
    expect(cc().feedback).toMatchObject([{ fields: { Summary: testFeedbackText } }])
    await expectSecretsErased(endpoint)
  }, 120_000)

  it.each<[string, string, StoredWebhook['integration'], StoredWebhook['events']]>([
    ['current generation', servedHosts.testfairy, 'centercode', ['feedback']],
    // the older form's fourth event ("On every download"), which the guide does not know: left as it was
    ['older generation, "On every download" ticked', servedHosts.testfairyPrivateCloud, 'webhook', ['feedback', 'download']],
  ])('%s, a Centercode webhook with another URL: the person edits it instead of adding a second', async (_what, host, integration, events) => {
    const endpoint = await centercodeDone()
    const old = `https://${community}/api/v1/projects/AcmeBeta/feedback/oldsource?apiKey=Skel${'0'.repeat(32)}`
    tf(host).webhooks.push({ id: 1, integration, name: 'Centercode', url: old, active: true, events, allProjects: true })
    tf(host).nextId = 2
    await follow(`https://${host}/settings/`, { decide: { 'tf-existing-webhook': 0 } })
    expect(tf(host).webhooks).toEqual([{ id: 1, integration, name: 'Centercode', url: endpoint, active: true, events, allProjects: true }])
    expect(tf(host).received.map((r) => [r.action, r.outcome])).toEqual([['update', 'saved']])
    await expectSecretsErased(endpoint)
  }, 120_000)

  it('"Go straight there" skips the e-mail menu', async () => {
    await centercodeDone()
    page = await browser.newPage()
    await page.goto(`https://${servedHosts.testfairy}/crashes/`)
    await page.waitForSelector(inCard('button[data-action="shortcut"]'))
    await page.click(inCard('button[data-action="shortcut"]'))
    await expect.poll(stepIndex, { timeout: 10_000 }).toBe(flow.steps.findIndex((s) => s.id === 'tf-open-integrations'))
    // the driver hears of the navigation a moment after the page's own script sees it
    await expect.poll(() => new URL(page!.url()).pathname, { timeout: 5_000 }).toBe('/settings/')
  }, 60_000)

  it('a dashboard with no User feedback event: a plain message, and nothing filled', async () => {
    rig.dashboards.configure(servedHosts.testfairy, { feedbackEvent: false })
    const endpoint = await centercodeDone()
    const feedbackStep = flow.steps.findIndex((s) => s.id === 'tf-event-feedback')
    await follow(`https://${servedHosts.testfairy}/settings/integrations/`, { until: feedbackStep })
    await expect.poll(async () => (await readCard(page!)).text, { timeout: 10_000 }).toContain('has no “User feedback” event')
    const card = await readCard(page!)
    expect(card.pointToIt).toBe(false)
    expect(await stepIndex()).toBe(feedbackStep)
    const values = await page!.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('dialog[open] input[type="text"]')].map((i) => i.value))
    expect(values).toEqual(['', ''])
    expect(tf(servedHosts.testfairy).received).toEqual([])
    // the setup cannot be finished on this dashboard: nothing of it is held any longer, and the panel says why
    await expect.poll(async () => (await storage().session(['slots'])).slots).toEqual({})
    expect(JSON.stringify(await storage().local(null))).not.toContain(endpoint.split('apiKey=')[1])
    await expect.poll(() => panel.text('[data-panel-cannot]').catch(() => '')).toContain('has no “User feedback” event')
  }, 120_000)

  it('App Distribution 2026 (ORG.testfairy.com): told on its first page, nothing made there, the endpoint erased', async () => {
    const host = servedHosts.testfairyAppDistribution
    const endpoint = await centercodeDone()
    page = await browser.newPage()
    await page.goto(`https://${host}/`)
    // a TestFairy other than app.testfairy.com: the person says it is theirs, as on any private cloud
    await expect.poll(async () => (await readCard(page!)).confirmSite, { timeout: 10_000 }).toBe(true)
    await page.click(inCard('button[data-action="confirm-site"]'))
    await expect.poll(async () => (await readCard(page!)).text, { timeout: 10_000 }).toContain('TestFairy App Distribution')
    expect((await readCard(page)).pointToIt).toBe(false)
    await expect.poll(async () => (await storage().session(['slots'])).slots).toEqual({})
    await expect.poll(() => panel.text('[data-panel-cannot]').catch(() => '')).toContain('no longer sends user feedback by webhook')
    // the person goes on by hand to its webhook form: still told, and nothing is filled or made
    await page.click('button[aria-label="Profile"]')
    await page.click('[role="menuitem"][href="/org/integrations/"]')
    await page.click('a[href="/org/integrations/webhooks/"]')
    await expect.poll(async () => (await readCard(page!)).text, { timeout: 10_000 }).toContain('TestFairy App Distribution')
    expect(await stepIndex()).toBe(firstTestFairyStep)
    // ... and opens its webhook form: told there too, the setup stays where it was, nothing filled
    await page.waitForSelector('button[data-new-webhook]')
    await page.click('button[data-new-webhook]')
    await page.waitForSelector('dialog[open] input[name="url"]')
    expect((await readCard(page)).text).toContain('TestFairy App Distribution')
    expect(await stepIndex()).toBe(firstTestFairyStep)
    expect(await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('dialog[open] input[name="name"], dialog[open] input[name="url"]')].map((i) => i.value))).toEqual(['', ''])
    expect(tf(host).received).toEqual([])
    expect(tf(host).webhooks).toEqual([])
    expect(JSON.stringify(await storage().local(null))).not.toContain(endpoint.split('apiKey=')[1])
  }, 120_000)

  it('"Open TestFairy" before any TestFairy page: the person says theirs has its own address, types it, and it opens', async () => {
    await centercodeDone()
    await storage().setProgress(flow, firstTestFairyStep)
    page = await browser.newPage()
    await page.goto(`https://${community}/project/home.html`)
    await expect.poll(async () => (await readCard(page!)).text, { timeout: 10_000 }).toContain('Which one does your team use?')
    await page.click(inCard('button[data-action="choose"][data-choice="1"]'))
    await page.waitForSelector(inCard('input'))
    // a wrong address is said in words, on the field, and nothing opens
    await page.type(inCard('input'), 'globex.testfairy.co')
    await page.click(inCard('button[data-action="submit-address"]'))
    await expect.poll(() => page!.text(inCard('[role="alert"]')).catch(() => '')).toContain('not a TestFairy dashboard')
    await page.click(inCard('input'))
    await page.press('End')
    await page.type(inCard('input'), 'm')
    await page.click(inCard('button[data-action="submit-address"]'))
    const opened = await browser.findPage(`https://${servedHosts.testfairyPrivateCloud}/`)
    expect(((await storage().local(['progress'])).progress as { testfairyChosen?: string }).testfairyChosen).toBe(`https://${servedHosts.testfairyPrivateCloud}`)
    // it is bound only by the person's answer on its own page, as any TestFairy other than the default
    await expect.poll(async () => (await readCard(opened)).confirmSite, { timeout: 10_000 }).toBe(true)
    expect(((await storage().local(['progress'])).progress as { testfairy?: string }).testfairy).toBeUndefined()
    await opened.close()
  }, 120_000)

  it('the panel asks which TestFairy before any is known: a wrong address said in words, the right one opened', async () => {
    await centercodeDone()
    await panel.waitForSelector('[data-panel-status="running"]')
    await panel.waitForSelector('#testfairy')
    await panel.type('#testfairy', 'globex.testfairy.co')
    await panel.click('[data-action="start"]')
    await expect.poll(() => panel.text('#start-problem').catch(() => '')).toContain('not a TestFairy dashboard')
    await panel.click('#testfairy')
    await panel.press('End')
    await panel.type('#testfairy', 'm')
    await panel.click('[data-action="start"]')
    const opened = await browser.findPage(`https://${servedHosts.testfairyPrivateCloud}/`)
    expect(((await storage().local(['progress'])).progress as { testfairyChosen?: string }).testfairyChosen).toBe(`https://${servedHosts.testfairyPrivateCloud}`)
    await expect.poll(async () => (await readCard(opened)).confirmSite, { timeout: 10_000 }).toBe(true)
    await opened.close()
  }, 120_000)

  it('"Continue setup" goes back to the Sauce Labs data centre the setup is bound to', async () => {
    await centercodeDone()
    await storage().setProgress(flow, firstTestFairyStep + 1, false, { testfairy: `https://${servedHosts.sauceEu}` })
    await panel.waitForSelector('[data-panel-status="running"]')
    await panel.click('[data-action="start"]')
    const opened = await browser.findPage(`https://${servedHosts.sauceEu}/`)
    await expect.poll(async () => (await readCard(opened)).text, { timeout: 10_000 }).toBeTruthy()
    expect((await readCard(opened)).confirmSite).toBe(false)
    await opened.close()
  }, 120_000)

  it('a server-side error is repeated on the card, and nothing on the form is lost', async () => {
    const endpoint = await centercodeDone()
    const save = flow.steps.findIndex((s) => s.id === 'tf-save-webhook')
    await follow(`https://${servedHosts.testfairy}/settings/integrations/`, { until: save })
    // the person empties the Name field (as the page's own framework sees typing) before saving
    await page!.evaluate(() => {
      const name = document.querySelector<HTMLInputElement>('dialog[open] input[name="webhook-name"]')!
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(name, '')
      name.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await followSpotlight(page!, { flow, until: save + 1, stepIndex, timeoutMs: 20_000 })
    await expect.poll(async () => (await readCard(page!)).problem, { timeout: 10_000 }).toBe('The page says: This field is required.')
    const values = await page!.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('dialog[open] input[type="text"]')].map((i) => i.value))
    expect(values).toEqual(['', endpoint])
    expect(tf(servedHosts.testfairy).webhooks).toEqual([])
    expect(tf(servedHosts.testfairy).received.map((r) => r.outcome)).toEqual(['invalid'])
  }, 120_000)
})
