// The imitation Centercode walked by hand in Chromium (no extension), as a person doing the setup would.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { servedHosts } from '../hosts'
import type { DashRequest } from '../http'
import type { CentercodeOptions } from '../options'
import { launchWalker, startRig, type Rig } from '../../e2e/rig/rig'
import type { CentercodeState } from './state'

const legacyHost = servedHosts.centercode
const currentHost = servedHosts.centercodeCurrent
const keyPattern = /^[A-Za-z0-9]{0,12}[0-9a-f]{32}$/

let rig: Rig
let walker: { context: BrowserContext; close(): Promise<void> }
let page: Page
/** Console errors and failed page scripts: a CSP violation or a broken script shows up here. */
let pageErrors: string[] = []

beforeAll(async () => {
  // Late rendering stays on (as on the real, busy site), a little shorter than the default to keep the walks brisk.
  rig = await startRig({ renderDelayMs: 200 })
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
  pageErrors = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of (401|404|422)/.test(message.text())) pageErrors.push(message.text())
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
})
afterEach(() => {
  expect(pageErrors).toEqual([])
})

const stateOf = (host: string) => rig.dashboards.site(host)!.state as CentercodeState

async function text(locator: ReturnType<Page['locator']>): Promise<string> {
  return (await locator.textContent())?.trim() ?? ''
}

/** A feedback webhook as the imitation TestFairy sends it. */
const feedback = (text: string) => ({
  event: 'feedback', timestamp: '2026-03-01 10:00:00', version: '1.0', build: 7, appName: 'Acme', correlationId: 'user-95',
  email: 'tester@example.com', rawDeviceName: 'Pixel 8', ipAddress: '198.51.100.4', text, sessionUrl: 'https://app.testfairy.com/s/1',
})

/** POST from the page itself (same origin), the way a person could try the endpoint from the console. */
function postFromPage(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  return page.evaluate(
    async ({ url, body }) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
      return { status: response.status, json: await response.json() }
    },
    { url, body },
  )
}

async function postInProcess(host: string, url: string, body: string) {
  const request: DashRequest = { method: 'POST', url: new URL(url), headers: { 'content-type': 'application/json' }, body }
  return rig.dashboards.site(host)!.handle(request)
}

describe('legacy generation (acme)', () => {
  it('walks API key → External Source → endpoint → feedback', async () => {
    await page.goto(`https://${legacyHost}/`)
    await expect(text(page.locator('h1'))).resolves.toContain('Acme Beta Community')

    // Before any API key: the type has no External Sources tab, only a hint.
    await page.locator('.menu-title', { hasText: 'Project Tools' }).hover()
    await page.getByRole('link', { name: 'Feedback Types' }).click()
    const bugRow = page.locator('tr.type-row', { hasText: 'Bug Reports' })
    await expect(bugRow.getByRole('link', { name: 'Modify' }).isVisible()).resolves.toBe(false)
    await bugRow.hover()
    await bugRow.getByRole('link', { name: 'Modify' }).click()
    await page.locator('[data-api-hint]').waitFor()
    await expect(page.locator('.tabs').getByRole('link', { name: 'External Sources' }).count()).resolves.toBe(0)

    // Community Tools > Configuration > API Keys > Create an API Key
    await page.locator('.menu-title', { hasText: 'Community Tools' }).hover()
    await page.locator('.submenu').getByRole('link', { name: 'Configuration', exact: true }).click()
    await page.getByRole('heading', { name: 'Advanced Configuration' }).waitFor()
    await page.getByRole('link', { name: 'API Keys' }).click()
    await page.getByRole('heading', { name: 'API Key Management' }).waitFor()
    const create = page.getByRole('link', { name: 'Create an API Key' })
    await expect(create.innerText()).resolves.toBe('CREATE AN API KEY')
    await create.click()
    await page.getByRole('heading', { name: 'Generate API Key' }).waitFor()
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.getByText('Name is required.').first().waitFor()
    await page.getByLabel('Name').fill('TestFairy')
    await page.getByLabel('IP Address').fill('203.0.113.7')
    await page.getByRole('textbox', { name: 'Description', exact: true }).last().fill('Office')
    await page.getByRole('button', { name: 'Add' }).click()
    await page.locator('tr.ip-row', { hasText: '203.0.113.7' }).waitFor()
    await expect(page.getByText('No IP address restrictions').isVisible()).resolves.toBe(false)
    await page.getByRole('button', { name: 'Submit' }).click()
    const shown = await text(page.locator('code.new-api-key'))
    expect(shown).toMatch(keyPattern)
    expect(shown).toMatch(/^default/)
    await expect(text(page.locator('.key-name-value'))).resolves.toBe('TestFairy')
    expect(stateOf(legacyHost).apiKeys).toMatchObject([{ name: 'TestFairy', key: shown, ipRestrictions: [{ ip: '203.0.113.7', description: 'Office' }] }])
    await page.reload()
    await page.locator('.alert-info').waitFor()
    await expect(page.locator('code.new-api-key').count()).resolves.toBe(0)
    await page.getByRole('link', { name: /Back to API Keys/ }).click()
    await page.locator('.api-key-table td', { hasText: shown }).waitFor()

    // Project Tools > Feedback Types > hover Bug Reports > Modify > External Sources > Create
    await page.locator('.menu-title', { hasText: 'Project Tools' }).hover()
    await page.getByRole('link', { name: 'Feedback Types' }).click()
    await bugRow.hover()
    await bugRow.getByRole('link', { name: 'Modify' }).click()
    await page.getByRole('link', { name: 'External Sources' }).click()
    await page.getByRole('link', { name: 'Create an External Source' }).click()
    await page.getByRole('heading', { name: 'Create External Feedback Source' }).waitFor()
    const status = page.getByLabel('Status')
    await expect(status.isDisabled()).resolves.toBe(true)
    await page.getByLabel('Name').fill('TestFairy feedback')
    await page.getByLabel('Key').fill('app crash')
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.getByText('Team is required.').first().waitFor()
    await page.getByText('Key may contain only letters').first().waitFor()
    await expect(page.getByLabel('Name').inputValue()).resolves.toBe('TestFairy feedback')

    await page.getByLabel('Key').fill('appcrashlog')
    await page.getByLabel('Team').selectOption('Beta Team')
    await expect(status.isEnabled()).resolves.toBe(true)
    await page.locator('[data-status-parameter]').waitFor() // No Selection asks for a Status parameter
    await status.selectOption('New')
    await page.locator('[data-status-parameter]').waitFor({ state: 'hidden' })
    await expect(page.locator('tr', { hasText: 'Severity' }).locator('.icon-minus').count()).resolves.toBe(1)
    await page.locator('.element-params tr', { hasText: 'Summary' }).locator('input').fill('text')
    await page.locator('.element-params tr', { hasText: 'Steps to Reproduce' }).locator('input').fill('sessionUrl')
    await page.getByRole('button', { name: 'Submit' }).click()

    const endpoint = await page.getByLabel('API Endpoint URL').inputValue()
    expect(endpoint).toBe(`https://${legacyHost}/api/v1/projects/AcmeBeta/feedback/appcrashlog?apiKey=${shown}`)
    await expect(page.getByLabel('API Endpoint URL').getAttribute('readonly')).resolves.not.toBeNull()

    // TestFairy's webhook arrives.
    await expect(postFromPage(endpoint, feedback('Crash when opening settings'))).resolves.toMatchObject({ status: 200, json: { status: 'accepted' } })
    expect(stateOf(legacyHost).feedback[0]).toMatchObject({ sourceKey: 'appcrashlog', fields: { Summary: 'Crash when opening settings', 'Steps to Reproduce': 'https://app.testfairy.com/s/1' } })
    const wrongKey = await postInProcess(legacyHost, endpoint.replace(/apiKey=.*/, `apiKey=default${'0'.repeat(32)}`), JSON.stringify(feedback('x')))
    expect(wrongKey.status).toBe(401)
    const unknownSource = await postInProcess(legacyHost, endpoint.replace('/appcrashlog?', '/nosuch?'), JSON.stringify(feedback('x')))
    expect(unknownSource.status).toBe(404)

    await page.locator('.menu-title', { hasText: 'Project Tools' }).hover()
    await page.locator('.submenu').getByRole('link', { name: 'Feedback', exact: true }).click()
    const row = page.locator('.feedback-table tbody tr', { hasText: 'Crash when opening settings' })
    await row.waitFor()
    await expect(text(row)).resolves.toMatch(/tester@example\.com[\s\S]*TestFairy feedback/)
    expect(stateOf(legacyHost).received.map((r) => r.outcome)).toEqual(['rejected', 'accepted', 'rejected', 'accepted'])
  })
})

describe('current generation (initech)', () => {
  it('walks the logo menu, the key dialog, the pencil and pushState tabs', async () => {
    // Before any API key: no External sources tab; the Integrations tab says why.
    await page.goto(`https://${currentHost}/management/projects/InitechPilot/configuration/feedback-types/issues/integrations`)
    await page.locator('[data-api-hint]').waitFor()
    await expect(page.locator('.tabs a').allTextContents()).resolves.toEqual(['Form', 'Workflow', 'Integrations'])

    await page.goto(`https://${currentHost}/`)
    await page.getByRole('button', { name: /logo/ }).click()
    await page.getByRole('menuitem', { name: 'Community configuration' }).click()
    await page.getByRole('link', { name: /Integration center/ }).click()
    await page.getByRole('link', { name: /^API Keys/ }).click()
    await page.getByRole('link', { name: 'Create an API Key' }).click()
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.getByRole('alert').filter({ hasText: 'Name is required.' }).waitFor()
    await page.getByLabel('Name').fill('TestFairy')
    await page.getByLabel('Prefix').fill('TF')
    await page.getByRole('button', { name: 'Submit' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    const key = await text(dialog.locator('[data-key-value]'))
    expect(key).toMatch(keyPattern)
    expect(key).toMatch(/^TF[0-9a-f]{32}$/)
    await expect(dialog.evaluate((d) => (d as HTMLDialogElement).open && d.matches(':modal'))).resolves.toBe(true)
    await dialog.getByRole('button', { name: 'Close' }).click()
    await page.waitForURL('**/api-keys')
    const listed = page.locator('.api-key-table tbody tr', { hasText: 'TestFairy' })
    await listed.waitFor()
    await expect(text(listed)).resolves.toContain(key.slice(-4))
    await expect(text(listed)).resolves.not.toContain(key)

    await page.getByRole('button', { name: 'Management' }).click()
    await page.getByRole('menuitem', { name: 'Project configuration' }).click()
    await page.getByRole('link', { name: /Feedback types/ }).click()
    // a click on the type's cell opens it as well as its Modify pencil does (the help centre's words)
    await page.locator('li.type-item strong', { hasText: 'Issues' }).click()
    await page.getByRole('link', { name: 'Form', exact: true }).waitFor()
    await page.goBack()
    await page.locator('li.type-item', { hasText: 'Issues' }).getByRole('button', { name: 'Modify' }).click()
    await page.getByRole('link', { name: 'Form', exact: true }).waitFor()
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))
    await page.getByRole('link', { name: 'External sources' }).click()
    await page.waitForURL('**/feedback-types/issues/external-sources')
    await page.getByRole('link', { name: 'Create an External Source' }).click()
    await page.waitForURL('**/external-sources/new')
    await expect(page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).resolves.toBe(true)

    await page.getByRole('heading', { name: 'Create external feedback source' }).waitFor()
    await expect(page.getByLabel('Status').isDisabled()).resolves.toBe(true)
    await page.getByLabel('Name').fill('TestFairy')
    await page.getByLabel('Key').fill('testfairy')
    await expect(page.getByLabel('Team').locator('option').allTextContents()).resolves.toEqual(['<Select>', 'Product Team', 'Support Team'])
    await page.getByLabel('Team').selectOption('Support Team')
    await page.getByLabel('Status').selectOption('New')
    await page.locator('.element-params tr', { hasText: 'Summary' }).locator('input').fill('text')
    await page.getByRole('button', { name: 'Submit' }).click()
    const code = page.locator('code#endpoint-url')
    await code.waitFor()
    const endpoint = await text(code)
    expect(endpoint).toBe(`https://${currentHost}/api/v1/projects/InitechPilot/feedback/testfairy?apiKey=${key}`)
    await page.getByRole('button', { name: 'Copy' }).waitFor()

    await expect(postFromPage(endpoint, feedback('Login button does nothing'))).resolves.toMatchObject({ status: 200 })
    await page.getByRole('button', { name: 'Management' }).click()
    await page.getByRole('menuitem', { name: 'Feedback' }).click()
    await page.locator('.feedback-table tr', { hasText: 'Login button does nothing' }).waitFor()
    expect(stateOf(currentHost).sources.issues).toMatchObject([{ key: 'testfairy', team: 'Support Team', status: 'New', elementParameters: { Summary: 'text' } }])
  })

  it('drops a value assigned without events in the controlled Create an API Key form', async () => {
    await page.goto(`https://${currentHost}/community/configuration/integrations/api-keys/new`)
    await page.getByLabel('Name').waitFor()
    await page.evaluate(() => {
      ;(document.querySelector('input[name="name"]') as HTMLInputElement).value = 'Assigned silently'
    })
    await page.getByLabel('Description').first().fill('typed by a person')
    await expect(page.getByLabel('Name').inputValue()).resolves.toBe('')
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.getByRole('alert').filter({ hasText: 'Name is required.' }).waitFor()
    expect(stateOf(currentHost).received.at(-1)).toMatchObject({ outcome: 'rejected', fields: { name: '', description: 'typed by a person' } })
  })
})

describe('renamed labels', () => {
  it('shows the community\u2019s own names, and the walk works by them', async () => {
    rig.dashboards.configure(legacyHost, { renamedLabels: true })
    await page.goto(`https://${legacyHost}/welcome/`)
    await page.locator('.menu-title', { hasText: 'Community Tools' }).hover()
    await page.locator('.submenu').getByRole('link', { name: 'Configuration', exact: true }).click()
    await expect(page.getByRole('link', { name: 'API Keys' }).count()).resolves.toBe(0)
    await page.getByRole('link', { name: 'Integration Keys' }).click()
    await page.getByRole('heading', { name: 'Integration Key Management' }).waitFor()
    await page.getByRole('link', { name: 'New Integration Key' }).click()
    await page.getByLabel('Name').fill('TestFairy')
    await page.getByRole('button', { name: 'Submit' }).click()
    const key = await text(page.locator('code.new-api-key'))
    expect(key).toMatch(keyPattern)

    await page.locator('.menu-title', { hasText: 'Project Tools' }).hover()
    await page.getByRole('link', { name: 'Feedback Forms' }).click()
    await expect(page.locator('tr.type-row', { hasText: 'Bug Reports' }).count()).resolves.toBe(0)
    const defects = page.locator('tr.type-row', { hasText: 'Defects' })
    await defects.hover()
    await defects.getByRole('link', { name: 'Modify' }).click()
    await page.getByRole('link', { name: 'Inbound Connections' }).click()
    await page.getByRole('link', { name: 'New Inbound Connection' }).click()
    await page.getByRole('heading', { name: 'Create Inbound Connection' }).waitFor()
    await page.getByLabel('Name').fill('TestFairy')
    await page.getByLabel('Key').fill('tf')
    await page.getByLabel('Team').selectOption('Beta Team')
    await page.getByLabel('Status').selectOption('New')
    await page.getByRole('button', { name: 'Submit' }).click()
    await expect(page.getByLabel('API Endpoint URL').inputValue()).resolves.toBe(`https://${legacyHost}/api/v1/projects/AcmeBeta/feedback/tf?apiKey=${key}`)
  })
})

describe('endpoint presentation', () => {
  /** Makes a key and a source by plain form POSTs, as the walk above does by clicking. */
  async function seed(host: string): Promise<{ key: string; sourcePath: string }> {
    const site = rig.dashboards.site(host)!
    const post = (path: string, body: string) =>
      site.handle({ method: 'POST', url: new URL(`https://${host}${path}`), headers: { 'content-type': 'application/x-www-form-urlencoded' }, body })
    await post('/admin/apikeys/generate.html', 'name=TestFairy&prefix=Skel&email_notification=none')
    const created = await post('/project/admin/externalsource.html?ft=101&action=create', 'name=TestFairy&key=appcrashlog&team=Beta+Team&status=New&param_summary=text')
    return { key: stateOf(host).apiKeys[0]!.key, sourcePath: created.headers!.location! }
  }

  it.each<[CentercodeOptions['endpointPresentation']]>([['readonly-input'], ['text-with-copy'], ['placeholder-key'], ['none'], ['form-only']])('%s', async (presentation) => {
    rig.dashboards.configure(legacyHost, { endpointPresentation: presentation })
    const { key, sourcePath } = await seed(legacyHost)
    const url = `https://${legacyHost}/api/v1/projects/AcmeBeta/feedback/appcrashlog?apiKey=`
    if (presentation === 'form-only') {
      // on the creation form, as the Key is typed, and nowhere once saved
      await page.goto(`https://${legacyHost}/project/admin/externalsource.html?ft=101&action=create`)
      const endpoint = page.getByLabel('API Endpoint URL')
      await expect(endpoint.inputValue()).resolves.toBe('')
      await page.locator('input[name="key"]').fill('nightly')
      await expect(endpoint.inputValue()).resolves.toBe(`https://${legacyHost}/api/v1/projects/AcmeBeta/feedback/nightly?apiKey=${key}`)
      await page.goto(`https://${legacyHost}${sourcePath}`)
      await page.locator('table.details').waitFor()
      await expect(page.locator('main').textContent()).resolves.not.toContain('/api/v1/')
      return
    }
    await page.goto(`https://${legacyHost}${sourcePath}`)
    await page.locator(presentation === 'none' ? '.api-info' : '.endpoint').waitFor()
    if (presentation === 'none') {
      // no URL anywhere on the page: only the parts a person would put it together from
      await expect(page.locator('main').textContent()).resolves.not.toContain('/api/v1/')
      await expect(text(page.locator('.api-info code'))).resolves.toBe('AcmeBeta')
      await expect(text(page.locator('table.details tr', { hasText: 'Key' }).locator('td'))).resolves.toBe('appcrashlog')
    } else if (presentation === 'readonly-input') {
      const input = page.locator('input#endpoint-url')
      await expect(input.inputValue()).resolves.toBe(url + key)
      await expect(input.getAttribute('readonly')).resolves.not.toBeNull()
    } else if (presentation === 'text-with-copy') {
      await expect(text(page.locator('code#endpoint-url'))).resolves.toBe(url + key)
      await page.getByRole('button', { name: 'Copy' }).click()
      await expect(page.locator('[data-copy-status]')).toBeDefined()
      await page.locator('[data-copy-status]').filter({ hasText: /Copied|Ctrl\+C/ }).waitFor()
    } else {
      await expect(text(page.locator('code#endpoint-url'))).resolves.toBe(`${url}{API_KEY}`)
      await expect(page.locator('.endpoint').textContent()).resolves.not.toContain(key)
      await page.getByText(/Substitute your API key/).waitFor()
    }
  })
})
