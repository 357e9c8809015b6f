// The guide's scripts run on the dashboards only while a setup runs: registered when one starts (and run at
// once in the tabs already open on its sites), unregistered when it ends. While none runs, a dashboard page
// loads nothing of ours. A community on its own domain is added once the person allowed that origin.
import browser from 'webextension-polyfill'
import { originPattern, siteOf, sitePatterns, sites, type Site } from '../setup/values/sites'
import { guideScripts } from '../content/guide-scripts'
import type { Progress } from '../setup/state/progress'
import { statusOf } from '../setup/state/status'
import { hasAccess, ownDomainOf } from './own-domain'
import { readProgress } from './setup-store'

export interface WantedScript {
  id: string
  js: string[]
  matches: string[]
}

/**
 * The scripts a setup in this state wants registered, each for the setup's own origins only: the community (on
 * its own domain once the person allowed it: `allowedOwnDomain`), and the TestFairy dashboard once phase 3 is
 * bound to one (until then any, so the person's own can be met and confirmed).
 */
export function wantedScripts(progress: Progress | null, allowedOwnDomain: string | null): WantedScript[] {
  if (statusOf(progress) !== 'running' || !progress) return []
  const { community, testfairy } = progress
  const matches: Record<Site, string[]> = {
    centercode: community && (siteOf(community) === 'centercode' || community === allowedOwnDomain) ? [originPattern(community)] : [],
    testfairy: testfairy ? [originPattern(testfairy)] : sitePatterns.testfairy,
  }
  return sites.filter((site) => matches[site].length > 0).map((site) => ({ id: guideScripts[site].id, js: [guideScripts[site].path], matches: matches[site] }))
}

/**
 * Whether two lists of match patterns (or files) are the same. Compared as sets: a browser may hand a registered
 * script's patterns back in an order of its own (Chromium sorts them), and every sync would register it again.
 */
export function sameItems(a: readonly string[] = [], b: readonly string[] = []): boolean {
  const [x, y] = [[...a].sort(), [...b].sort()]
  return x.length === y.length && x.every((item, i) => item === y[i])
}

let queue: Promise<void> = Promise.resolve()

/**
 * Brings the registered scripts in line with the setup and the person's permissions. Called whenever either
 * changes and when the background starts; one call at a time. With `everywhere` (the extension was just
 * updated or reloaded, so the guides in open tabs are orphaned), every wanted script also runs in the tabs
 * open now, not only a newly registered one.
 */
export function syncGuideScripts(everywhere = false): Promise<void> {
  const run = () => sync(everywhere)
  queue = queue.then(run, run)
  return queue
}

async function sync(everywhere: boolean): Promise<void> {
  const progress = await readProgress()
  const ownDomain = statusOf(progress) === 'running' ? ownDomainOf(progress) : null
  const wanted = wantedScripts(progress, ownDomain && (await hasAccess(ownDomain)) ? ownDomain : null)
  const registered = await browser.scripting.getRegisteredContentScripts()
  const stale = registered.filter((r) => !wanted.some((w) => w.id === r.id && sameItems(w.matches, r.matches) && sameItems(w.js, r.js)))
  const fresh = wanted.filter((w) => !registered.some((r) => r.id === w.id && sameItems(w.matches, r.matches) && sameItems(w.js, r.js)))
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((r) => r.id) })
  if (fresh.length > 0) await browser.scripting.registerContentScripts(fresh.map((w) => ({ ...w, runAt: 'document_idle' as const, persistAcrossSessions: true })))
  // Pages opened before the registration have no guide: run it there now, in all such tabs at once (a page
  // that already has a live one keeps it; a tab that cannot take it, e.g. an error page, is left).
  const injections = (everywhere ? wanted : fresh).map(async (script) => {
    const tabs = await browser.tabs.query({ url: script.matches })
    await Promise.allSettled(tabs.map((tab) => (tab.id === undefined ? undefined : browser.scripting.executeScript({ target: { tabId: tab.id }, files: script.js }))))
  })
  await Promise.allSettled(injections)
}
