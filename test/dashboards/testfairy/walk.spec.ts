// The imitation TestFairy dashboard walked by hand in Chromium (no extension), as a person would click it.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchWalker, startRig, type Rig } from '../../e2e/rig/rig'
import { servedHosts } from '../hosts'
import { defaultOptions, type TestFairyOptions } from '../options'
import type { TestFairyState } from './state'

const app = `https://${servedHosts.testfairy}`
const globex = `https://${servedHosts.testfairyPrivateCloud}`
const endpoint = 'https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/appcrashlog?apiKey=Skel0123456789abcdef0123456789abcdef'
const account = (defaultOptions.hosts[servedHosts.testfairy] as TestFairyOptions).account

describe('imitation TestFairy, walked by hand', () => {
  let rig: Rig
  let walker: { context: BrowserContext; close(): Promise<void> }
  let page: Page
  const stateOf = (host: string) => rig.dashboards.site(host)?.state as TestFairyState

  beforeAll(async () => {
    rig = await startRig() // default render delay: the walks see the content arrive late, as a person would
    walker = await launchWalker(rig)
  })
  afterAll(async () => {
    await walker?.close()
    await rig?.close()
  })
  beforeEach(async () => {
    rig.dashboards.reset()
    for (const p of walker.context.pages()) await p.close()
    page = await walker.context.newPage()
    page.setDefaultTimeout(8_000)
  })

  it('current generation: menu > Preferences > Integrations > Centercode: validate, test, add, edit, delete', async () => {
    const errors: string[] = []
    page.on('console', (m) => void (m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`)))
    page.on('pageerror', (e) => errors.push(e.message))

    await page.goto(`${app}/`)
    await page.getByText('Sessions this week').waitFor()
    expect(await page.locator('.account-menu').count()).toBe(0) // rendered only when opened
    await page.getByRole('button', { name: account }).click()
    await page.getByRole('menuitem', { name: 'Preferences' }).click()
    await page.waitForURL(`${app}/settings/`)
    await page.getByRole('heading', { name: 'Account Preferences' }).waitFor()
    await page.getByRole('heading', { name: 'SDK App Token' }).waitFor()
    await page.evaluate(() => Object.assign(window, { walkMarker: 'same document' }))

    await page.getByRole('link', { name: 'Integrations' }).click()
    await page.waitForURL(`${app}/settings/integrations/`)
    await page.getByText('No Active Integrations').waitFor()
    expect(await page.evaluate(() => (window as unknown as { walkMarker?: string }).walkMarker)).toBe('same document')
    expect(await page.getByRole('link', { name: 'Integrations' }).getAttribute('aria-current')).toBe('page')
    const rowTitles = await page.locator('.integration-row .integration-title').allTextContents()
    expect(rowTitles).toEqual(['SMTP Email', 'Gmail', 'Slack', 'Zendesk', 'Centercode', 'Webhook'])

    await page.locator('.integration-row', { hasText: 'Centercode' }).getByRole('button', { name: 'Add Integration' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(await dialog.getByLabel('App crash').isChecked()).toBe(false)
    expect(await dialog.getByLabel('User feedback').isChecked()).toBe(false)
    expect(await dialog.getByLabel('New upload').isChecked()).toBe(false)
    expect(await dialog.getByLabel('All projects').isChecked()).toBe(true)
    expect(await dialog.locator('input[name="webhook-status"]').isChecked()).toBe(true)

    await dialog.getByRole('button', { name: 'Add webhook' }).click()
    await dialog.locator('[data-errors-for="webhook-name"]').getByText('This field is required.').waitFor()
    await dialog.locator('[data-errors-for="webhook-url"]').getByText('This field is required.').waitFor()

    const name = dialog.locator('input[name="webhook-name"]')
    const url = dialog.locator('input[name="webhook-url"]')
    await name.fill('Centercode')
    await url.fill('acme.centercode.com/api')
    await dialog.getByRole('button', { name: 'Add webhook' }).click()
    await dialog.getByText('Enter a valid URL.').waitFor()
    expect(await name.inputValue()).toBe('Centercode') // nothing lost, dialog still open
    expect(await dialog.isVisible()).toBe(true)

    await url.fill('https://unknown.example.org/hook')
    await dialog.getByLabel('User feedback').check()
    await dialog.getByRole('button', { name: 'Test URL' }).click()
    await dialog.getByText('Cannot reach unknown.example.org: connection refused.').waitFor()
    expect(stateOf(servedHosts.testfairy).webhooks).toEqual([])

    await url.fill(endpoint)
    await dialog.getByRole('button', { name: 'Add webhook' }).click()
    await dialog.waitFor({ state: 'hidden' })
    const active = page.locator('[data-active-integrations]')
    await active.getByText(endpoint).waitFor()
    expect(await active.locator('.integration-title').textContent()).toBe('Centercode')

    const state = stateOf(servedHosts.testfairy)
    expect(state.webhooks).toEqual([
      { id: 1, integration: 'centercode', name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true },
    ])
    expect(state.received.map((r) => [r.action, r.outcome])).toEqual([
      ['create', 'invalid'],
      ['create', 'invalid'],
      ['create', 'saved'],
    ])
    expect(state.received[2]?.fields).toEqual({
      'webhook-name': 'Centercode', 'webhook-url': endpoint, 'webhook-status': 'active', actions: 'feedback', 'all-projects': 'true', integration: 'centercode',
    })
    expect(state.testDeliveries.map((d) => d.url)).toEqual(['https://unknown.example.org/hook'])

    // edit
    await active.getByRole('button', { name: /Centercode/ }).click()
    const edit = active.locator('form[data-webhook-form="edit"]')
    await edit.getByRole('heading', { name: 'Webhook' }).waitFor()
    expect(await edit.locator('.event-list .check').allTextContents()).toEqual([' On every crash', ' On each feedback', ' On every new app version'])
    expect(await edit.getByLabel('On each feedback').isChecked()).toBe(true)
    await edit.locator('input[name="webhook-name"]').fill('')
    await edit.getByRole('button', { name: 'Save webhook' }).click()
    await edit.getByText('This field is required.').waitFor()
    await edit.locator('input[name="webhook-name"]').fill('Centercode beta')
    await edit.getByLabel('On every crash').check()
    await edit.getByRole('button', { name: 'Save webhook' }).click()
    await active.getByText('Centercode beta').waitFor()
    expect(stateOf(servedHosts.testfairy).webhooks[0]).toMatchObject({ name: 'Centercode beta', events: ['crash', 'feedback'] })

    // delete
    await active.getByRole('button', { name: /Centercode beta/ }).click()
    await active.getByRole('button', { name: 'Delete webhook' }).click()
    await page.getByText('No Active Integrations').waitFor()
    expect(stateOf(servedHosts.testfairy).webhooks).toEqual([])
    expect(stateOf(servedHosts.testfairy).received.map((r) => [r.action, r.outcome])).toEqual([
      ['create', 'invalid'], ['create', 'invalid'], ['create', 'saved'], ['update', 'invalid'], ['update', 'saved'], ['delete', 'deleted'],
    ])
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([])
  })

  it('current generation without a Centercode row: the Webhook row adds the same webhook', async () => {
    rig.dashboards.configure(servedHosts.testfairy, { centercodeRow: false })
    await page.goto(`${app}/settings/integrations/`)
    await page.locator('.integration-row').first().waitFor()
    expect(await page.locator('.integration-row .integration-title').allTextContents()).toEqual(['SMTP Email', 'Gmail', 'Slack', 'Zendesk', 'Webhook'])
    await page.locator('.integration-row', { hasText: 'Add incoming webhooks about new versions, crashes and user feedback' }).getByRole('button', { name: 'Add Integration' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('heading', { name: 'Webhook' }).waitFor()
    await dialog.locator('input[name="webhook-name"]').fill('Centercode')
    await dialog.locator('input[name="webhook-url"]').fill(endpoint)
    await dialog.getByLabel('User feedback').check()
    await dialog.getByRole('button', { name: 'Add webhook' }).click()
    await page.locator('.active-integration .active-name').getByText('Centercode', { exact: true }).waitFor()
    expect(stateOf(servedHosts.testfairy).webhooks).toEqual([
      { id: 1, integration: 'webhook', name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true },
    ])
  })

  it('the controlled form ignores a value assigned without input events', async () => {
    await page.goto(`${app}/settings/integrations/`)
    await page.locator('.integration-row', { hasText: 'Centercode' }).getByRole('button', { name: 'Add Integration' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.locator('input[name="webhook-name"]').fill('Centercode')
    await dialog.locator('input[name="webhook-url"]').evaluate((input: HTMLInputElement, value) => {
      input.value = value
    }, endpoint)
    await dialog.getByRole('button', { name: 'Add webhook' }).click()
    await dialog.locator('[data-errors-for="webhook-url"]').getByText('This field is required.').waitFor()
    const state = stateOf(servedHosts.testfairy)
    expect(state.webhooks).toEqual([])
    expect(state.received.at(-1)?.fields['webhook-url']).toBe('')
  })

  it('older generation (private cloud): Webhooks > + Add webhook > validation > saved > Edit Webhook', async () => {
    const integrations = await page.goto(`${globex}/settings/integrations/`)
    expect(integrations?.status()).toBe(404)
    await page.goto(`${globex}/settings/`)
    const sidebar = await page.locator('.sidebar-link').allTextContents()
    expect(sidebar).toContain('Webhooks')
    expect(sidebar).not.toContain('Integrations')
    await page.getByRole('link', { name: 'Webhooks' }).click()
    await page.getByRole('heading', { name: 'Webhooks' }).waitFor()
    await page.getByRole('link', { name: 'Add to Slack' }).waitFor()
    await page.getByRole('link', { name: '+ Add webhook' }).click()
    await page.waitForURL(`${globex}/settings/webhooks/add/`)

    await page.getByRole('button', { name: 'Add webhook' }).click()
    await page.getByText('This field is required.').first().waitFor()
    await page.locator('input[name="name"]').fill('Centercode')
    await page.locator('input[name="url"]').fill('htp:/acme')
    await page.getByRole('button', { name: 'Add webhook' }).click()
    await page.getByText('Enter a valid URL.').waitFor()
    expect(await page.locator('input[name="name"]').inputValue()).toBe('Centercode')
    expect(stateOf(servedHosts.testfairyPrivateCloud).webhooks).toEqual([])

    await page.locator('input[name="url"]').fill(endpoint)
    await page.getByRole('button', { name: 'Test URL' }).click()
    await page.locator('.test-result').getByText(/^Response: \d{3}/).waitFor()
    // the older form's own words: "Events:" and four boxes (dashboards.md)
    expect(await page.locator('.event-list .check').allTextContents()).toEqual([' On every crash', ' On each feedback', ' On every new app version', ' On every download'])
    await page.getByText('Events:').waitFor()
    await page.getByLabel('On each feedback').check()
    await page.getByRole('button', { name: 'Add webhook' }).click()
    await page.waitForURL(`${globex}/settings/webhooks/`)
    await page.getByText('Webhook saved successfully').waitFor()
    await page.getByText('All webhooks').waitFor()
    await page.locator('.webhook-item').getByText(endpoint).waitFor()

    const state = stateOf(servedHosts.testfairyPrivateCloud)
    expect(state.webhooks).toEqual([
      { id: 1, integration: 'webhook', name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true },
    ])
    expect(state.received.at(-1)).toMatchObject({
      action: 'create', outcome: 'saved', fields: { name: 'Centercode', url: endpoint, active: 'on', on_feedback: 'on', all_projects: 'on', action: 'save' },
    })

    await page.getByRole('link', { name: 'Edit Webhook' }).click()
    await page.waitForURL(`${globex}/settings/webhooks/1/edit/`)
    expect(await page.getByLabel('On each feedback').isChecked()).toBe(true)
    await page.getByRole('link', { name: 'See full list of webhooks' }).waitFor()
    await page.locator('input[name="name"]').fill('Centercode beta')
    await page.getByLabel('On every download').check()
    await page.getByRole('button', { name: 'Save webhook' }).click()
    await page.getByText('Webhook saved successfully').waitFor()
    await page.locator('.webhook-item').getByText('Centercode beta').waitFor()
    expect(stateOf(servedHosts.testfairyPrivateCloud).webhooks[0]).toMatchObject({ events: ['feedback', 'download'] })
    await page.getByRole('link', { name: 'Edit Webhook' }).click()
    await page.getByRole('button', { name: 'Delete webhook' }).click()
    await page.getByText('Webhook deleted successfully').waitFor()
    expect(stateOf(servedHosts.testfairyPrivateCloud).webhooks).toEqual([])
  })

  it('the newer product has no User feedback event, and refuses one', async () => {
    rig.dashboards.configure(servedHosts.testfairy, { feedbackEvent: false })
    await page.goto(`${app}/settings/integrations/`)
    await page.locator('.integration-row', { hasText: 'Centercode' }).getByRole('button', { name: 'Add Integration' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.waitFor()
    expect(await dialog.locator('.event-list .check').allTextContents()).toEqual([' New upload', ' App download', ' New device'])
    expect(await dialog.getByText('User feedback').count()).toBe(0)
    const refused = await page.evaluate(async (url) => {
      const response = await fetch('/api/1/webhook/', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ 'webhook-name': 'Centercode', 'webhook-url': url, 'webhook-status': 'active', actions: 'feedback', 'all-projects': 'true' }),
      })
      return { status: response.status, body: await response.json() }
    }, endpoint)
    expect(refused).toEqual({ status: 400, body: { status: 'fail', errors: { actions: ['Select a valid choice. feedback is not one of the available choices.'] } } })
    expect(stateOf(servedHosts.testfairy).webhooks).toEqual([])
  })

  it('a settings panel loaded directly renders late', async () => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        Object.assign(window, { atDomContentLoaded: document.querySelectorAll('.integration-row').length })
      })
    })
    const started = Date.now()
    await page.goto(`${app}/settings/integrations/`, { waitUntil: 'domcontentloaded' })
    await page.locator('.integration-row').first().waitFor()
    const elapsed = Date.now() - started
    expect(await page.evaluate(() => (window as unknown as { atDomContentLoaded?: number }).atDomContentLoaded)).toBe(0)
    expect(await page.evaluate(() => document.body.dataset.renderDelay)).toBe(String(defaultOptions.renderDelayMs))
    expect(elapsed).toBeGreaterThanOrEqual(defaultOptions.renderDelayMs)
    expect(await page.locator('.integration-row').count()).toBe(6)
  })
})
