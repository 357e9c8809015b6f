// What a dashboard page loads, in gzip bytes (each file compressed as it is loaded): while no setup runs,
// and everything while a step is guided; beside two tour libraries a page would load for the same job.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { filesLoadedBy, gzipBytes } from '../../test/dist/build-graph'
import { budgets } from '../../test/dist/budgets'

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
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[]; matches: string[] }[] }
  const rows: SizeRow[] = []
  for (const script of manifest.content_scripts) {
    const site = script.matches[0]!.includes('testfairy') ? 'TestFairy' : 'Centercode'
    const loader = script.js[0]!
    rows.push({ what: `${site} page, idle`, gzipBytes: gzipBytes(dir, filesLoadedBy(dir, loader, false)), budget: budgets.idle })
    rows.push({ what: `${site} page, guiding a step`, gzipBytes: gzipBytes(dir, filesLoadedBy(dir, loader, true)), budget: budgets.guided })
  }
  for (const [what, files] of Object.entries(libraries)) {
    rows.push({ what, gzipBytes: files.reduce((sum, file) => sum + gzipSync(readFileSync(join('node_modules', file)), { level: 9 }).length, 0) })
  }
  return rows
}
