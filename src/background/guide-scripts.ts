// The guide's scripts run on the dashboards only while a setup runs: registered when one starts (and run at
// once in the tabs already open on its sites), unregistered when it ends. While none runs, a dashboard page
// loads nothing of ours. A community on its own domain is added once the person allowed that origin.
import browser from 'webextension-polyfill'
import { ownDomainPattern } from '../domain/community'
import { sitePatterns, sites } from '../domain/sites'
import { guideScripts } from '../content/guide-scripts'
import type { Progress } from '../setup/progress'
import { statusOf } from '../setup/status'
import { hasAccess, ownDomainOf } from './own-domain'
import { readProgress } from './setup-store'

export interface WantedScript {
  id: string
  js: string[]
  matches: string[]
}

/** The scripts a setup in this state wants registered; `allowedOwnDomain`: its own-domain community, if allowed. */
export function wantedScripts(progress: Progress | null, allowedOwnDomain: string | null): WantedScript[] {
  if (statusOf(progress) !== 'running') return []
  return sites.map((site) => {
    const script = guideScripts[site]
    const own = site === 'centercode' && allowedOwnDomain ? [ownDomainPattern(allowedOwnDomain)] : []
    return { id: script.id, js: [script.path], matches: [sitePatterns[site], ...own] }
  })
}

let queue: Promise<void> = Promise.resolve()

/**
 * Brings the registered scripts in line with the setup and the person's permissions. Called whenever either
 * changes and when the background starts; one call at a time.
 */
export function syncGuideScripts(): Promise<void> {
  queue = queue.then(sync, sync)
  return queue
}

async function sync(): Promise<void> {
  const progress = await readProgress()
  const ownDomain = statusOf(progress) === 'running' ? ownDomainOf(progress) : null
  const wanted = wantedScripts(progress, ownDomain && (await hasAccess(ownDomain)) ? ownDomain : null)
  const registered = await browser.scripting.getRegisteredContentScripts()
  const same = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((x, i) => x === b[i])
  const stale = registered.filter((r) => !wanted.some((w) => w.id === r.id && same(w.matches, r.matches) && same(w.js, r.js)))
  const fresh = wanted.filter((w) => !registered.some((r) => r.id === w.id && same(w.matches, r.matches) && same(w.js, r.js)))
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale.map((r) => r.id) })
  if (fresh.length === 0) return
  await browser.scripting.registerContentScripts(fresh.map((w) => ({ ...w, runAt: 'document_idle' as const, persistAcrossSessions: true })))
  // Pages opened before the registration have no guide: run it there now (a page that already has one keeps it).
  for (const script of fresh) {
    for (const tab of await browser.tabs.query({ url: script.matches })) {
      if (tab.id === undefined) continue
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: script.js }).catch(() => undefined)
    }
  }
}
