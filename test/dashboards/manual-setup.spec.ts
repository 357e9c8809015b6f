// The whole manual setup across both imitation dashboards, as a person does it today with no extension:
// an API key and an External Feedback Source in Centercode, the endpoint URL copied from the page into
// TestFairy's Centercode webhook, and TestFairy's "Test URL" feedback arriving in the Centercode project.
import type { BrowserContext, Page } from 'playwright-core'
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
    // Phase 1: Community Tools > Configuration > API Keys > Create an API Key
    await page.goto(`${community}/`)
    await page.locator('.menu-title', { hasText: 'Community Tools' }).hover()
    await page.locator('.submenu').getByRole('link', { name: 'Configuration', exact: true }).click()
    await page.getByRole('link', { name: 'API Keys' }).click()
    await page.getByRole('link', { name: 'Create an API Key' }).click()
    await page.getByLabel('Name').fill('TestFairy')
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.locator('code.new-api-key').waitFor()

    // Phase 2: Project Tools > Feedback Types > hover Bug Reports > Modify > External Sources > Create
    await page.locator('.menu-title', { hasText: 'Project Tools' }).hover()
    await page.getByRole('link', { name: 'Feedback Types' }).click()
    const bugReports = page.locator('tr.type-row', { hasText: 'Bug Reports' })
    await bugReports.hover()
    await bugReports.getByRole('link', { name: 'Modify' }).click()
    await page.getByRole('link', { name: 'External Sources' }).click()
    await page.getByRole('link', { name: 'Create an External Source' }).click()
    await page.getByLabel('Name').fill('TestFairy')
    await page.getByLabel('Key').fill('testfairy')
    await page.getByLabel('Team').selectOption('Beta Team')
    await page.getByLabel('Status').selectOption('New')
    await page.locator('.element-params tr', { hasText: 'Summary' }).locator('input').fill('text')
    await page.getByRole('button', { name: 'Submit' }).click()
    const endpoint = await page.getByLabel('API Endpoint URL').inputValue()

    // Phase 3: TestFairy e-mail menu > Preferences > Integrations > Centercode > Add Integration
    await page.goto(`https://${servedHosts.testfairy}/`)
    await page.getByRole('button', { name: 'qa.lead@acme.example' }).click()
    await page.getByRole('menuitem', { name: 'Preferences' }).click()
    await page.getByRole('link', { name: 'Integrations' }).click()
    await page.locator('.integration-row', { hasText: 'Centercode' }).getByRole('button', { name: 'Add Integration' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.locator('input[name="webhook-name"]').fill('Centercode')
    await dialog.locator('input[name="webhook-url"]').fill(endpoint)
    await dialog.getByLabel('User feedback').check()
    await dialog.getByRole('button', { name: 'Test URL' }).click()
    await dialog.getByText(/^Response: 200/).waitFor()
    await dialog.getByRole('button', { name: 'Add webhook' }).click()
    await page.locator('[data-active-integrations]').getByText(endpoint).waitFor()

    // The pipe works: the test feedback is in the Centercode project's feedback list.
    await page.goto(`${community}/`)
    await page.locator('.menu-title', { hasText: 'Project Tools' }).hover()
    await page.locator('.submenu').getByRole('link', { name: 'Feedback', exact: true }).click()
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
    await page.getByLabel('User feedback').check()
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
