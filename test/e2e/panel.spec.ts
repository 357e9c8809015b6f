// The panel's own promises, in each browser on the production build: a bad community address is refused with
// words that say what is wrong and starts nothing; stored settings it cannot read are shown with their
// defaults, named, until the person saves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { selectedBrowsers, type TestBrowser } from './rig/browser'
import { servedHosts } from '../dashboards/hosts'
import { axeViolations } from './rig/axe'
import { extensionStorage, guideRunsIn, registeredScripts } from './rig/guide-page'
import { launchBrowser, startRig, type Rig } from './rig/rig'

describe.each(selectedBrowsers())('%s: the panel', (name) => {
  let rig: Rig
  let browser: TestBrowser
  // a fresh panel each time, as when the person opens it again (extension pages cannot be reloaded over BiDi)
  const openPanel = () => browser.extensionPage('src/panel/index.html', '[data-panel-status]')
  beforeAll(async () => {
    rig = await startRig()
    browser = await launchBrowser(name, rig)
  })
  afterAll(async () => {
    await browser?.close()
    await rig?.close()
  })

  it('has no accessibility violations (axe, WCAG 2.1 A and AA), before a setup and with a refusal shown', async () => {
    const panel = await openPanel()
    await panel.waitForSelector('[data-action="start"]')
    expect(await axeViolations(panel)).toEqual([])
    await panel.type('#community', 'http://acme.centercode.com')
    await panel.click('[data-action="start"]')
    await expect.poll(() => panel.text('#start-problem'), { timeout: 10_000 }).toContain('https://')
    expect(await axeViolations(panel)).toEqual([])
    await panel.close()
  })

  it.each([
    ['a look-alike', 'acme.centercode.com.evil.example', "only looks like Centercode's"],
    ['a TestFairy address', 'app.testfairy.com', 'That is a TestFairy address'],
    ['plain http', 'http://acme.centercode.com', 'https://'],
  ])('refuses %s with what is wrong, and starts nothing', async (_what, typed, words) => {
    const panel = await openPanel()
    await panel.waitForSelector('#community')
    await panel.type('#community', typed)
    await panel.click('[data-action="start"]')
    await expect.poll(() => panel.text('#start-problem'), { timeout: 10_000 }).toContain(words)
    expect((await extensionStorage(panel).local(['progress'])).progress).toBeUndefined()
    await panel.close()
  })

  it('names the stored settings it could not read, shows their defaults, and keeps the rest until saved', async () => {
    const first = await openPanel()
    await first.evaluate(() => {
      const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as {
        storage: { local: { set(items: object): Promise<void> } }
      }
      // as an older version might have left them: one value no longer valid
      return api.storage.local.set({ settings: { webhookName: 'CC beta', sourceKey: 'has space' } })
    })
    await first.close()
    const panel = await openPanel()
    await panel.waitForSelector('[data-settings-reset]')
    expect(await panel.text('[data-settings-reset]')).toContain('External source key')
    expect(await panel.evaluate(() => (document.querySelector('#setting-sourceKey') as HTMLInputElement).value)).toBe('testfairy')
    expect(await panel.evaluate(() => (document.querySelector('#setting-webhookName') as HTMLInputElement).value)).toBe('CC beta')
    await panel.click('details.settings button[type="submit"]')
    await expect.poll(() => panel.evaluate(() => document.querySelector('[data-settings-reset]') === null), { timeout: 10_000 }).toBe(true)
    expect((await extensionStorage(panel).local(['settings'])).settings).toMatchObject({ webhookName: 'CC beta', sourceKey: 'testfairy' })
  })

  it('says when the progress stored cannot be read (another version’s), and the dashboards stay idle', async () => {
    const first = await openPanel()
    await first.evaluate(() => {
      const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as {
        storage: { local: { set(items: object): Promise<void> } }
      }
      return api.storage.local.set({ progress: { version: 2, flow: 'from the future', stepIndex: 7 } })
    })
    await first.close()
    const panel = await openPanel()
    await panel.waitForSelector('[data-progress-unreadable]')
    expect(await panel.text('[data-action="start"]')).toBe('Start setup')
    // no setup runs: nothing of ours is registered, and a dashboard page loads without a script error
    expect(await registeredScripts(panel)).toEqual([])
    const page = await browser.newPage()
    await page.goto(`https://${servedHosts.centercode}/`)
    expect(await guideRunsIn(panel, page.url())).toBe(false)
    // (the imitation's own missing favicon aside)
    expect(page.errors().filter((e) => !e.startsWith('Failed to load resource'))).toEqual([])
    await page.close()
    await panel.close()
  })
})

