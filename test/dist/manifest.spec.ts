// The built manifests, as a person installs them: checked after `npm run build`.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { geckoId } from '../../build/browser-manifest'
import { guideScripts } from '../../src/content/guide-scripts'
import { filesLoadedBy } from './build-graph'

const read = (target: string) => {
  const text = readFileSync(`dist/${target}/manifest.json`, 'utf8')
  return { text, manifest: JSON.parse(text) as Record<string, any> }
}

describe.each(['chrome', 'firefox'])('dist/%s/manifest.json', (target) => {
  const { text, manifest } = read(target)

  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3)
  })

  it('exposes no file to any page (registered scripts are plain files; see size.spec.ts for content scripts)', () => {
    expect(manifest.web_accessible_resources).toBeUndefined()
  })

  it('asks for storage and scripting, and for any other site only when the person allows it', () => {
    // scripting: the guide's scripts, registered only while a setup runs (and for a community on its own domain once allowed)
    expect(manifest.permissions).toEqual(['storage', 'scripting'])
    // to find a tab already on either site, and for the background's test feedback to the community
    expect(manifest.host_permissions).toEqual(['https://*.testfairy.com/*', 'https://mobile.saucelabs.com/*', 'https://mobile.eu-central-1.saucelabs.com/*', 'https://*.centercode.com/*'])
    expect(manifest.optional_permissions ?? []).toEqual([])
    // asked for one origin at a time (a community on its own domain), never at install
    expect(manifest.optional_host_permissions).toEqual(['https://*/*'])
  })

  it.each(Object.values(guideScripts))('builds $path as one file that imports nothing, named by the manifest nowhere', (script) => {
    const code = readFileSync(`dist/${target}/${script.path}`, 'utf8')
    expect(filesLoadedBy(`dist/${target}`, script.path, true)).toEqual([script.path])
    expect(code).not.toMatch(/\bimport\s*\(|^import\s|runtime\.getURL/m)
    expect(text).not.toContain(script.path)
  })

  it.each(['http:', 'localhost', '127.0.0.1', '<all_urls>', 'ws:', 'example'])('mentions no %s', (needle) => {
    expect(text).not.toContain(needle)
  })
})

// The README's "Permissions, and why" table, read as a person reads it: what each row says is asked for.
function readmePermissions() {
  const readme = readFileSync('README.md', 'utf8')
  const section = readme.split('## Permissions, and why')[1]?.split('\n## ')[0] ?? ''
  const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| asked for') && !line.startsWith('| ---'))
  const listed = { permissions: [] as string[], hosts: [] as string[], optionalHosts: [] as string[] }
  for (const row of rows) {
    const first = row.split(' | ')[0]!.slice(2)
    const code = /`([^`]+)`/.exec(first)?.[1]
    if (!code) throw new Error(`a permissions row names nothing: ${row}`)
    if (first.startsWith('optional:')) listed.optionalHosts.push(code)
    else if (first.startsWith('runs on, and host access to,')) listed.hosts.push(code)
    else listed.permissions.push(code)
  }
  return listed
}

describe.each(['chrome', 'firefox'])('dist/%s/manifest.json against the README', (target) => {
  const { manifest } = read(target)
  const listed = readmePermissions()
  it('asks for exactly the permissions the README lists and explains', () => {
    expect([...manifest.permissions].sort()).toEqual([...listed.permissions].sort())
    expect([...manifest.host_permissions].sort()).toEqual([...listed.hosts].sort())
    expect([...(manifest.optional_host_permissions ?? [])].sort()).toEqual([...listed.optionalHosts].sort())
    expect(manifest.optional_permissions ?? []).toEqual([])
  })
})

describe('browser differences', () => {
  it('Chrome runs a service worker; Firefox the same script as background scripts with a gecko id', () => {
    const chrome = read('chrome').manifest
    const firefox = read('firefox').manifest
    expect(chrome.background.service_worker).toBeTruthy()
    expect(chrome.browser_specific_settings).toBeUndefined()
    expect(firefox.background.scripts).toEqual([chrome.background.service_worker])
    expect(firefox.background.service_worker).toBeUndefined()
    expect(firefox.browser_specific_settings.gecko.id).toBe(geckoId)
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] })
  })
})
