// A person who follows the written manual with the extension running and never touches the card: "Start setup"
// in the panel, then the dashboards' own menus, links and buttons, step by step as ../shared/dashboards.md has
// them, at no pause, 1 s and 3 s between actions. They type nothing: every field the manual says to fill, the
// extension fills (they wait to see it), the endpoint goes from Centercode into TestFairy by itself, and the
// extension's test feedback arrives. Prints what it took: the person's clicks, the card's, the keys pressed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { testFeedbackText } from '../../src/domain/test-feedback'
import type { CentercodeState } from '../dashboards/centercode/state'
import { servedHosts } from '../dashboards/hosts'
import { defaultOptions } from '../dashboards/options'
import type { TestFairyState } from '../dashboards/testfairy/state'
import { poll, selectedBrowsers, type TestBrowser, type TestPage } from './rig/browser'
import { extensionStorage } from './rig/guide-page'
import { person, type Person } from './rig/person'
import { launchBrowser, startRig, type Rig } from './rig/rig'

const panelPath = 'src/panel/index.html'
const log = process.env.E2E_LOG ? (line: string) => console.log(line) : undefined

type Presentation = 'readonly-input' | 'text-with-copy'

/** Phases 1 and 2 in one Centercode generation, from the community's home page. */
interface CentercodeWalk {
  community: string
  walk: (me: Person, page: TestPage, presentation: Presentation) => Promise<void>
}

/** The API Endpoint URL on the saved source, as each presentation shows it (the person looks at it). */
const endpointShown: Record<Presentation, string> = { 'readonly-input': 'input[readonly]', 'text-with-copy': 'code#endpoint-url' }

/** Legacy Centercode (2018 UI). */
const legacyCentercode: CentercodeWalk = {
  community: servedHosts.centercode,
  walk: async (me, page, presentation) => {
    // 1. Community Tools > Configuration > API Keys > Create an API Key; name it (the extension does); Submit
    await me.hover(page, { css: '.menu-title', text: 'Community Tools' })
    await me.click(page, { css: '.submenu a', text: 'Configuration' })
    await me.click(page, { css: 'a', text: 'API Keys' })
    await me.click(page, { css: 'a', text: 'Create an API Key' })
    await me.seeFilled(page, 'input[name="name"]', 'the key’s Name')
    await me.click(page, { css: 'button', text: 'Submit' })
    await me.see(page, { css: 'code' }, 'the new key')
    // 2. Project Tools > Feedback Types > Bug Reports: Modify > External Sources > Create an External Source
    await me.hover(page, { css: '.menu-title', text: 'Project Tools' })
    await me.click(page, { css: '.submenu a', text: 'Feedback Types' })
    await me.hover(page, { css: 'td', text: 'Bug Reports', within: { css: 'tr.type-row', text: 'Bug Reports' } })
    await me.click(page, { css: 'a', text: 'Modify', within: { css: 'tr.type-row', text: 'Bug Reports' } })
    await me.click(page, { css: 'a', text: 'External Sources' })
    await me.click(page, { css: 'a', text: 'Create an External Source' })
    for (const [css, what] of [['input[name="name"]', 'Name'], ['input[name="key"]', 'Key'], ['select[name="team"]', 'Team'], ['select[name="status"]', 'Status'], ['input[name="param_summary"]', 'the Summary parameter']] as const) {
      await me.seeFilled(page, css, what)
    }
    await me.click(page, { css: 'button', text: 'Submit' })
    await me.see(page, { css: endpointShown[presentation] }, 'the API Endpoint URL')
  },
}

/** TestFairy's Preferences > Integrations (current) and the older Webhooks pages. */
const testfairyWalks: Record<'integrations' | 'webhooks', (me: Person, page: TestPage) => Promise<void>> = {
  integrations: async (me, page) => {
    // 3. the e-mail menu > Preferences > Integrations > Centercode: Add Integration; the form is filled; Add webhook
    await me.click(page, { css: 'button', text: 'qa.lead@acme.example' })
    await me.click(page, { css: '[role="menuitem"]', text: 'Preferences' })
    await me.click(page, { css: 'a', text: 'Integrations' })
    await me.click(page, { css: 'button', text: 'Add Integration', within: { css: '.integration-row', text: 'Centercode' } })
    for (const [css, what] of [['dialog[open] input[name="webhook-name"]', 'Name'], ['dialog[open] input[name="webhook-url"]', 'URL'], ['dialog[open] input[name="actions-feedback"]', 'User feedback']] as const) {
      await me.seeFilled(page, css, what)
    }
    await me.click(page, { css: 'dialog[open] button', text: 'Add webhook' })
  },
  webhooks: async (me, page) => {
    await me.click(page, { css: 'button', text: 'qa.lead@acme.example' })
    await me.click(page, { css: '[role="menuitem"]', text: 'Preferences' })
    await me.click(page, { css: 'a', text: 'Webhooks' })
    await me.click(page, { css: 'a', text: '+ Add webhook' })
    for (const [css, what] of [['input[name="name"]', 'Name'], ['input[name="url"]', 'URL'], ['input[name="on_feedback"]', 'User feedback']] as const) {
      await me.seeFilled(page, css, what)
    }
    await me.click(page, { css: 'button', text: 'Add webhook' })
  },
}

/** Current Centercode (2025-26 UI). */
const currentCentercode: CentercodeWalk = {
  community: servedHosts.centercodeCurrent,
  walk: async (me, page, presentation) => {
    await me.click(page, { css: 'button.logo-button' })
    await me.click(page, { css: '[role="menuitem"]', text: 'Community configuration' })
    await me.click(page, { css: 'a', starts: 'Integration center' })
    await me.click(page, { css: 'a', starts: 'API Keys' })
    await me.click(page, { css: 'a', text: 'Create an API Key' })
    await me.seeFilled(page, 'input[name="name"]', 'the key’s Name')
    await me.click(page, { css: 'button', text: 'Submit' })
    await me.click(page, { css: 'dialog[open] button', text: 'Close' })
    await me.click(page, { css: 'button', text: 'Management' })
    await me.click(page, { css: '[role="menuitem"]', text: 'Project configuration' })
    await me.click(page, { css: 'a', starts: 'Feedback types' })
    await me.click(page, { css: 'button[aria-label="Modify"]', within: { css: 'li.type-item', text: 'Issues' } })
    await me.click(page, { css: 'a', text: 'External sources' })
    await me.click(page, { css: 'a', text: 'Create an External Source' })
    // two teams: which one is the person's to say (the extension asks them, on the card they do not read)
    for (const [css, what] of [['input[name="name"]', 'Name'], ['input[name="key"]', 'Key']] as const) await me.seeFilled(page, css, what)
    await me.pick(page, 'select[name="team"]', 'Product Team')
    for (const [css, what] of [['select[name="status"]', 'Status'], ['input[name="param_summary"]', 'the Summary parameter']] as const) await me.seeFilled(page, css, what)
    await me.click(page, { css: 'button', text: 'Submit' })
    await me.see(page, { css: endpointShown[presentation] }, 'the API endpoint URL')
  },
}

async function walkManual(rig: Rig, browser: TestBrowser, walk: CentercodeWalk, presentation: Presentation, testfairyWalk: (me: Person, page: TestPage) => Promise<void>, pauseMs: number) {
  const me = person({ pauseMs, ...(log ? { log } : {}) })
  const centercode = await browser.newPage()
  await centercode.goto(`https://${walk.community}/`)
  const panel = await browser.extensionPage(panelPath, '[data-panel-status]')
  await panel.waitForSelector('[data-action="start"]')
  expect(await panel.text('[data-action="start"]')).toBe('Start setup')
  await panel.click('[data-action="start"]')
  const cardClicks = 1
  const storage = extensionStorage(panel)
  await poll(async () => (await storage.local(['progress'])).progress !== undefined || undefined, 'the setup to start')
  await centercode.bringToFront()
  await walk.walk(me, centercode, presentation)
  // on to TestFairy from a bookmark, in a tab of its own (not counted: a person opens their dashboard anyway)
  const testfairy = await browser.newPage()
  await testfairy.goto(`https://${servedHosts.testfairy}/`)
  await testfairyWalk(me, testfairy)
  const community = rig.dashboards.site(walk.community)!.state as CentercodeState
  const dashboard = rig.dashboards.site(servedHosts.testfairy)!.state as TestFairyState
  // the extension's test feedback after each site: through the endpoint it read, then through the one TestFairy holds
  await poll(() => (community.feedback.filter((f) => f.fields.Summary === testFeedbackText).length >= 2 ? true : undefined), 'both test feedbacks in Centercode', 30_000)
  const key = community.apiKeys[0]!.key
  const projectKey = (defaultOptions.hosts[walk.community] as { projectKey: string }).projectKey
  expect(community.apiKeys).toHaveLength(1)
  expect(dashboard.webhooks).toMatchObject([{ name: 'Centercode', url: `https://${walk.community}/api/v1/projects/${projectKey}/feedback/testfairy?apiKey=${key}`, active: true, events: ['feedback'] }])
  expect(me.keystrokes).toBe(0)
  // nothing secret is left once the pipe is proven
  await poll(async () => (JSON.stringify((await storage.session(['slots'])).slots ?? {}) === '{}' ? true : undefined), 'the secrets to be erased')
  return { clicks: me.clicks, cardClicks, keystrokes: me.keystrokes }
}

describe.each(selectedBrowsers())('%s: a person who follows the manual and never touches the card', (name) => {
  let rig: Rig
  let browser: TestBrowser
  beforeEach(async () => {
    rig = await startRig()
  })
  afterEach(async () => {
    await browser?.close()
    await rig?.close()
  })

  // every generation of both sites and both endpoint presentations the person can see, at no pause; the default
  // pair at 1 s and 3 s too
  it.each<['legacy' | 'current', 'integrations' | 'webhooks', Presentation, number]>([
    ['legacy', 'integrations', 'readonly-input', 0],
    ['legacy', 'integrations', 'readonly-input', 1000],
    ['legacy', 'integrations', 'readonly-input', 3000],
    ['legacy', 'webhooks', 'text-with-copy', 0],
    ['current', 'webhooks', 'text-with-copy', 0],
    ['current', 'integrations', 'readonly-input', 0],
  ])('%s Centercode → TestFairy %s, endpoint as %s, %i ms between actions', async (centercode, generation, presentation, pauseMs) => {
    const walk = centercode === 'legacy' ? legacyCentercode : currentCentercode
    rig.dashboards.configure(servedHosts.testfairy, { generation })
    rig.dashboards.configure(walk.community, { endpointPresentation: presentation })
    browser = await launchBrowser(name, rig)
    const figures = await walkManual(rig, browser, walk, presentation, testfairyWalks[generation], pauseMs)
    console.log(`manual path with the extension (${name}, ${centercode} Centercode → TestFairy ${generation}, endpoint as ${presentation}, ${pauseMs} ms pauses): ${figures.clicks} clicks by the person, ${figures.cardClicks} on the panel or card, ${figures.keystrokes} keystrokes`)
  }, 240_000)
})
