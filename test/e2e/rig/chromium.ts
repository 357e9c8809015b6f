import { createHash, X509Certificate } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core'
import { poll, type BrowserNetwork, type TestBrowser, type TestPage } from './browser'

export const chromiumExecutable = '/usr/bin/chromium'

/**
 * Debian's Chromium, headless unless asked, confined to the rig's proxy; with the unpacked extension in `extensionDir`
 * loaded as a person would, or with no extension at all (a person doing the setup by hand).
 */
export async function launchChromiumContext(
  network: BrowserNetwork,
  extensionDir?: string,
  kept?: string,
  /** A window on the screen, for a person (`npm run demo` with a display). */
  headed = false,
): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = kept ?? (await mkdtemp(join(tmpdir(), 'tfcc-chromium-')))
  const extension = extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []
  // Playwright's ignoreHTTPSErrors covers pages only; the extension's service worker (the test feedback) needs
  // the browser itself to trust the one certificate the imitations serve, and no other
  const trust = network.certificate ? [`--ignore-certificate-errors-spki-list=${spkiHash(network.certificate)}`] : []
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumExecutable,
    headless: !headed,
    ignoreHTTPSErrors: true,
    viewport: headed ? null : { width: 1280, height: 900 },
    args: [
      ...extension,
      ...trust,
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
  return {
    context,
    close: async () => {
      await context.close()
      if (!kept) await rm(profile, { recursive: true, force: true })
    },
  }
}

/** base64 SHA-256 of a certificate's public key (SubjectPublicKeyInfo), as Chromium's SPKI list wants it. */
function spkiHash(pem: string): string {
  const spki = new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' })
  return createHash('sha256').update(spki).digest('base64')
}

export async function launchChromium(extensionDir: string, network: BrowserNetwork, profile?: string): Promise<TestBrowser> {
  const { context, close } = await launchChromiumContext(network, extensionDir, profile)
  // what the background prints, from every service worker Playwright reports (a restarted one included)
  const backgroundLines: string[] = []
  const workers = new Set<Worker>()
  const listen = (worker: Worker) => {
    if (workers.has(worker)) return
    workers.add(worker)
    worker.on('console', (message) => backgroundLines.push(message.text()))
  }
  context.on('serviceworker', listen)
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  listen(worker)
  const extensionId = new URL(worker.url()).host
  // the service worker's life, as the DevTools protocol reports it (Playwright reports its first start only)
  let watching: Promise<{ send(method: 'ServiceWorker.stopAllWorkers'): Promise<unknown> }> | null = null
  const life = { starts: 0, stops: 0, status: 'running' }
  const watch = () =>
    (watching ??= (async () => {
      const page = context.pages()[0] ?? (await context.newPage())
      const cdp = await context.newCDPSession(page)
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        for (const version of versions) {
          if (!version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) continue
          if (version.runningStatus === life.status) continue
          if (version.runningStatus === 'running') life.starts++
          if (version.runningStatus === 'stopped') life.stops++
          life.status = version.runningStatus
        }
      })
      await cdp.send('ServiceWorker.enable')
      return cdp
    })())
  return {
    name: 'chromium',
    extensionId,
    newPage: async () => wrap(await context.newPage()),
    findPage: async (prefix, timeoutMs) =>
      wrap(await poll(() => context.pages().find((page) => page.url().startsWith(prefix)), `a tab on ${prefix}`, timeoutMs)),
    extensionPage: async (path, readySelector) => {
      const page = await context.newPage()
      await page.goto(`chrome-extension://${extensionId}/${path}`)
      await page.waitForSelector(readySelector)
      return wrap(page)
    },
    stopBackground: async () => {
      const cdp = await watch()
      const stops = life.stops
      await cdp.send('ServiceWorker.stopAllWorkers')
      await poll(() => life.stops > stops || undefined, 'the background stopped', 5_000)
    },
    backgroundStarts: () => life.starts,
    backgroundConsole: async () => {
      // a line of the rig's own, printed by the background running now: proof the lines are heard at all
      const mark = `rig: background console heard ${Date.now()}`
      const running = context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${extensionId}/`))
      if (!running) throw new Error('no background running to hear')
      listen(running)
      await running.evaluate((line) => console.debug(line), mark)
      await poll(() => backgroundLines.includes(mark) || undefined, 'the background console heard', 5_000)
      return backgroundLines.filter((line) => line !== mark)
    },
    close,
  }
}

function wrap(page: Page): TestPage {
  const errors: string[] = []
  const printed: string[] = []
  page.on('console', (message) => {
    printed.push(message.text())
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' })
    },
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      await page.waitForSelector(selector.replaceAll(' >>> ', ' '), { state: 'attached', timeout: timeoutMs })
    },
    evaluate: (fn, arg?) => page.evaluate(withNameHelper(fn) as never, arg),
    click: (selector) => page.locator(selector.replaceAll(' >>> ', ' ')).first().click(),
    clickAt: (x, y) => page.mouse.click(x, y),
    hoverAt: (x, y) => page.mouse.move(x, y),
    paste: async (selector, text) => {
      await page.evaluate(pasteInto as never, { selector, text } as never)
    },
    type: async (selector, text) => {
      await page.locator(selector.replaceAll(' >>> ', ' ')).pressSequentially(text)
    },
    press: (keys) => page.keyboard.press(keys),
    select: async (selector, value) => {
      await page.locator(selector).selectOption(value)
    },
    text: async (selector) => (await page.locator(selector.replaceAll(' >>> ', ' ')).first().textContent()) ?? '',
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      await page.reload({ waitUntil: 'load' })
    },
    url: () => page.url(),
    screenshot: async (path, selector) => {
      const options = { path: path as `${string}.png` }
      await (selector ? page.locator(selector).screenshot(options) : page.screenshot(options))
    },
    errors: () => [...errors],
    console: () => [...printed],
    close: () => page.close(),
  }
}

/** In the page: a paste into a field, as the browser reports one (the value set, one input event). */
function pasteInto({ selector, text }: { selector: string; text: string }): void {
  const field = document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement
  field.focus()
  field.value = text
  field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: text }))
}

/**
 * Run by tsx (`npm run demo`), a function's inner named functions are wrapped in esbuild's `__name` helper,
 * which the page does not have: such a function goes over with a stand-in that leaves names alone.
 */
function withNameHelper<F extends (arg: never) => unknown>(fn: F): F {
  const source = fn.toString()
  if (!source.includes('__name(')) return fn
  return new Function('arg', `const __name = (f) => f; return (${source})(arg)`) as F
}
