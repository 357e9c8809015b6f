// What a dashboard page loads: while no setup runs, and while a step is guided. Sizes are deterministic,
// so the budgets are asserted here; timings are for `npm run bench`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { budgets } from './budgets'
import { filesLoadedBy, gzipBytes } from './build-graph'

describe.each(['chrome', 'firefox'])('dist/%s: what a dashboard page loads', (target) => {
  const dir = `dist/${target}`
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] }
  const loaders = manifest.content_scripts.map((script) => script.js[0]!)

  it.each(loaders)('%s, idle: neither the engine, the UI nor the polyfill, within budget', (loader) => {
    const files = filesLoadedBy(dir, loader, false)
    const code = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n')
    expect(files.length).toBeGreaterThan(2)
    expect(files.some((file) => /guide|jsxRuntime|polyfill/.test(file))).toBe(false)
    expect(code).not.toContain('tfcc-guide') // the overlay's host tag
    expect(code).not.toContain('MutationObserver')
    expect(gzipBytes(dir, files)).toBeLessThanOrEqual(budgets.idle)
  })

  it.each(loaders)('%s, guiding: the engine and UI, without the schema library, within budget', (loader) => {
    const files = filesLoadedBy(dir, loader, true)
    const code = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n')
    expect(code).toContain('tfcc-guide')
    // the flow is checked by the background when it is written; the page reads it by shape only
    expect(code).not.toContain('~standard') // valibot's Standard Schema mark, in every schema it builds
    expect(gzipBytes(dir, files)).toBeLessThanOrEqual(budgets.guided)
  })
})
