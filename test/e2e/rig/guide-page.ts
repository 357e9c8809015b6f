// What a spec reads of the guide on a page, and how it reaches the extension's storage through its panel.
import type { Flow } from '../../../src/engine/step'
import { runningKey } from '../../../src/content/running-key'
import { sessionMarkKey } from '../../../src/setup/state/storage-keys'
import { servedHosts } from '../../dashboards/hosts'
import type { TestPage } from './browser'

export const overlayHost = 'tfcc-guide'
/** A selector inside the overlay's shadow root (Firefox needs '>>>'; the Chromium rig drops it). */
export const inCard = (selector: string) => `${overlayHost} >>> ${selector}`

export interface CardView {
  /** The counter's words ("Step 2 of 11"). */
  step: string | null
  /** The flow's step the card is for (its data-step). */
  index: number | null
  text: string | null
  sub: string | null
  spotlight: { x: number; y: number } | null
  inDialog: boolean
  pointToIt: boolean
  /** The card asks whether to replace what a field holds. */
  replace: boolean
  /** What the page says went wrong, as the card repeats it. */
  problem: string | null
  /** The card asks whether this dashboard is the one to set up ("Use this TestFairy"). */
  confirmSite: boolean
  /** Any other note under the instruction. */
  notes: string[]
}

/** Waits until the card shows an element (a selector inside its shadow root); if it does not, says what the card shows. */
export async function waitForInCard(page: TestPage, selector: string, timeoutMs = 10_000): Promise<void> {
  // (each browser's rig reads a selector through the card's open shadow root itself)
  await page.waitForSelector(inCard(selector), timeoutMs).catch(async () => {
    throw new Error(`the card shows no ${selector} after ${timeoutMs} ms: ${JSON.stringify(await readCard(page).catch(() => null))}`)
  })
}

/** The card's whole markup in the page, or '' where it shows none (what a secret must never be in). */
export function cardMarkup(page: TestPage): Promise<string> {
  return page.evaluate(() => document.querySelector('tfcc-guide')?.shadowRoot?.innerHTML ?? '').catch(() => '')
}

/** What the card shows, read from the page (the overlay's shadow root is open). */
export function readCard(page: TestPage): Promise<CardView> {
  return page.evaluate(() => {
    const root = document.querySelector('tfcc-guide')?.shadowRoot
    const text = (s: string) => root?.querySelector(s)?.textContent?.replace(/\s+/g, ' ').trim() ?? null
    const spot = root?.querySelector<HTMLElement>('.spotlight:not([hidden])')?.getBoundingClientRect()
    return {
      step: text('.step'),
      index: root?.querySelector('.card[data-step]') ? Number(root.querySelector('.card')!.getAttribute('data-step')) : null,
      text: text('.text'),
      sub: text('.sub'),
      spotlight: spot && spot.width > 0 ? { x: spot.left + spot.width / 2, y: spot.top + spot.height / 2 } : null,
      inDialog: !!document.querySelector('dialog[open] tfcc-guide'),
      pointToIt: !!root?.querySelector('[data-action="point-to-it"]'),
      replace: !!root?.querySelector('[data-action="replace"]'),
      problem: text('[data-problem]'),
      confirmSite: !!root?.querySelector('[data-action="confirm-site"]'),
      notes: [...(root?.querySelectorAll('.sub') ?? [])].map((el) => el.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    }
  })
}

/** The part of the extension API the tests use from the extension's own page. */
interface ExtensionApi {
  storage: {
    local: { set(items: object): Promise<void>; get(keys: string[] | null): Promise<Record<string, unknown>>; clear(): Promise<void> }
    session: { set(items: object): Promise<void>; get(keys: string[] | null): Promise<Record<string, unknown>>; clear(): Promise<void> }
    onChanged: { addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void }
  }
}

/** Storage, as the extension's own panel page sees it. Each function runs in that page, so it names the API itself. */
export function extensionStorage(panel: TestPage) {
  return {
    /**
     * Starts a flow at a step (or clears everything, with null), as the background keeps it: its trusted copy in
     * session storage and the tabs' mirror. `origins`: the community (by default the legacy imitation's) and,
     * once bound, the TestFairy dashboard.
     */
    setProgress: (flow: Flow | null, stepIndex = 0, paused = false, origins: { community?: string; testfairy?: string } = {}) =>
      panel.evaluate(
        (progress) => {
          const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as ExtensionApi
          if (!progress) return Promise.all([api.storage.local.clear(), api.storage.session.clear()]).then(() => undefined)
          return api.storage.session.set({ trustedProgress: { progress } }).then(() => api.storage.local.set({ progress }))
        },
        flow ? { version: 1, flow, stepIndex, paused, community: `https://${servedHosts.centercode}`, ...origins } : null,
      ),
    /** Puts values into the background's session slots, as earlier steps would have (e.g. the endpoint), with the mark they leave. */
    setSlots: (slots: Record<string, string>) =>
      panel.evaluate(
        ({ value, mark }) => (((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as ExtensionApi).storage.session.set({ slots: value, [mark]: true }),
        { value: slots, mark: sessionMarkKey },
      ),
    /**
     * From now on, the panel page notes each step the setup comes to (its id, the ms since this call, paused or
     * "Do it for me"): what `steps()` tells when a walk is stuck. Progress only, which holds no secret.
     */
    recordSteps: () =>
      panel.evaluate(() => {
        const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as ExtensionApi
        const since = performance.now()
        const steps: string[] = ((globalThis as Record<string, unknown>).recordedSteps = [])
        api.storage.onChanged.addListener((changes, area) => {
          const progress = changes.progress?.newValue as { stepIndex: number; paused?: boolean; auto?: boolean; flow: { steps: { id: string }[] } } | undefined
          if (area !== 'local' || !progress) return
          const line = `${progress.flow.steps[progress.stepIndex]?.id ?? 'done'}${progress.paused ? ' (paused)' : ''}${progress.auto ? ' (auto)' : ''}`
          if (steps.at(-1)?.endsWith(line)) return
          steps.push(`${Math.round(performance.now() - since)} ms ${line}`)
        })
      }),
    /** What `recordSteps` noted, or [] in a panel that did not record. */
    steps: () => panel.evaluate(() => ((globalThis as Record<string, unknown>).recordedSteps as string[] | undefined) ?? []),
    // as JSON text: WebDriver BiDi hands back deep objects (a flow's finders) cut short
    local: async (keys: string[] | null): Promise<Record<string, unknown>> =>
      JSON.parse(
        await panel.evaluate(
          async (k) => JSON.stringify(await (((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as ExtensionApi).storage.local.get(k)),
          keys,
        ),
      ) as Record<string, unknown>,
    session: async (keys: string[] | null): Promise<Record<string, unknown>> =>
      JSON.parse(
        await panel.evaluate(
          async (k) => JSON.stringify(await (((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as ExtensionApi).storage.session.get(k)),
          keys,
        ),
      ) as Record<string, unknown>,
  }
}

/**
 * The ids and match patterns of the content scripts the extension has registered, read from an extension page,
 * in a fixed order (by id, patterns sorted): browsers hand them back in orders of their own.
 */
export async function registeredScripts(panel: TestPage): Promise<{ id: string; matches: string[] }[]> {
  const scripts = JSON.parse(
    await panel.evaluate(async () => {
      const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as {
        scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> }
      }
      return JSON.stringify((await api.scripting.getRegisteredContentScripts()).map(({ id, matches }) => ({ id, matches: matches ?? [] })))
    }),
  ) as { id: string; matches: string[] }[]
  return scripts.map(({ id, matches }) => ({ id, matches: [...matches].sort() })).sort((a, b) => a.id.localeCompare(b.id))
}

/**
 * Whether the guide's script runs in the tab at `url`, asked from an extension page (the panel) in the
 * content scripts' own world, where the guide leaves its signal: nothing of it marks the page. False where
 * no tab is at that address or the extension may not run there.
 */
export async function guideRunsIn(panel: TestPage, url: string): Promise<boolean> {
  return panel.evaluate(
    async ({ href, key }) => {
      type Api = {
        tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> }
        scripting: { executeScript(o: { target: { tabId: number }; func: (k: string) => boolean; args: string[] }): Promise<{ result?: unknown }[]> }
      }
      const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as Api
      const tab = (await api.tabs.query({})).find((t) => t.url === href)
      if (tab?.id === undefined) return false
      try {
        const [ran] = await api.scripting.executeScript({
          target: { tabId: tab.id },
          func: (k) => {
            const signal = (globalThis as Record<string, unknown>)[k] as AbortSignal | undefined
            return signal !== undefined && !signal.aborted
          },
          args: [key],
        })
        return ran?.result === true
      } catch {
        return false
      }
    },
    { href: url, key: runningKey },
  )
}
