// What a built script loads, read from the build itself: its imports, followed through every chunk.
import { readFileSync } from 'node:fs'
import { posix } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Static imports (`import … from "./x.js"`, `import "./x.js"`). */
const staticImport = /(?:^|[;\s}])import\s*(?:[\w{},*\s$]*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
/** What loads later: `import("./x.js")`, and a loader's `import(runtime.getURL("assets/x.js"))`. */
const dynamicImport = /\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]|getURL\(\s*["'`]([^"'`]+\.js)["'`]/g

/**
 * A script in a build (path inside it) and every file it loads: with `later`, what it imports on demand too
 * (the guide, once a setup runs); without, only what loads with it.
 */
export function filesLoadedBy(dir: string, entry: string, later: boolean): string[] {
  const seen = new Set<string>()
  const queue = [entry]
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue
    seen.add(file)
    const code = readFileSync(posix.join(dir, file), 'utf8')
    const from = posix.dirname(file)
    for (const [, relative] of code.matchAll(staticImport)) queue.push(posix.join(from, relative!))
    // a loader's entry is loaded at once, whatever `later` says: it is the script itself
    for (const [, relative, absolute] of code.matchAll(dynamicImport)) {
      if (absolute) queue.push(absolute)
      else if (later) queue.push(posix.join(from, relative!))
    }
  }
  return [...seen]
}

/** gzip bytes of each file, added up: what the files weigh, compressed one by one as they are loaded. */
export function gzipBytes(dir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(posix.join(dir, file)), { level: 9 }).length, 0)
}
