// What a spec needs of a browser under test, the same for Chromium (Playwright) and Firefox (Puppeteer).
export type BrowserName = 'chromium' | 'firefox'
export const browserNames: readonly BrowserName[] = ['chromium', 'firefox']

export interface TestPage {
  /** Opens a URL and waits for its load event; rejects when the page cannot be reached. */
  goto(url: string): Promise<void>
  waitForSelector(selector: string, timeoutMs?: number): Promise<void>
  /** Runs a function in the page's own world (not the content script's). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>
  /** A real click (mouse events at the element's centre) on the first element matching a CSS selector; '>>>' pierces shadow roots in Firefox, Playwright's CSS pierces open shadow roots by itself. */
  click(selector: string): Promise<void>
  text(selector: string): Promise<string>
  /** A real mouse click at a point of the viewport (moves the pointer there first, so :hover applies). */
  clickAt(x: number, y: number): Promise<void>
  /** Moves the mouse pointer to a point of the viewport. */
  hoverAt(x: number, y: number): Promise<void>
  /** Puts text into a field at once, as a paste does (one input event): any text, control characters too. */
  paste(selector: string, text: string): Promise<void>
  /** Types text into a field key by key, as a person does (focuses it first). */
  type(selector: string, text: string): Promise<void>
  /** Presses a key or a chord on the focused element, as a person does: 'Tab', 'Enter', 'Alt+Shift+KeyG'. */
  press(keys: string): Promise<void>
  /** Chooses an option of a <select> by its value, as a person picking from the list. */
  select(selector: string, value: string): Promise<void>
  reload(): Promise<void>
  /** Makes this the tab in front, as a person switching to it. */
  bringToFront(): Promise<void>
  /** A PNG of the viewport, or of the first element matching `selector`. */
  screenshot(path: string, selector?: string): Promise<void>
  url(): string
  /** Console errors and uncaught exceptions seen on this page so far, from any script (content scripts too). */
  errors(): string[]
  /** Every console message seen on this page so far, of any level, from any script. */
  console(): string[]
  close(): Promise<void>
}

export interface TestBrowser {
  name: BrowserName
  /** The installed extension's id: Chromium's extension id, or Firefox's gecko id. */
  extensionId: string
  newPage(): Promise<TestPage>
  /** A tab already open (e.g. one the extension opened) whose address starts with this prefix, waited for. */
  findPage(urlPrefix: string, timeoutMs?: number): Promise<TestPage>
  /** Opens one of the extension's own pages (path inside the build, e.g. src/panel/index.html), ready to use. */
  extensionPage(path: string, readySelector: string): Promise<TestPage>
  /**
   * Stops the extension's background now, as the browser does whenever it likes (Chromium: the DevTools
   * protocol stops the service worker). Undefined where the browser offers no way (Firefox: see
   * LaunchOptions.backgroundIdleMs).
   */
  stopBackground?: () => Promise<void>
  /** How many times the background has started so far (Chromium: service worker targets seen). */
  backgroundStarts?: () => number
  /**
   * Every console line the background printed so far (Chromium: its service worker, through Playwright; the
   * rig checks it hears a line of its own first). Undefined where the rig cannot hear it (Firefox: the event
   * page's console is not reported over WebDriver BiDi).
   */
  backgroundConsole?: () => Promise<string[]>
  close(): Promise<void>
}

/** How a browser is launched beyond the rig's network. */
export interface LaunchOptions {
  /**
   * 'allow': the browser grants the extension's optional permission requests as a person clicking "Allow"
   * would (Firefox's own switch for this; headless Chromium has none, and its prompt cannot be answered).
   */
  permissionPrompts?: 'ask' | 'allow'
  /** Firefox: suspends the idle background after this long (its pref; default 30 s), the closest to a stop. */
  backgroundIdleMs?: number
  /**
   * A profile folder the caller keeps (a browser restarted with the same profile): kept on close, the
   * extension's storage.local with it. Without it, a fresh profile, removed on close.
   */
  profile?: string
  /**
   * The browser's language (Firefox: its language pack must be installed, e.g. Debian's firefox-esr-l10n-de;
   * Chromium's come in chromium-l10n, which the tests do not install: Firefox only).
   */
  locale?: 'de'
  /**
   * Firefox: the person's "reduce motion" setting (its pref), which the guide honours: no glow on a filled field,
   * no transitions. Firefox's software rendering of them here costs a manual walk about 1.1 of its ~16 core-s
   * (Renderer thread 2.2 → 1.1, 2026-12-07), so the suites of many variants walk this way; the golden
   * path, the security walk and every Chromium walk (which gains nothing from it) keep the motion.
   */
  reducedMotion?: boolean
}

/** Where the browser's traffic goes: the confining proxy on loopback, and nowhere else. */
export interface BrowserNetwork {
  proxyPort: number
  /** The imitation dashboards' certificate (PEM), trusted by the whole browser, extension included. */
  certificate?: string | undefined
}

/** The browsers a run covers: all, or those named in E2E_BROWSERS (comma separated). */
export function selectedBrowsers(env = process.env.E2E_BROWSERS): BrowserName[] {
  if (!env) return [...browserNames]
  const names = env.split(',').map((name) => name.trim())
  const unknown = names.filter((name) => !(browserNames as readonly string[]).includes(name))
  if (unknown.length) throw new Error(`E2E_BROWSERS names unknown browsers: ${unknown.join(', ')} (use ${browserNames.join(', ')})`)
  return names as BrowserName[]
}

/** Polls `find` until it gives something, or fails after the timeout saying what was looked for. */
export async function poll<T>(find: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const found = await find()
    if (found !== undefined) return found
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}
