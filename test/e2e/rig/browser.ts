// What a spec needs of a browser under test, the same for Chromium (Playwright) and Firefox (Puppeteer).
export type BrowserName = 'chromium' | 'firefox'
export const browserNames: readonly BrowserName[] = ['chromium', 'firefox']

export interface TestPage {
  /** Opens a URL and waits for its load event; rejects when the page cannot be reached. */
  goto(url: string): Promise<void>
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>
  /** Runs a function in the page's own world (not the content script's). */
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>
  close(): Promise<void>
}

export interface TestBrowser {
  name: BrowserName
  /** The installed extension's id: Chromium's extension id, or Firefox's gecko id. */
  extensionId: string
  newPage(): Promise<TestPage>
  close(): Promise<void>
}

/** Where the browser's traffic goes: the confining proxy on loopback, and nowhere else. */
export interface BrowserNetwork {
  proxyPort: number
}

/** The browsers a run covers: all, or those named in E2E_BROWSERS (comma separated). */
export function selectedBrowsers(env = process.env.E2E_BROWSERS): BrowserName[] {
  if (!env) return [...browserNames]
  const names = env.split(',').map((name) => name.trim())
  const unknown = names.filter((name) => !(browserNames as readonly string[]).includes(name))
  if (unknown.length) throw new Error(`E2E_BROWSERS names unknown browsers: ${unknown.join(', ')} (use ${browserNames.join(', ')})`)
  return names as BrowserName[]
}
