// What a dashboard page loads: while no setup runs (nothing: the manifest declares no content script), and
// while a step is guided (its site's guide script, one self-contained file). Sizes are deterministic, so the
// budgets are asserted here; timings are for `npm run bench`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { guideScripts } from '../../src/content/guide-scripts'
import { budgets } from './budgets'
import { filesLoadedBy, gzipBytes } from './build-graph'

describe.each(['chrome', 'firefox'])('dist/%s: what a dashboard page loads', (target) => {
  const dir = `dist/${target}`
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>

  it('idle: nothing at all (no content script is declared; the guide is registered only while a setup runs)', () => {
    expect(manifest.content_scripts).toBeUndefined()
  })

  it.each(Object.values(guideScripts).map((script) => script.path))('%s, guiding: the engine and UI in one file, without the schema library, within budget', (path) => {
    expect(filesLoadedBy(dir, path, true)).toEqual([path])
    const code = readFileSync(join(dir, path), 'utf8')
    expect(code).toContain('tfcc-guide') // the overlay's host tag
    // the flow is checked by the background when it is written; the page reads it by shape only
    expect(code).not.toContain('~standard') // valibot's Standard Schema mark, in every schema it builds
    expect(code).not.toMatch(/webextension-polyfill|browser-polyfill/)
    expect(gzipBytes(dir, [path])).toBeLessThanOrEqual(budgets.guided)
  })

  it('is a production build, whatever NODE_ENV its caller had: no development JSX, no path of the checkout', () => {
    for (const path of [...Object.values(guideScripts).map((script) => script.path), 'manifest.json']) {
      const code = readFileSync(join(dir, path), 'utf8')
      expect(/lineNumber:\d+/.test(code), `${path} has development JSX`).toBe(false)
      expect(code.includes(process.cwd()), `${path} holds the checkout's path`).toBe(false)
    }
  })
})
