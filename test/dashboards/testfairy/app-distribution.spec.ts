// The imitation TestFairy's newest generation, App Distribution 2026 (hooli.testfairy.com), walked by hand in
// Chromium (no extension): Profile > Integrations > Webhooks > New Webhook, as a person would click it.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchWalker, startRig, type Rig } from '../../e2e/rig/rig'
import { servedHosts } from '../hosts'
import { defaultOptions, type TestFairyOptions } from '../options'
import type { TestFairyState } from './state'

const host = servedHosts.testfairyAppDistribution
const hooli = `https://${host}`
const endpoint = 'https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/appcrashlog?apiKey=Skel0123456789abcdef0123456789abcdef'
const account = (defaultOptions.hosts[host] as TestFairyOptions).account

describe('imitation TestFairy App Distribution 2026, walked by hand', () => {
  let rig: Rig
  let walker: { context: BrowserContext; close(): Promise<void> }
  let page: Page
  const state = () => rig.dashboards.site(host)?.state as TestFairyState

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

  it('Profile > Integrations > Webhooks > New Webhook: errors keep the form, Test, Create Webhook, switch off persists', async () => {
    const errors: string[] = []
    page.on('console', (m) => void (m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`)))
    page.on('pageerror', (e) => errors.push(e.message))

    await page.goto(`${hooli}/`)
    await page.getByRole('heading', { name: 'Apps' }).waitFor()
    await page.getByRole('cell', { name: 'Hooli Maps' }).waitFor() // late
    const header = page.locator('header')
    expect(await header.locator('.ad-brand').textContent()).toBe('App Distribution')
    expect(await header.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual(['Apps', 'Testers', 'Insights'])
    expect(await header.getByText(account).count()).toBe(0) // no e-mail drop-down any more
    expect(await page.getByRole('menu').count()).toBe(0) // rendered only when opened

    const profile = page.getByRole('button', { name: 'Profile', exact: true })
    expect(await profile.textContent()).toBe('OH')
    expect(await profile.getAttribute('aria-haspopup')).toBe('menu')
    expect(await profile.getAttribute('aria-expanded')).toBe('false')
    await profile.click()
    const menu = page.getByRole('menu')
    await menu.waitFor()
    expect(await profile.getAttribute('aria-expanded')).toBe('true')
    expect(await menu.getByRole('menuitem').allTextContents()).toEqual(['My profile', 'Integrations', 'Organization', 'Sign out'])
    const [button, below] = [await profile.boundingBox(), await menu.boundingBox()]
    expect(below!.y).toBeGreaterThanOrEqual(button!.y + button!.height - 1) // directly below the button
    expect(below!.y).toBeLessThan(button!.y + button!.height + 16)
    expect(below!.x + below!.width).toBeGreaterThan(button!.x)
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'hidden' })
    expect(await profile.getAttribute('aria-expanded')).toBe('false')
    await profile.click()
    await menu.waitFor()
    await page.getByRole('heading', { name: 'Apps' }).click() // a click outside closes it
    await menu.waitFor({ state: 'hidden' })
    await profile.click()
    await menu.getByRole('menuitem', { name: 'Integrations' }).click()

    await page.waitForURL(`${hooli}/org/integrations/`)
    await page.getByRole('heading', { name: 'Integrations', level: 1 }).waitFor()
    const notifications = page.getByRole('region', { name: 'Notifications' })
    await notifications.waitFor() // late
    expect(await notifications.getByRole('link').allTextContents()).toEqual(['Webhooks'])
    await notifications.getByRole('img', { name: 'Connected' }).waitFor()
    const trackers = page.getByRole('region', { name: 'Issue trackers' })
    expect(await trackers.locator('.ad-integration-name').allTextContents()).toEqual(['Jira', 'Slack'])
    expect(await page.getByText('Centercode').count()).toBe(0)
    await page.evaluate(() => Object.assign(window, { walkMarker: 'same document' }))

    await notifications.getByRole('link', { name: 'Webhooks' }).click()
    await page.waitForURL(`${hooli}/org/integrations/webhooks/`)
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor()
    await page.getByText('No webhooks yet').waitFor()
    // and back, and in again by the row's status mark: all in one document
    await page.goBack()
    await page.waitForURL(`${hooli}/org/integrations/`)
    await page.getByRole('img', { name: 'Connected' }).click()
    await page.waitForURL(`${hooli}/org/integrations/webhooks/`)
    await page.getByText('No webhooks yet').waitFor()
    expect(await page.evaluate(() => (window as unknown as { walkMarker?: string }).walkMarker)).toBe('same document')
    expect(await page.title()).toBe('Webhooks - App Distribution')

    await page.getByRole('button', { name: 'New Webhook' }).click()
    const dialog = page.getByRole('dialog', { name: 'New Webhook' })
    await dialog.waitFor()
    expect(await dialog.evaluate((d: HTMLDialogElement) => d.matches(':modal'))).toBe(true)
    const name = dialog.getByLabel('Name', { exact: true })
    const url = dialog.getByLabel('URL', { exact: true })
    const uploaded = dialog.getByLabel('New build uploaded')
    expect(await dialog.getByRole('group', { name: 'Events' }).getByRole('checkbox').count()).toBe(3)
    expect(await dialog.getByLabel('Build downloaded').isChecked()).toBe(false)
    expect(await dialog.getByLabel('New iOS device registered').isChecked()).toBe(false)
    expect(await dialog.getByLabel('Apps').evaluate((s: HTMLSelectElement) => [s.multiple, s.selectedOptions.length, s.options.length])).toEqual([true, 0, 5])
    expect(await dialog.getByText('feedback', { exact: false }).count()).toBe(0)
    await dialog.getByRole('button', { name: 'Cancel' }).waitFor()

    await dialog.getByRole('button', { name: 'Create Webhook' }).click()
    await dialog.locator('[data-errors-for="name"]').getByText('Name is required.').waitFor()
    await dialog.locator('[data-errors-for="url"]').getByText('URL is required.').waitFor()
    await dialog.locator('[data-errors-for="events"]').getByText('Choose at least one event.').waitFor()
    expect(await name.getAttribute('aria-invalid')).toBe('true')

    await name.fill('Build server')
    await url.fill('https://127.0.0.1/hook')
    await uploaded.check()
    await dialog.getByRole('button', { name: 'Create Webhook' }).click()
    await dialog.locator('[data-errors-for="url"]').getByText('This URL is not allowed.').waitFor()
    expect(await dialog.locator('[data-errors-for="name"]').isHidden()).toBe(true)
    expect(await name.inputValue()).toBe('Build server') // nothing lost, dialog still open
    expect(await url.inputValue()).toBe('https://127.0.0.1/hook')
    expect(await uploaded.isChecked()).toBe(true)
    expect(await dialog.isVisible()).toBe(true)

    // Test: refused URLs send nothing, an unknown host is not reached, an imitated one answers
    const status = dialog.getByRole('status')
    await dialog.getByRole('button', { name: 'Test' }).click()
    await status.getByText('This URL is not allowed.').waitFor()
    await url.fill('https://unknown.example.org/hook')
    await dialog.getByRole('button', { name: 'Test' }).click()
    await status.getByText('Cannot reach unknown.example.org: connection refused.').waitFor()
    await url.fill(endpoint)
    await dialog.getByRole('button', { name: 'Test' }).click()
    await status.getByText(/^Response: \d{3}/).waitFor()
    expect(state().testDeliveries.map((d) => [d.url, (d.payload as { event: string }).event])).toEqual([
      ['https://unknown.example.org/hook', 'upload'],
      [endpoint, 'upload'],
    ])
    expect(state().webhooks).toEqual([])

    await dialog.getByRole('button', { name: 'Create Webhook' }).click()
    await dialog.waitFor({ state: 'hidden' })
    const row = page.locator('.ad-webhook', { hasText: 'Build server' })
    await row.getByText(endpoint).waitFor()
    expect(await page.getByText('No webhooks yet').count()).toBe(0)
    expect(state().webhooks).toEqual([
      { id: 1, integration: 'webhook', name: 'Build server', url: endpoint, active: true, events: ['upload'], allProjects: true },
    ])
    expect(state().received.map((r) => [r.action, r.path, r.outcome])).toEqual([
      ['create', '/api/v3/webhooks', 'invalid'],
      ['create', '/api/v3/webhooks', 'invalid'],
      ['create', '/api/v3/webhooks', 'saved'],
    ])
    expect(state().received[2]?.fields).toEqual({ name: 'Build server', url: endpoint, events: '["upload"]', appIds: '[]' })

    // the on/off switch really switches, and stays switched
    const toggle = row.getByRole('switch')
    expect(await toggle.getAttribute('aria-checked')).toBe('true')
    await toggle.click()
    await expect.poll(() => state().webhooks[0]?.active).toBe(false)
    expect(await toggle.getAttribute('aria-checked')).toBe('false')
    expect(state().received.at(-1)).toMatchObject({ action: 'update', path: '/api/v3/webhooks/1', webhookId: 1, fields: { active: 'false' }, outcome: 'saved' })
    await page.reload()
    await page.locator('.ad-webhook', { hasText: 'Build server' }).getByRole('switch', { checked: false }).waitFor()
    expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([])
  })

  it('Apps limit a webhook; values assigned without input events are ignored', async () => {
    await page.goto(`${hooli}/org/integrations/webhooks/`)
    await page.getByRole('button', { name: 'New Webhook' }).click()
    const dialog = page.getByRole('dialog', { name: 'New Webhook' })
    await dialog.getByLabel('Name', { exact: true }).fill('Chat builds')
    await dialog.getByLabel('URL', { exact: true }).evaluate((input: HTMLInputElement, value) => {
      input.value = value
    }, endpoint)
    await dialog.getByLabel('Build downloaded').check()
    const apps = dialog.getByLabel('Apps')
    await apps.selectOption(['1001', '1002'])
    await apps.evaluate((select: HTMLSelectElement) => {
      const last = select.options[4]
      if (last) last.selected = true
    })
    await dialog.getByLabel('New iOS device registered').check() // a change: the form renders from its state again
    expect(await apps.evaluate((s: HTMLSelectElement) => [...s.selectedOptions].map((o) => o.value))).toEqual(['1001', '1002'])
    await dialog.getByRole('button', { name: 'Create Webhook' }).click()
    await dialog.locator('[data-errors-for="url"]').getByText('URL is required.').waitFor()
    expect(state().received.at(-1)?.fields).toEqual({ name: 'Chat builds', url: '', events: '["download","new-udid"]', appIds: '["1001","1002"]' })

    await dialog.getByLabel('URL', { exact: true }).fill(endpoint)
    await dialog.getByRole('button', { name: 'Create Webhook' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await page.locator('.ad-webhook').getByText('Hooli Chat (Android), Hooli Chat (iOS)', { exact: false }).waitFor()
    expect(state().webhooks).toEqual([
      { id: 1, integration: 'webhook', name: 'Chat builds', url: endpoint, active: true, events: ['download', 'new-udid'], allProjects: false, appIds: ['1001', '1002'] },
    ])
  })

  it('has no Preferences: /settings/... is the site’s own 404', async () => {
    for (const path of ['/settings/', '/settings/integrations/', '/settings/webhooks/', '/settings/webhooks/add/', '/settings']) {
      const response = await page.goto(`${hooli}${path}`)
      expect(response?.status(), path).toBe(404)
      await page.getByRole('heading', { name: 'Page not found' }).waitFor()
      expect(await page.locator('.ad-brand').textContent(), path).toBe('App Distribution')
    }
  })

  it('the v3 API refuses a feedback event (and an SSRF URL), and records the requests', async () => {
    await page.goto(`${hooli}/org/integrations/webhooks/`)
    const post = (body: unknown) =>
      page.evaluate(async (json) => {
        const response = await fetch('/api/v3/webhooks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: json })
        return { status: response.status, body: (await response.json()) as { errors?: Record<string, string[]> } }
      }, JSON.stringify(body))
    const feedback = await post({ name: 'Centercode', url: endpoint, events: ['feedback'], appIds: [] })
    expect(feedback.status).toBe(400)
    expect(feedback.body.errors).toEqual({ events: ['Unknown event: feedback'] })
    const mixed = await post({ name: 'Centercode', url: endpoint, events: ['upload', 'feedback'], appIds: [] })
    expect(mixed.body.errors).toEqual({ events: ['Unknown event: feedback'] })
    const loopback = await post({ name: 'Local', url: 'https://localhost/hook', events: ['upload'], appIds: [] })
    expect([loopback.status, loopback.body.errors]).toEqual([400, { url: ['This URL is not allowed.'] }])
    expect(state().webhooks).toEqual([])
    expect(state().received.map((r) => [r.action, r.outcome, r.fields.events])).toEqual([
      ['create', 'invalid', '["feedback"]'],
      ['create', 'invalid', '["upload","feedback"]'],
      ['create', 'invalid', '["upload"]'],
    ])
  })

  it('the Apps list renders late', async () => {
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        Object.assign(window, { atDomContentLoaded: document.querySelectorAll('.ad-table tbody tr').length })
      })
    })
    const started = Date.now()
    await page.goto(`${hooli}/`, { waitUntil: 'domcontentloaded' })
    await page.locator('.ad-table tbody tr').first().waitFor()
    expect(Date.now() - started).toBeGreaterThanOrEqual(defaultOptions.renderDelayMs)
    expect(await page.evaluate(() => (window as unknown as { atDomContentLoaded?: number }).atDomContentLoaded)).toBe(0)
    expect(await page.locator('.ad-table tbody tr').count()).toBe(5)
  })
})
