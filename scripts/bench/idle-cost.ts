// What the extension adds to a dashboard page while no setup runs: main-thread script time and JS heap, from
// the DevTools protocol's page metrics, each page loaded fresh in a browser with the extension and in one
// without, alternately, in the same run (Chromium only: Firefox reports no such metrics over WebDriver BiDi).
import type { BrowserContext } from 'playwright-core'
import { median } from './stats'

export interface LoadCost {
  /** ms of script on the page's main thread (every world: the page's and the content script's) */
  scriptMs: number
  /** bytes of JS heap in use after a garbage collection */
  heapBytes: number
}

export interface IdleCost {
  url: string
  loads: number
  with: LoadCost
  without: LoadCost
}

/** Loads the page in a new tab, lets it settle, and reads its metrics. */
async function loadCost(context: BrowserContext, url: string, settleMs: number): Promise<LoadCost> {
  const page = await context.newPage()
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForTimeout(settleMs)
    await cdp.send('HeapProfiler.collectGarbage')
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN
    return { scriptMs: metric('ScriptDuration') * 1000, heapBytes: metric('JSHeapUsedSize') }
  } finally {
    await page.close()
  }
}

export async function measureIdleCost(
  browsers: { withExtension: BrowserContext; without: BrowserContext },
  url: string,
  loads: number,
  settleMs = 1000,
): Promise<IdleCost> {
  const samples = { with: [] as LoadCost[], without: [] as LoadCost[] }
  for (let i = 0; i < loads; i++) {
    samples.with.push(await loadCost(browsers.withExtension, url, settleMs))
    samples.without.push(await loadCost(browsers.without, url, settleMs))
  }
  const summary = (costs: LoadCost[]): LoadCost => ({ scriptMs: median(costs.map((c) => c.scriptMs)), heapBytes: median(costs.map((c) => c.heapBytes)) })
  return { url, loads, with: summary(samples.with), without: summary(samples.without) }
}
