// Where a content script's message comes from, as far as the setup is concerned. A setup is bound to one
// Centercode community (when it starts) and one TestFairy dashboard (when phase 3 starts): only their pages,
// in the top frame, speak for it. Before TestFairy is bound, any TestFairy dashboard may ask the person to
// bind it (the card does, on a trusted click); app.testfairy.com, the one a person names by default, is
// bound by its first word at a TestFairy step.
import type { Runtime } from 'webextension-polyfill'
import { defaultTestFairyOrigin, originOf, siteOf, type Site } from '../setup/values/sites'
import type { Progress } from '../setup/state/progress'

export interface SenderPlace {
  site: Site
  origin: string
  /** The page is on the origin the setup is bound to for its site (or, TestFairy unbound, on the default one). */
  bound: boolean
}

/**
 * The place of a message's sender, or null when it is none of the setup's: another frame, another host of the
 * domains, a community on its own domain the person has not allowed.
 */
export async function placeOf(sender: Runtime.MessageSender, progress: Progress | null, ownDomainAllowed: (origin: string) => Promise<boolean>): Promise<SenderPlace | null> {
  if (!progress || sender.frameId !== 0) return null
  const origin = originOf(sender.url)
  if (!origin) return null
  if (origin === progress.community) {
    const allowed = siteOf(origin) === 'centercode' || (await ownDomainAllowed(origin))
    return allowed ? { site: 'centercode', origin, bound: true } : null
  }
  if (siteOf(origin) !== 'testfairy') return null
  if (progress.testfairy) return origin === progress.testfairy ? { site: 'testfairy', origin, bound: true } : null
  return { site: 'testfairy', origin, bound: origin === defaultTestFairyOrigin }
}
