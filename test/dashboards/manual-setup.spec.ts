// The whole manual setup across both imitation dashboards, as a person does it today with no extension:
// an API key and an External Feedback Source in Centercode, the endpoint URL copied from the page into
// TestFairy's Centercode webhook, and TestFairy's "Test URL" feedback arriving in the Centercode project.
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchWalker, startRig, type Rig } from '../e2e/rig/rig'
import type { CentercodeState } from './centercode/state'
import { servedHosts } from './hosts'
import type { TestFairyState } from './testfairy/state'

let rig: Rig
let walker: { context: BrowserContext; close(): Promise<void> }
let page: Page

beforeAll(async () => {
  rig = await startRig()
  walker = await launchWalker(rig)
  walker.context.setDefaultTimeout(10_000)
})
afterAll(async () => {
  await walker?.close()
  await rig?.close()
})
beforeEach(async () => {
  rig.dashboards.reset()
  for (const open of walker.context.pages()) await open.close()
  page = await walker.context.newPage()
})

const sampleText = 'This is a test feedback sent by TestFairy to check your webhook.'

describe('manual setup, by hand, across both sites', () => {
  it('legacy Centercode (acme) → TestFairy Integrations (app): Test URL feedback lands in the project', async () => {
    const community = `https://${servedHosts.centercode}`
    // what the person does, counted: a click (a pick from a list counts two), a key pressed; copying and pasting
    // the endpoint is a click to select it, Ctrl+C, a click in the field and Ctrl+V
    const effort = { clicks: 0, keystrokes: 0 }
    const click = async (locator: Locator) => {
      await locator.click()
      effort.clicks++
    }
    const type = async (locator: Locator, text: string) => {
      await click(locator)
      await locator.fill(text)
      effort.keystrokes += text.length
    }
    const pick = async (locator: Locator, option: string) => {
      await locator.selectOption(option)
      effort.clicks += 2
    }
    // Phase 1: Community Tools > Configuration > API Keys > Create an API Key
    await page.goto(`${community}/`)
    await page.locator('.menu-title', { hasText: 'Community Tools' }).hover()
    await click(page.locator('.submenu').getByRole('link', { name: 'Configuration', exact: true }))
    await click(page.getByRole('link', { name: 'API Keys' }))
    await click(page.getByRole('link', { name: 'Create an API Key' }))
    await type(page.getByLabel('Name'), 'TestFairy')
    await click(page.getByRole('button', { name: 'Submit' }))
    await page.locator('code.new-api-key').waitFor()

    // Phase 2: Project Tools > Feedback Types > hover Bug Reports > Modify > External Sources > Create
    await page.locator('.menu-title', { hasText: 'Project Tools' }).hover()
    await click(page.getByRole('link', { name: 'Feedback Types' }))
    const bugReports = page.locator('tr.type-row', { hasText: 'Bug Reports' })
    await bugReports.hover()
    await click(bugReports.getByRole('link', { name: 'Modify' }))
    await click(page.getByRole('link', { name: 'External Sources' }))
    await click(page.getByRole('link', { name: 'Create an External Source' }))
    await type(page.getByLabel('Name'), 'TestFairy')
    await type(page.getByLabel('Key'), 'testfairy')
    await pick(page.getByLabel('Team'), 'Beta Team')
    await pick(page.getByLabel('Status'), 'New')
    await type(page.locator('.element-params tr', { hasText: 'Summary' }).locator('input'), 'text')
    await click(page.getByRole('button', { name: 'Submit' }))
    const endpoint = await page.getByLabel('API Endpoint URL').inputValue()
    effort.clicks++ // select it
    effort.keystrokes++ // Ctrl+C

    // Phase 3: TestFairy e-mail menu > Preferences > Integrations > Centercode > Add Integration
    await page.goto(`https://${servedHosts.testfairy}/`) // from a bookmark: not counted
    await click(page.getByRole('button', { name: 'qa.lead@acme.example' }))
    await click(page.getByRole('menuitem', { name: 'Preferences' }))
    await click(page.getByRole('link', { name: 'Integrations' }))
    await click(page.locator('.integration-row', { hasText: 'Centercode' }).getByRole('button', { name: 'Add Integration' }))
    const dialog = page.getByRole('dialog')
    await type(dialog.locator('input[name="webhook-name"]'), 'Centercode')
    await click(dialog.locator('input[name="webhook-url"]'))
    await dialog.locator('input[name="webhook-url"]').fill(endpoint)
    effort.keystrokes++ // Ctrl+V
    await dialog.getByLabel('User feedback').check()
    effort.clicks++
    await click(dialog.getByRole('button', { name: 'Test URL' }))
    await dialog.getByText(/^Response: 200/).waitFor()
    await click(dialog.getByRole('button', { name: 'Add webhook' }))
    await page.locator('[data-active-integrations]').getByText(endpoint).waitFor()

    console.log(`manual path (no extension): ${effort.clicks} clicks, ${effort.keystrokes} keystrokes`)

    // The pipe works: the test feedback is in the Centercode project's feedback list.
    await page.goto(`${community}/`)
    await page.locator('.menu-title', { hasText: 'Project Tools' }).hover()
    await click(page.locator('.submenu').getByRole('link', { name: 'Feedback', exact: true }))
    await page.locator('.feedback-table tbody tr', { hasText: sampleText }).waitFor()

    const centercode = rig.dashboards.site(servedHosts.centercode)!.state as CentercodeState
    expect(centercode.feedback).toMatchObject([{ sourceKey: 'testfairy', fields: { Summary: sampleText }, payload: { event: 'feedback' } }])
    const testfairy = rig.dashboards.site(servedHosts.testfairy)!.state as TestFairyState
    expect(testfairy.webhooks).toMatchObject([{ name: 'Centercode', url: endpoint, active: true, events: ['feedback'] }])
  })

  it('current Centercode (initech) → older TestFairy Webhooks page (private cloud): the same result', async () => {
    const community = `https://${servedHosts.centercodeCurrent}`
    // Phase 1: logo > Community configuration > Integration center > API Keys > Create an API Key
    await page.goto(`${community}/`)
    await page.getByRole('button', { name: /logo/ }).click()
    await page.getByRole('menuitem', { name: 'Community configuration' }).click()
    await page.getByRole('link', { name: /Integration center/ }).click()
    await page.getByRole('link', { name: /^API Keys/ }).click()
    await page.getByRole('link', { name: 'Create an API Key' }).click()
    await page.getByLabel('Name').fill('TestFairy')
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()

    // Phase 2: Management > Project configuration > Feedback types > Issues (pencil) > External sources > Create
    await page.getByRole('button', { name: 'Management' }).click()
    await page.getByRole('menuitem', { name: 'Project configuration' }).click()
    await page.getByRole('link', { name: /Feedback types/ }).click()
    await page.locator('li.type-item', { hasText: 'Issues' }).getByRole('button', { name: 'Modify' }).click()
    await page.getByRole('link', { name: 'External sources' }).click()
    await page.getByRole('link', { name: 'Create an External Source' }).click()
    await page.getByLabel('Name').fill('TestFairy')
    await page.getByLabel('Key').fill('testfairy')
    await page.getByLabel('Team').selectOption('Product Team')
    await page.getByLabel('Status').selectOption('New')
    await page.locator('.element-params tr', { hasText: 'Summary' }).locator('input').fill('text')
    await page.getByRole('button', { name: 'Submit' }).click()
    const endpoint = ((await page.locator('code#endpoint-url').textContent()) ?? '').trim()
    expect(endpoint).toMatch(/^https:\/\/initech\.centercode\.com\/api\/v1\/projects\/InitechPilot\/feedback\/testfairy\?apiKey=/)

    // Phase 3: the older TestFairy generation: Preferences > Webhooks > + Add webhook
    const testfairy = `https://${servedHosts.testfairyPrivateCloud}`
    await page.goto(`${testfairy}/settings/`)
    await page.getByRole('link', { name: 'Webhooks' }).click()
    await page.getByRole('link', { name: '+ Add webhook' }).click()
    await page.locator('input[name="name"]').fill('Centercode')
    await page.locator('input[name="url"]').fill(endpoint)
    await page.getByLabel('On each feedback').check()
    await page.getByRole('button', { name: 'Test URL' }).click()
    await page.locator('.test-result').getByText(/^Response: 200/).waitFor()
    await page.getByRole('button', { name: 'Add webhook' }).click()
    await page.getByText('Webhook saved successfully').waitFor()

    await page.goto(`${community}/`)
    await page.getByRole('button', { name: 'Management' }).click()
    await page.getByRole('menuitem', { name: 'Feedback' }).click()
    await page.locator('.feedback-table tr', { hasText: sampleText }).waitFor()
  })

  it('a URL for a host the imitations do not serve cannot be reached, and nothing is delivered', async () => {
    await page.goto(`https://${servedHosts.testfairyPrivateCloud}/settings/webhooks/add/`)
    await page.locator('input[name="url"]').fill('https://qa.centercode.com/api/v1/projects/P/feedback/s?apiKey=k')
    await page.getByRole('button', { name: 'Test URL' }).click()
    await page.locator('.test-result').getByText('Cannot reach qa.centercode.com: connection refused.').waitFor()
    for (const host of [servedHosts.centercode, servedHosts.centercodeCurrent]) {
      expect((rig.dashboards.site(host)!.state as CentercodeState).feedback).toEqual([])
    }
  })
})
