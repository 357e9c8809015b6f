// What a dashboard page loads, in gzip bytes (each file compressed as it is loaded): while no setup runs,
// and everything while a step is guided; beside two tour libraries a page would load for the same job.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { filesLoadedBy, gzipBytes } from '../../test/dist/build-graph'
import { budgets } from '../../test/dist/budgets'
import { guideScripts } from '../../src/content/guide-scripts'
import type { Site } from '../../src/setup/values/sites'

const siteNames: Record<Site, string> = { testfairy: 'TestFairy', centercode: 'Centercode' }

export interface SizeRow {
  what: string
  gzipBytes: number
  budget?: number
}

/** The tour libraries' own builds, with their CSS: what a page using them loads. */
const libraries: Record<string, string[]> = {
  'driver.js 1.8 (JS + CSS)': ['driver.js/dist/driver.js.iife.js', 'driver.js/dist/driver.css'],
  'Shepherd 15.3 (JS + CSS)': ['shepherd.js/dist/js/shepherd.mjs', 'shepherd.js/dist/css/shepherd.css'],
}

export function measureSizes(dir = 'dist/chrome'): SizeRow[] {
  // idle: what the manifest's content scripts load (none: the guide is registered only while a setup runs)
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts?: { js: string[] }[] }
  const declared = (manifest.content_scripts ?? []).flatMap((script) => script.js.flatMap((file) => filesLoadedBy(dir, file, false)))
  const rows: SizeRow[] = [{ what: 'a dashboard page, idle', gzipBytes: gzipBytes(dir, [...new Set(declared)]), budget: budgets.idle }]
  for (const [site, script] of Object.entries(guideScripts)) {
    rows.push({ what: `${siteNames[site as Site]} page, guiding a step`, gzipBytes: gzipBytes(dir, filesLoadedBy(dir, script.path, true)), budget: budgets.guided })
  }
  for (const [what, files] of Object.entries(libraries)) {
    rows.push({ what, gzipBytes: files.reduce((sum, file) => sum + gzipSync(readFileSync(join('node_modules', file)), { level: 9 }).length, 0) })
  }
  return rows
}
