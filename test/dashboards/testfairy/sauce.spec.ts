// The Sauce-era TestFairy (2021-25) on Sauce Labs' two data centres, walked by hand in Chromium (no extension):
// Account > "TestFairy Settings" (EU: the later "Sauce Mobile App Distribution Settings") > Integrations >
// the Centercode row's Add Integration, as a person would click it.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchWalker, startRig, type Rig } from '../../e2e/rig/rig'
import { servedHosts } from '../hosts'
import { defaultOptions, type TestFairyOptions } from '../options'
import { sauceLabels } from './labels'
import type { TestFairyState } from './state'

const endpoint = 'https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/appcrashlog?apiKey=Skel0123456789abcdef0123456789abcdef'

/** Each data centre's dashboard, with the words its naming shows. */
const dataCentres = [servedHosts.sauceUs, servedHosts.sauceEu].map((host) => {
  const options = defaultOptions.hosts[host] as TestFairyOptions
  return { host, origin: `https://${host}`, account: options.account, naming: options.sauceNaming ?? 'testfairy', ...sauceLabels(options.sauceNaming) }
})

describe('imitation Sauce-era TestFairy, walked by hand', () => {
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

  it('the two data centres differ only in their words: US the earlier, EU the later', () => {
    expect(dataCentres.map((d) => [d.host, d.naming, d.settings])).toEqual([
      ['mobile.saucelabs.com', 'testfairy', 'TestFairy Settings'],
      ['mobile.eu-central-1.saucelabs.com', 'sauce', 'Sauce Mobile App Distribution Settings'],
    ])
  })

  for (const { host, origin, account, naming, settings, accessKey } of dataCentres) {
    it(`${host} (${naming} naming): Account > ${settings} > Integrations > Centercode > Test URL > Add webhook`, async () => {
      const errors: string[] = []
      page.on('console', (m) => void (m.type() === 'error' && errors.push(`${m.text()} ${m.location().url}`)))
      page.on('pageerror', (e) => errors.push(e.message))

      await page.goto(`${origin}/`)
      await page.getByText('Sessions this week').waitFor() // late
      const header = page.locator('header')
      expect(await header.locator('.sauce-brand-name').textContent()).toBe('Sauce Labs')
      // no e-mail drop-down: the account's address is nowhere in the top bar, and its toggle is gone
      expect(await header.getByText(account).count()).toBe(0)
      expect(await page.getByRole('button', { name: account }).count()).toBe(0)
      expect(await page.locator('.account-toggle').count()).toBe(0)
      expect(await page.getByRole('menu').count()).toBe(0) // rendered only when opened

      const accountButton = header.getByRole('button', { name: 'Account', exact: true })
      expect(await accountButton.evaluate((b) => [b.getAttribute('type'), b.getAttribute('aria-haspopup'), b.getAttribute('aria-expanded'), b.textContent])).toEqual([
        'button', 'menu', 'false', 'Account',
      ])
      await accountButton.click()
      const menu = page.getByRole('menu')
      await menu.waitFor()
      expect(await accountButton.getAttribute('aria-expanded')).toBe('true')
      expect(await menu.getByRole('menuitem').allTextContents()).toEqual([settings, 'Team', 'Sign Out'])
      expect(await menu.getByRole('menuitem').evaluateAll((links) => links.map((a) => [a.tagName, a.getAttribute('href')]))).toEqual([
        ['A', '/settings/'], ['A', '/team/'], ['A', '/logout/'],
      ])
      const [button, below] = [await accountButton.boundingBox(), await menu.boundingBox()]
      expect(below!.y).toBeGreaterThanOrEqual(button!.y + button!.height - 1) // directly below the button
      expect(below!.y).toBeLessThan(button!.y + button!.height + 16)
      expect(below!.x + below!.width).toBeGreaterThan(button!.x)
      expect(below!.x).toBeLessThan(button!.x + button!.width)
      await page.keyboard.press('Escape')
      await menu.waitFor({ state: 'hidden' })
      expect(await accountButton.getAttribute('aria-expanded')).toBe('false')
      await accountButton.click()
      await menu.getByRole('menuitem', { name: settings }).click()

      await page.waitForURL(`${origin}/settings/`)
      await page.getByRole('heading', { name: settings, level: 1 }).waitFor()
      expect(await page.title()).toBe(`${settings} - Sauce Labs`)
      await page.getByRole('heading', { name: accessKey }).waitFor() // the first panel, late
      const sidebar = page.getByRole('navigation', { name: 'Preferences' })
      expect(await sidebar.getByRole('link').allTextContents()).toEqual([
        accessKey, 'App Distribution', 'Notifications', 'Integrations', 'Email Templates', 'Security', 'Account', 'Users Allowlist',
      ])
      expect(await sidebar.getByRole('link', { name: accessKey }).getAttribute('aria-current')).toBe('page')
      expect(await page.getByText('Account Preferences').count()).toBe(0)
      expect(await page.getByText('Whitelist').count()).toBe(0)
      await page.evaluate(() => Object.assign(window, { walkMarker: 'same document' }))

      await sidebar.getByRole('link', { name: 'Integrations' }).click()
      await page.waitForURL(`${origin}/settings/integrations/`)
      await page.getByText('No Active Integrations').waitFor()
      expect(await page.evaluate(() => (window as unknown as { walkMarker?: string }).walkMarker)).toBe('same document')
      expect(await page.locator('.integration-row .integration-title').allTextContents()).toEqual(['SMTP Email', 'Gmail', 'Slack', 'Zendesk', 'Centercode', 'Webhook'])

      await page.locator('.integration-row', { hasText: 'Centercode' }).getByRole('button', { name: 'Add Integration' }).click()
      const dialog = page.getByRole('dialog', { name: 'Centercode' })
      await dialog.waitFor()
      expect(await dialog.evaluate((d: HTMLDialogElement) => d.matches(':modal'))).toBe(true)
      expect(await dialog.locator('.event-list .check').allTextContents()).toEqual([' App crash', ' User feedback', ' New upload', ' New device'])
      for (const label of ['App crash', 'User feedback', 'New upload', 'New device']) expect(await dialog.getByLabel(label).isChecked(), label).toBe(false)

      await dialog.locator('input[name="webhook-name"]').fill('Centercode')
      await dialog.locator('input[name="webhook-url"]').fill(endpoint)
      await dialog.getByLabel('User feedback').check()
      await dialog.getByRole('button', { name: 'Test URL' }).click()
      await dialog.locator('[data-test-result]').getByText(/^Response: \d{3}/).waitFor()
      expect(stateOf(host).testDeliveries.map((d) => d.url)).toEqual([endpoint])
      expect(stateOf(host).webhooks).toEqual([])

      await dialog.getByRole('button', { name: 'Add webhook' }).click()
      await dialog.waitFor({ state: 'hidden' })
      const active = page.locator('[data-active-integrations]')
      await active.getByText(endpoint).waitFor()
      expect(await active.locator('.integration-title').textContent()).toBe('Centercode')
      expect(stateOf(host).webhooks).toEqual([
        { id: 1, integration: 'centercode', name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true },
      ])
      expect(stateOf(host).received.at(-1)?.fields).toEqual({
        'webhook-name': 'Centercode', 'webhook-url': endpoint, 'webhook-status': 'active', actions: 'feedback', 'all-projects': 'true', integration: 'centercode',
      })

      // its edit form, with the edit labels
      await active.getByRole('button', { name: /Centercode/ }).click()
      const edit = active.locator('form[data-webhook-form="edit"]')
      expect(await edit.locator('.event-list .check').allTextContents()).toEqual([' On every crash', ' On each feedback', ' On every new app version', ' On every new device'])
      expect(await edit.getByLabel('On each feedback').isChecked()).toBe(true)

      // the other data centre is another dashboard: nothing was saved there
      const other = dataCentres.find((d) => d.host !== host)!.host
      expect(stateOf(other).webhooks).toEqual([])
      expect(errors).toEqual([])
    })

    it(`${host}: /settings/webhooks/ is not found, and the server takes exactly the four actions`, async () => {
      for (const path of ['/settings/webhooks/', '/settings/webhooks/add/']) {
        const response = await page.goto(`${origin}${path}`)
        expect(response?.status(), path).toBe(404)
        await page.getByRole('heading', { name: 'Page not found' }).waitFor()
        await page.getByRole('button', { name: 'Account', exact: true }).waitFor()
      }
      const post = (actions: string) =>
        page.evaluate(async ([url, list]) => {
          const response = await fetch('/api/1/webhook/', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ 'webhook-name': 'Centercode', 'webhook-url': url, 'webhook-status': 'active', actions: list, 'all-projects': 'true' }),
          })
          return response.status
        }, [endpoint, actions] as const)
      expect(await post('download')).toBe(400)
      expect(await post('feedback,foo')).toBe(400)
      expect(await post('crash,feedback,upload,new-udid')).toBe(200)
      expect(stateOf(host).webhooks.map((w) => w.events)).toEqual([['crash', 'feedback', 'upload', 'new-udid']])
    })
  }

  it('the settings panel renders late', async () => {
    const { origin, accessKey } = dataCentres[1]!
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        Object.assign(window, { atDomContentLoaded: document.querySelectorAll('.card').length })
      })
    })
    const started = Date.now()
    await page.goto(`${origin}/settings/`, { waitUntil: 'domcontentloaded' })
    await page.getByRole('heading', { name: accessKey }).waitFor()
    expect(Date.now() - started).toBeGreaterThanOrEqual(defaultOptions.renderDelayMs)
    expect(await page.evaluate(() => (window as unknown as { atDomContentLoaded?: number }).atDomContentLoaded)).toBe(0)
  })
})
