import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { markAttribute } from '../../src/content/page-mark'
import { servedHosts } from '../dashboards/hosts'
import { selectedBrowsers, type TestBrowser } from './rig/browser'
import { launchBrowser, startRig, type Rig } from './rig/rig'

describe.each(selectedBrowsers())('%s: the content script runs on both dashboards and the background answers it', (name) => {
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

  it.each([
    ['TestFairy integrations', `https://${servedHosts.testfairy}/settings/integrations/`],
    ['a private-cloud TestFairy', `https://${servedHosts.testfairyPrivateCloud}/settings/`],
    ['a Centercode community', `https://${servedHosts.centercode}/`],
  ])('marks %s (%s) with the status the background sent', async (_what, url) => {
    const page = await browser.newPage()
    await page.goto(url)
    await page.waitForSelector(`html[${markAttribute}]`)
    const mark = await page.evaluate(() => document.documentElement.getAttribute('data-testfairy-centercode'))
    expect(mark).toBe('idle')
    await page.close()
  })
})
