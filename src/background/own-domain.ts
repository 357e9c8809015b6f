// A Centercode community on its own domain: the manifest covers only *.centercode.com, so the extension works
// there only once the person has allowed that one origin (an optional host permission, asked for by the panel
// at the moment it is needed), and only while a setup for it is running: then, and only then, the Centercode
// content script is registered for it.
import browser from 'webextension-polyfill'
import { ownDomainPattern } from '../domain/community'
import { isCentercodeCommunityOrigin } from '../domain/endpoint'
import { markAttribute } from '../content/page-mark'
import { ownDomainScript } from '../content/own-domain-script'
import { currentStep, type Progress } from '../setup/progress'
import { readProgress } from './setup-store'

/** The setup's community when it is on its own domain, else null. */
export function ownDomainOf(progress: Progress | null): string | null {
  const community = progress?.community
  return community && !isCentercodeCommunityOrigin(community) ? community : null
}

/** Whether the person has allowed the extension on this origin. */
export async function hasAccess(origin: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [ownDomainPattern(origin)] })
}

/** Gives back the access the person allowed (for this setup only). */
export async function giveBackAccess(origin: string): Promise<void> {
  await browser.permissions.remove({ origins: [ownDomainPattern(origin)] })
}

/** Whether a page belongs to the setup's community on its own domain, which the person has allowed. */
export async function isOwnDomainPage(url: string | undefined, progress: Progress | null): Promise<boolean> {
  const community = ownDomainOf(progress)
  if (!community || !url) return false
  try {
    if (new URL(url).origin !== community) return false
  } catch {
    return false
  }
  return hasAccess(community)
}

let queue: Promise<void> = Promise.resolve()

/**
 * Registers the content script for the setup's own-domain community while a setup for it runs and access is
 * allowed, and unregisters it otherwise. Called whenever progress or permissions change; one call at a time.
 */
export function syncOwnDomainScript(): Promise<void> {
  queue = queue.then(sync, sync)
  return queue
}

async function sync(): Promise<void> {
  const progress = await readProgress()
  const community = currentStep(progress) ? ownDomainOf(progress) : null
  const wanted = community && (await hasAccess(community)) ? ownDomainPattern(community) : null
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [ownDomainScript.id] })
  const current = registered[0]?.matches?.[0] ?? null
  if (current === wanted) return
  if (registered.length > 0) await browser.scripting.unregisterContentScripts({ ids: [ownDomainScript.id] })
  if (!wanted) return
  await browser.scripting.registerContentScripts([
    { id: ownDomainScript.id, js: [ownDomainScript.path], matches: [wanted], runAt: 'document_idle', persistAcrossSessions: true },
  ])
}

/**
 * A page opened before its script was registered has none: loaded again, it gets it. A page whose script
 * has answered carries the mark (src/content/page-mark.ts) and is left alone.
 */
export async function reloadUnlessGuided(tabId: number): Promise<void> {
  const [result] = await browser.scripting.executeScript({
    target: { tabId },
    func: (attribute: string) => document.documentElement.hasAttribute(attribute),
    args: [markAttribute],
  })
  if (result?.result !== true) await browser.tabs.reload(tabId)
}
