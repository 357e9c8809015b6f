// Bringing up the right site for the current step: a tab already on it when there is one (the most recently
// used), or a new tab. Reading open tabs' addresses needs the host permissions of the two sites, no more.
import browser from 'webextension-polyfill'
import { isCentercodeCommunityOrigin } from '../setup/values/endpoint'
import { defaultTestFairyOrigin, siteOf, sitePatterns, type Site } from '../setup/values/sites'
import type { Progress } from '../setup/state/progress'

/** Origins of the tabs open on a site, the most recently used first. */
export async function openOrigins(site: Site): Promise<string[]> {
  const tabs = await browser.tabs.query({ url: sitePatterns[site] })
  const origins = tabs
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .map((tab) => {
      try {
        return new URL(tab.url ?? '').origin
      } catch {
        return null
      }
    })
    .filter((origin): origin is string => origin !== null && siteOf(origin) === site)
  return [...new Set(origins)]
}

/** The community a Centercode tab is open on, if any. */
export async function detectCommunity(): Promise<string | null> {
  return (await openOrigins('centercode')).find(isCentercodeCommunityOrigin) ?? null
}

/** Where a site of this setup is: what the setup remembered (or the person named), an open tab, or (TestFairy) app.testfairy.com. */
export async function originFor(site: Site, progress: Progress | null): Promise<string | null> {
  if (site === 'centercode') return progress?.community ?? (await detectCommunity())
  return progress?.testfairy ?? progress?.testfairyChosen ?? (await openOrigins('testfairy'))[0] ?? defaultTestFairyOrigin
}

/** Brings up a tab on this origin, or opens one at `path`; the id of a tab that was already open. */
export async function bringUp(origin: string, path = '/'): Promise<number | undefined> {
  const tabs = (await browser.tabs.query({ url: `${origin}/*` })).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
  const tab = tabs[0]
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true })
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined)
    return tab.id
  }
  await browser.tabs.create({ url: `${origin}${path}` })
  return undefined
}
