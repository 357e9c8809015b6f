// Nothing of ours runs on a dashboard page while no setup does; a setup started from the panel brings the
// guide to the tabs already open on both sites (without loading them again) and to every page opened after,
// private clouds included; once it ends, pages load nothing of ours again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { servedHosts } from '../dashboards/hosts'
import { selectedBrowsers, type TestBrowser, type TestPage } from './rig/browser'
import { guideRunsIn, registeredScripts } from './rig/guide-page'
import { launchBrowser, startRig, type Rig } from './rig/rig'

const pages = {
  testfairy: `https://${servedHosts.testfairy}/settings/integrations/`,
  privateCloud: `https://${servedHosts.testfairyPrivateCloud}/settings/`,
  centercode: `https://${servedHosts.centercode}/`,
}
/** Left in the page's own world: still there only if the page was not loaded again. */
const tag = (page: TestPage) => page.evaluate(() => void ((window as unknown as { tagged: boolean }).tagged = true))
const tagged = (page: TestPage) => page.evaluate(() => (window as unknown as { tagged?: boolean }).tagged === true)

describe.each(selectedBrowsers())('%s: the guide runs on the dashboards only while a setup runs', (name) => {
  let rig: Rig
  let browser: TestBrowser
  beforeAll(async () => {
    rig = await startRig()
    browser = await launchBrowser(name, rig)
  })
  afterAll(async () => {
    await browser?.close()
    await rig?.close()
  })

  it('idle, then a setup started, then reset', async () => {
    const panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
    // idle: no script registered, so none of ours runs on any dashboard page
    expect(await registeredScripts(panel)).toEqual([])
    const testfairy = await browser.newPage()
    await testfairy.goto(pages.testfairy)
    const centercode = await browser.newPage()
    await centercode.goto(pages.centercode)
    expect(await guideRunsIn(panel, testfairy.url())).toBe(false)
    expect(await guideRunsIn(panel, centercode.url())).toBe(false)
    await tag(testfairy)
    await tag(centercode)

    // started: both open tabs get the guide where they are, not loaded again
    await panel.bringToFront()
    await panel.click('[data-action="start"]')
    await expect.poll(() => guideRunsIn(panel, centercode.url()), { timeout: 10_000 }).toBe(true)
    await expect.poll(() => guideRunsIn(panel, testfairy.url()), { timeout: 10_000 }).toBe(true)
    expect(await tagged(centercode)).toBe(true)
    expect(await tagged(testfairy)).toBe(true)
    expect(await registeredScripts(panel)).toEqual([
      { id: 'guide-centercode', matches: [`https://${servedHosts.centercode}/*`] },
      { id: 'guide-testfairy', matches: ['https://*.testfairy.com/*', 'https://mobile.eu-central-1.saucelabs.com/*', 'https://mobile.saucelabs.com/*'] },
    ])
    // and a page opened now has it from the start, on a private cloud too (phase 3 is not bound to one yet);
    // another host of centercode.com, not the setup's community, gets nothing
    const privateCloud = await browser.newPage()
    await privateCloud.goto(pages.privateCloud)
    await expect.poll(() => guideRunsIn(panel, privateCloud.url()), { timeout: 10_000 }).toBe(true)
    const otherHost = await browser.newPage()
    await otherHost.goto(`https://${servedHosts.centercodeOther}/`)
    await otherHost.waitForSelector('body')
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(await guideRunsIn(panel, otherHost.url())).toBe(false)
    await otherHost.close()

    // reset: nothing registered, and a page loaded again has nothing of ours
    await panel.bringToFront()
    await panel.click('[data-action="reset"]')
    await expect.poll(() => registeredScripts(panel), { timeout: 10_000 }).toEqual([])
    await privateCloud.reload()
    expect(await guideRunsIn(panel, privateCloud.url())).toBe(false)
    for (const page of [testfairy, centercode, privateCloud]) {
      expect(page.errors().filter((e) => !e.startsWith('Failed to load resource'))).toEqual([])
      await page.close()
    }
    await panel.close()
  })
})
