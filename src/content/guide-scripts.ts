// The guide's script for each site: built as one self-contained file (build/guide-scripts.ts) and registered
// by the background only while a setup runs (src/background/guide-scripts.ts). While none runs, a dashboard
// page loads nothing of ours.
import type { Site } from '../setup/values/sites'

export interface GuideScript {
  /** The id it is registered under. */
  id: string
  /** Its source, built into `path`. */
  entry: string
  /** Where the build puts it. */
  path: string
}

export const guideScripts: Record<Site, GuideScript> = {
  testfairy: { id: 'guide-testfairy', entry: 'src/content/testfairy.ts', path: 'content/testfairy.js' },
  centercode: { id: 'guide-centercode', entry: 'src/content/centercode.ts', path: 'content/centercode.js' },
}
