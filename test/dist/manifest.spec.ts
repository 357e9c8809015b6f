// The built manifests, as a person installs them: checked after `npm run build`.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { geckoId } from '../../build/browser-manifest'
import { ownDomainScript } from '../../src/content/own-domain-script'
import { filesLoadedBy } from './build-graph'

const read = (target: string) => {
  const text = readFileSync(`dist/${target}/manifest.json`, 'utf8')
  return { text, manifest: JSON.parse(text) as Record<string, any> }
}
const sitePatterns = ['https://*.testfairy.com/*', 'https://*.centercode.com/*']

describe.each(['chrome', 'firefox'])('dist/%s/manifest.json', (target) => {
  const { text, manifest } = read(target)

  it('is Manifest V3', () => {
    expect(manifest.manifest_version).toBe(3)
  })

  it('runs content scripts on exactly the two dashboards, https only', () => {
    const patterns = manifest.content_scripts.flatMap((script: { matches: string[] }) => script.matches)
    expect(patterns.sort()).toEqual([...sitePatterns].sort())
  })

  it('exposes its files to the two dashboards and nothing else', () => {
    for (const resource of manifest.web_accessible_resources ?? []) {
      for (const pattern of resource.matches) expect(sitePatterns).toContain(pattern)
    }
  })

  it('exposes to each dashboard exactly the files its content script loads, and nothing else', () => {
    for (const script of manifest.content_scripts as { js: string[]; matches: string[] }[]) {
      const loaded = new Set(script.js.flatMap((file) => filesLoadedBy(`dist/${target}`, file, true)))
      script.js.forEach((file) => loaded.delete(file))
      const exposed = (manifest.web_accessible_resources as { matches: string[]; resources: string[] }[])
        .filter((resource) => resource.matches.some((pattern) => script.matches.includes(pattern)))
        .flatMap((resource) => resource.resources)
      expect(new Set(exposed), script.matches.join()).toEqual(loaded)
      expect(loaded.size).toBeGreaterThan(2)
    }
  })

  it('asks for storage and scripting, and for any other site only when the person allows it', () => {
    // scripting: the Centercode content script, registered for a community on its own domain once allowed
    expect(manifest.permissions).toEqual(['storage', 'scripting'])
    // to find a tab already on either site, and for the background's test feedback to the community
    expect(manifest.host_permissions).toEqual(['https://*.testfairy.com/*', 'https://*.centercode.com/*'])
    expect(manifest.optional_permissions ?? []).toEqual([])
    // asked for one origin at a time (a community on its own domain), never at install
    expect(manifest.optional_host_permissions).toEqual(['https://*/*'])
  })

  it('builds the Centercode script for a community on its own domain as one file that imports nothing', () => {
    const script = readFileSync(`dist/${target}/${ownDomainScript.path}`, 'utf8')
    expect(script).not.toMatch(/\bimport\s*\(|^import\s|runtime\.getURL/m)
    expect(text).not.toContain(ownDomainScript.path)
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
