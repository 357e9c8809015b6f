import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isServedHost, servedHosts } from '../dashboards/hosts'
import { selectedBrowsers, type TestBrowser } from './rig/browser'
import { launchBrowser, startRig, type Rig } from './rig/rig'

describe.each(selectedBrowsers())('%s: nothing leaves this machine', (name) => {
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
    'https://example.com/',
    'http://example.org/',
    // real hostnames of both products that the imitations do not serve
    'https://api.testfairy.com/api/1/webhooks/',
    'https://www.centercode.com/',
    'https://localhost/',
  ])('cannot open %s', async (url) => {
    const page = await browser.newPage()
    await expect(page.goto(url)).rejects.toThrow()
    await page.close()
    const hostname = new URL(url).hostname
    expect(rig.proxy.records.filter((r) => r.hostname === hostname)).not.toEqual([])
    expect(rig.proxy.records.filter((r) => r.hostname === hostname && r.forwardedTo !== null)).toEqual([])
  })

  it('a page cannot fetch another host either', async () => {
    const page = await browser.newPage()
    await page.goto(`https://${servedHosts.testfairy}/settings/`)
    const outcome = await page.evaluate(() =>
      fetch('https://collector.example.net/beacon', { mode: 'no-cors' }).then(
        () => 'reached',
        () => 'failed',
      ),
    )
    expect(outcome).toBe('failed')
    await page.close()
  })

  it('forwarded only imitation hostnames, only to the local server', () => {
    const forwarded = rig.proxy.records.filter((r) => r.forwardedTo !== null)
    expect(forwarded.length).toBeGreaterThan(0)
    for (const record of forwarded) {
      expect(isServedHost(record.hostname), record.target).toBe(true)
      expect(record.forwardedTo).toBe(`127.0.0.1:${rig.dashboards.port}`)
    }
    for (const request of rig.dashboards.requests) expect(isServedHost(request.host), request.host).toBe(true)
  })
})
