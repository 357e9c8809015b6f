// `npm run package`, as the README promises: the three packages, versioned from package.json; the Chrome zip
// holds exactly dist/chrome and comes out the same bytes again; the Firefox zip (web-ext's) holds exactly
// dist/firefox; the source archive holds the sources and the lock file, no build output; lint has no errors.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import JSZip from 'jszip'
import { beforeAll, describe, expect, it } from 'vitest'
import { filesUnder, zipFolder } from '../../scripts/package/zip-folder'

const { name, version } = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string }
const base = `${name}-${version}`
const read = async (zip: string) => JSZip.loadAsync(readFileSync(join('packages', zip)))

/** A zip's files (not its folder entries), by path, as bytes. */
async function filesOf(zip: JSZip): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of Object.values(zip.files)) if (!entry.dir) files.set(entry.name, await entry.async('nodebuffer'))
  return files
}
const folderFiles = (dir: string) => new Map(filesUnder(dir).map((file) => [relative(dir, file), readFileSync(file)]))

describe('npm run package', () => {
  let stdout = ''
  beforeAll(() => {
    const run = spawnSync('npx', ['tsx', 'scripts/package.ts', '--allow-dirty'], { encoding: 'utf8', timeout: 240_000 })
    expect(run.status, run.stderr).toBe(0)
    stdout = run.stdout
  }, 300_000)

  it('lints the Firefox build with no errors', () => {
    expect(stdout).toMatch(/web-ext lint: 0 errors/)
  })

  it.each([['chrome'], ['firefox']])('the %s zip holds exactly its build, version from package.json', async (target) => {
    const files = await filesOf(await read(`${base}-${target}.zip`))
    expect(files).toEqual(folderFiles(`dist/${target}`))
    expect(JSON.parse(files.get('manifest.json')!.toString()).version).toBe(version)
  })

  it('the Chrome zip comes out the same bytes when made again from the same build', async () => {
    expect((await zipFolder('dist/chrome')).equals(readFileSync(join('packages', `${base}-chrome.zip`)))).toBe(true)
  })

  it('the source archive holds the sources, the lock file and the README (the build command), and no build output', async () => {
    const paths = Object.keys((await read(`${base}-source.zip`)).files).map((path) => path.slice(`${base}-source/`.length))
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'README.md', 'manifest.json', 'vite.config.ts', 'src/background/index.ts']))
    expect(paths.some((path) => /^(node_modules|dist|packages)\//.test(path))).toBe(false)
  })
})
