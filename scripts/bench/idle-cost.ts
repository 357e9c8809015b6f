// What the extension adds to a dashboard page while no setup runs: main-thread script time and JS heap, from
// the DevTools protocol's page metrics, each page loaded fresh in a browser with the extension and in one
// without, alternately, in the same run (Chromium only: Firefox reports no such metrics over WebDriver BiDi).
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { markAttribute } from '../../src/content/page-mark'
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
  /** With an extension whose content script is one line: what the browser charges any content script. */
  oneLine: LoadCost
}

/** Loads the page in a new tab, lets it settle, and reads its metrics. */
async function loadCost(context: BrowserContext, url: string, extension: boolean, settleMs: number): Promise<LoadCost> {
  const page = await context.newPage()
  try {
    const cdp = await context.newCDPSession(page)
    await cdp.send('Performance.enable')
    await page.goto(url, { waitUntil: 'load' })
    // the content script has run (it marks the page with the setup's status); without the extension nothing will
    if (extension) await page.waitForSelector(`html[${markAttribute}="idle"]`, { state: 'attached', timeout: 10_000 })
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
  browsers: { withExtension: BrowserContext; without: BrowserContext; oneLine: BrowserContext },
  url: string,
  loads: number,
  settleMs = 1000,
): Promise<IdleCost> {
  const samples = { with: [] as LoadCost[], without: [] as LoadCost[], oneLine: [] as LoadCost[] }
  for (let i = 0; i < loads; i++) {
    samples.with.push(await loadCost(browsers.withExtension, url, true, settleMs))
    samples.without.push(await loadCost(browsers.without, url, false, settleMs))
    samples.oneLine.push(await loadCost(browsers.oneLine, url, true, settleMs))
  }
  const summary = (costs: LoadCost[]): LoadCost => ({ scriptMs: median(costs.map((c) => c.scriptMs)), heapBytes: median(costs.map((c) => c.heapBytes)) })
  return { url, loads, with: summary(samples.with), without: summary(samples.without), oneLine: summary(samples.oneLine) }
}

/**
 * An extension whose content script, on both dashboards, is one line (it marks the page, as ours does): the
 * floor, what Chromium charges for any content script (its isolated world), written to a new folder.
 */
export async function writeOneLineExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tfcc-one-line-'))
  const manifest = {
    manifest_version: 3,
    name: 'one line',
    version: '1.0',
    content_scripts: [{ matches: ['https://*.testfairy.com/*', 'https://*.centercode.com/*'], js: ['one-line.js'], run_at: 'document_idle' }],
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest))
  await writeFile(join(dir, 'one-line.js'), `document.documentElement.setAttribute(${JSON.stringify(markAttribute)}, 'idle')\n`)
  return dir
}
