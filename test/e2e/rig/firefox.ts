import puppeteer, { type Page } from 'puppeteer-core'
import type { BrowserNetwork, TestBrowser, TestPage } from './browser'

export const firefoxExecutable = '/usr/bin/firefox-esr'

/** Debian's Firefox ESR, headless over WebDriver BiDi, with the extension in `extensionDir` installed. */
export async function launchFirefox(extensionDir: string, network: BrowserNetwork): Promise<TestBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable,
    protocol: 'webDriverBiDi',
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      // Every request goes to the confining proxy, loopback included.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': network.proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': network.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.proxy.socks_remote_dns': true,
      // No DNS over HTTPS, prefetching or connectivity probes of Firefox's own.
      'network.trr.mode': 5,
      'network.dns.disablePrefetch': true,
      'network.predictor.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
    },
  })
  try {
    const extensionId = await browser.installExtension(extensionDir)
    return {
      name: 'firefox',
      extensionId,
      newPage: async () => wrap(await browser.newPage()),
      close: () => browser.close(),
    }
  } catch (error) {
    await browser.close()
    throw error
  }
}

function wrap(page: Page): TestPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' })
    },
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      await page.waitForSelector(selector, { timeout: timeoutMs })
    },
    evaluate: (fn) => page.evaluate(fn),
    close: () => page.close(),
  }
}
