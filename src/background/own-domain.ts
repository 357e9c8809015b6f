// A Centercode community on its own domain: the manifest covers only *.centercode.com, so the extension works
// there only once the person has allowed that one origin (an optional host permission, asked for by the panel
// at the moment it is needed), and only while a setup for it is running (src/background/guide-scripts.ts).
import browser from 'webextension-polyfill'
import { ownDomainPattern } from '../setup/values/community'
import { isCentercodeCommunityOrigin } from '../setup/values/endpoint'
import type { Progress } from '../setup/state/progress'

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
