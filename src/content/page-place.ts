// What this page is to the setup, as the tab sees it from the progress (the background decides the same from
// the sender of each message, src/background/sender-place.ts): the community, the bound TestFairy dashboard,
// or before phase 3 binds one, app.testfairy.com as it is or another dashboard the person must confirm.
import { defaultTestFairyOrigin, type Site } from '../setup/values/sites'
import type { GuideState, PagePlace } from '../engine/run-guide'

export function placeOfPage(site: Site, origin: string, state: GuideState): PagePlace {
  if (site === 'centercode') return state.community === origin ? 'ours' : 'elsewhere'
  if (state.testfairy) return state.testfairy === origin ? 'ours' : 'elsewhere'
  return origin === defaultTestFairyOrigin ? 'ours' : 'confirm'
}
