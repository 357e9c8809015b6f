// `npm run demo` as the README promises it without a display: it plays the whole setup by itself and names
// a folder holding a screenshot of each step that waited for the person. Chromium only, like the demo.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { selectedBrowsers } from './rig/browser'

describe.skipIf(!selectedBrowsers().includes('chromium'))('npm run demo, without a display', () => {
  const root = mkdtempSync(join(tmpdir(), 'tfcc-demo-'))
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  it('plays the setup to the end and names the folder of its screenshots', () => {
    const env = { ...process.env, DEMO_NO_BUILD: '1', DEMO_SCREENSHOTS: root, DISPLAY: '', WAYLAND_DISPLAY: '' }
    const run = spawnSync('npx', ['tsx', 'scripts/demo.ts'], { env, encoding: 'utf8', timeout: 240_000 })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toContain('demo: the setup is done')
    const folder = /screenshots, .* are in (\S+)/.exec(run.stdout)?.[1]
    expect(folder?.startsWith(root)).toBe(true)
    const shots = readdirSync(folder!).sort()
    // the panel first and last, and the steps across both sites between
    expect(shots[0]).toMatch(/^01-panel-start\.png$/)
    expect(shots.at(-1)).toMatch(/-panel-done\.png$/)
    expect(shots.filter((shot) => /^\d\d-cc-/.test(shot)).length).toBeGreaterThan(5)
    expect(shots.filter((shot) => /^\d\d-tf-/.test(shot)).length).toBeGreaterThan(3)
  }, 300_000)

  it('DEMO_MODE=auto plays "Do it for me": the start, four confirmations, done', () => {
    const env = { ...process.env, DEMO_NO_BUILD: '1', DEMO_SCREENSHOTS: root, DEMO_MODE: 'auto', DISPLAY: '', WAYLAND_DISPLAY: '' }
    const run = spawnSync('npx', ['tsx', 'scripts/demo.ts'], { env, encoding: 'utf8', timeout: 240_000 })
    expect(run.status, run.stderr).toBe(0)
    expect(run.stdout).toMatch(/demo: the setup is done by "Do it for me" \(5 clicks, 0 keystrokes, \d+ s\)/)
    const folder = /screenshots, .* are in (\S+)/.exec(run.stdout)?.[1]
    const shots = readdirSync(folder!).sort()
    expect(shots.filter((shot) => /-confirm\.png$/.test(shot))).toHaveLength(4)
    expect(shots.at(-1)).toMatch(/-panel-done\.png$/)
  }, 300_000)
})
