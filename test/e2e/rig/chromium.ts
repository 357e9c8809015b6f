import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Page } from 'playwright-core'
import type { BrowserNetwork, TestBrowser, TestPage } from './browser'

export const chromiumExecutable = '/usr/bin/chromium'

/** Debian's Chromium, headless, with the unpacked extension in `extensionDir` loaded as a person would. */
export async function launchChromium(extensionDir: string, network: BrowserNetwork): Promise<TestBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'tfcc-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Every request goes to the confining proxy, loopback included...
      `--proxy-server=http://127.0.0.1:${network.proxyPort}`,
      '--proxy-bypass-list=<-loopback>',
      // ...and no hostname resolves, so nothing can go around it.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ],
  })
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  const extensionId = new URL(worker.url()).host
  return {
    name: 'chromium',
    extensionId,
    newPage: async () => wrap(await context.newPage()),
    close: async () => {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}

function wrap(page: Page): TestPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' })
    },
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      await page.waitForSelector(selector, { state: 'attached', timeout: timeoutMs })
    },
    evaluate: (fn) => page.evaluate(fn),
    close: () => page.close(),
  }
}
