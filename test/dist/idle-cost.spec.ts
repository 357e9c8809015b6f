// What every dashboard page loads while no setup runs: the content script and what it imports statically.
// Sizes are deterministic, so they are asserted here; timings are for `npm run bench`.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

/** Budget for the idle path of one site, in bytes, unminified by gzip: loader + entry + static imports. */
const idleBudget = 16 * 1024

function staticGraph(dir: string, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen
  seen.add(file)
  const code = readFileSync(join(dir, file), 'utf8')
  // static imports only: `import{…}from"./x.js"` and `import"./x.js"`; a dynamic import() is loaded on demand
  for (const [, spec] of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w{},*\s$]*from\s*)?["'](\.\/[^"']+)["']/g)) {
    staticGraph(dir, join('assets', spec!.slice(2)), seen)
  }
  return seen
}

describe.each(['chrome', 'firefox'])('dist/%s: an idle dashboard page', (target) => {
  const dir = `dist/${target}`
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] }

  it.each(manifest.content_scripts.map((script) => script.js[0]!))('%s loads neither the engine nor the UI, within budget', (loader) => {
    const entry = /getURL\("([^"]+)"\)/.exec(readFileSync(join(dir, loader), 'utf8'))?.[1]
    expect(entry).toBeTruthy()
    const files = [loader, ...staticGraph(dir, entry!)]
    const code = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n')
    expect(files.some((file) => /guide|jsxRuntime/.test(file))).toBe(false)
    expect(code).not.toContain('tfcc-guide') // the overlay's host tag
    expect(code).not.toContain('MutationObserver')
    expect(Buffer.byteLength(code)).toBeLessThan(idleBudget)
  })
})
