import puppeteer, { type KeyInput, type Page } from 'puppeteer-core'
import { geckoId } from '../../../build/browser-manifest'
import { poll, type BrowserNetwork, type LaunchOptions, type TestBrowser, type TestPage } from './browser'

export const firefoxExecutable = '/usr/bin/firefox-esr'
/** The extension's internal UUID in the test profile, so tests can open moz-extension:// pages. */
const extensionUuid = '6f3c2a1e-4b5d-4c7e-9a10-7e2b8d9c0f11'

/** Debian's Firefox ESR, headless over WebDriver BiDi, with the extension in `extensionDir` installed. */
export async function launchFirefox(extensionDir: string, network: BrowserNetwork, options: LaunchOptions = {}): Promise<TestBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxExecutable,
    protocol: 'webDriverBiDi',
    headless: true,
    acceptInsecureCerts: true,
    ...(options.profile ? { userDataDir: options.profile } : {}),
    // lets tests evaluate script in the extension's own pages (moz-extension://)
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: extensionUuid }),
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
      ...(options.reducedMotion ? { 'ui.prefersReducedMotion': 1 } : {}),
      'network.dns.disablePrefetch': true,
      'network.predictor.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // false: optional permission requests are granted without a prompt, as if the person clicked "Allow"
      'extensions.webextOptionalPermissionPrompts': options.permissionPrompts !== 'allow',
      // the language of Firefox's own UI, and so of the extension's _locales (its language pack must be there)
      ...(options.locale ? { 'intl.locale.requested': options.locale } : {}),
      ...(options.backgroundIdleMs ? { 'extensions.background.idle.timeout': options.backgroundIdleMs } : {}),
      // a profile kept for a restart: the add-on is installed for the session only (unsigned, temporary), and
      // Firefox would erase its storage with it; a store install keeps it, so this keeps it too
      ...(options.profile ? { 'extensions.webextensions.keepStorageOnUninstall': true } : {}),
    },
  })
  try {
    const extensionId = await browser.installExtension(extensionDir)
    return {
      name: 'firefox',
      extensionId,
      newPage: async () => wrap(await browser.newPage()),
      findPage: async (prefix, timeoutMs) =>
        wrap(await poll(async () => (await browser.pages()).find((page) => page.url().startsWith(prefix)), `a tab on ${prefix}`, timeoutMs)),
      extensionPage: async (path, readySelector) => {
        const page = await browser.newPage()
        // goto never resolves for moz-extension:// pages over BiDi: start it and wait for the page itself
        const open = () => void page.goto(`moz-extension://${extensionUuid}/${path}`).catch(() => undefined)
        open()
        // a wait that starts while about:blank gives way to the page fails with a protocol error: wait again
        const ready = () => poll(() => page.waitForSelector(readySelector, { timeout: 1_000 }).then(() => true, () => undefined), `${path} ready`, 10_000)
        // a page opened while a stopped background wakes, under load, may never render: opened again, as a person would
        await ready().catch(() => (open(), ready()))
        return wrap(page)
      },
      close: () => browser.close(),
    }
  } catch (error) {
    await browser.close()
    throw error
  }
}

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/**
 * The box of the element a selector that pierces shadow roots (' >>> ') names, once it shows (visible: with a
 * box and not hidden; scrolled into view), or else once it is there. Read in the page, as `waitForInCard` does:
 * Firefox's driver sometimes never answered a deep wait for an element the card showed.
 */
async function pierced(page: Page, selector: string, visible: boolean, timeoutMs: number): Promise<Box> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const box = await page
      .evaluate(
        ({ parts, visible }) => {
          let element: Element | null = null
          let root: ParentNode = document
          for (const part of parts) {
            element = root.querySelector(part)
            if (!element) return null
            root = element.shadowRoot ?? element
          }
          if (!element) return null
          if (!visible) return { x: 0, y: 0, width: 0, height: 0 }
          let rect = element.getBoundingClientRect()
          if (rect.width === 0 || rect.height === 0 || getComputedStyle(element).visibility === 'hidden') return null
          element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' })
          rect = element.getBoundingClientRect()
          return { x: rect.x, y: rect.y, width: rect.width, height: rect.height }
        },
        { parts: selector.split(' >>> '), visible },
      )
      .catch(() => null)
    if (box) return box
    if (Date.now() > deadline) throw new Error(`nothing ${visible ? 'shows' : 'is there'} at ${selector} after ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

function wrap(page: Page): TestPage {
  const errors: string[] = []
  const printed: string[] = []
  page.on('console', (message) => {
    printed.push(message.text())
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)))
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' })
    },
    waitForSelector: async (selector, timeoutMs = 10_000) => {
      if (selector.includes(' >>> ')) await pierced(page, selector, false, timeoutMs)
      else await page.waitForSelector(selector, { timeout: timeoutMs })
    },
    evaluate: (fn, arg?) => page.evaluate(fn as never, arg),
    // One click, now, or an error: a Locator would retry in the background for 30 s and may click much later,
    // into whichever tab is in front by then
    click: async (selector) => {
      // an element re-rendered between finding and measuring it (the card's buttons are new at each step) is
      // found again, and one still moving (a card placed again as it grew) measured again, as Playwright's
      // actionability checks do: the same box in two looks 50 ms apart (not animation frames, which a tab
      // behind another never gets); after a few tries, where it is last seen
      let last: Box | null = null
      for (let tries = 0; tries < 5; tries++) {
        let box: Box | null
        let again: Box | null
        if (selector.includes(' >>> ')) {
          box = await pierced(page, selector, true, 5_000)
          await new Promise((resolve) => setTimeout(resolve, 50))
          again = await pierced(page, selector, true, 5_000)
        } else {
          const element = await page.waitForSelector(selector, { visible: true, timeout: 5_000 })
          await element?.scrollIntoView().catch(() => undefined)
          box = (await element?.boundingBox().catch(() => null)) ?? null
          await new Promise((resolve) => setTimeout(resolve, 50))
          again = (await element?.boundingBox().catch(() => null)) ?? null
        }
        last = again ?? box ?? last
        const still = box && again && Math.abs(box.x - again.x) < 1 && Math.abs(box.y - again.y) < 1
        // and inside the window: the page may have scrolled it out again after the scroll above (a message
        // removed above it, a field focused), and WebDriver BiDi refuses a pointer outside the viewport
        const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }))
        const middle = again && { x: again.x + again.width / 2, y: again.y + again.height / 2 }
        const inside = middle && middle.x >= 0 && middle.y >= 0 && middle.x < viewport.width && middle.y < viewport.height
        if (still && inside) return page.mouse.click(middle.x, middle.y)
      }
      if (last) return page.mouse.click(last.x + last.width / 2, last.y + last.height / 2)
      throw new Error(`nothing to click at ${selector}`)
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    hoverAt: (x, y) => page.mouse.move(x, y),
    paste: async (selector, text) => {
      await page.evaluate(pasteInto as never, { selector, text } as never)
    },
    type: async (selector, text) => {
      await page.type(selector, text)
    },
    press: async (keys) => {
      // Puppeteer presses one key: a chord is its modifiers held down around the last key
      const parts = keys.split('+') as KeyInput[]
      const key = parts.pop()!
      for (const modifier of parts) await page.keyboard.down(modifier)
      await page.keyboard.press(key)
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier)
    },
    select: async (selector, value) => {
      await page.select(selector, value)
    },
    text: async (selector) => (await page.$eval(selector, (el) => el.textContent)) ?? '',
    bringToFront: () => page.bringToFront(),
    reload: async () => {
      // WebDriver BiDi's reload now and then never hears the load of a page that was itself navigating (30 s,
      // clean-clone CI of aa3e8fb): after 10 s the rig looks at the page itself, as a person sees it loaded
      const heard = await page.reload({ waitUntil: 'load', timeout: 10_000 }).then(() => true, () => false)
      for (let tries = 0; !heard && tries < 100; tries++) {
        if (await page.evaluate(() => document.readyState === 'complete').catch(() => false)) return
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
    },
    url: () => page.url(),
    screenshot: async (path, selector) => {
      const options = { path: path as `${string}.png` }
      const element = selector ? await page.$(selector) : null
      if (selector && !element) throw new Error(`nothing matches ${selector} to take a picture of`)
      await (element ? element.screenshot(options) : page.screenshot(options))
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
