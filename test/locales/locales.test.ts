// Every word a person sees comes from public/_locales through the i18n API: each key the code uses exists in
// every locale, each key a locale has is used (by the manifest, as a literal in the code, or in a family of
// keys the code builds from a list), and every locale has the same keys, placeholders and words for them.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultSettings } from '../../src/setup/values/defaults'
import { endpointMessageKey, endpointProblems } from '../../src/setup/values/endpoint'
import { defaults } from '../../src/setup/values/settings'
import { sites } from '../../src/setup/values/sites'
import { outcomeMessageKey, testOutcomes } from '../../src/setup/values/test-feedback'
import { phases } from '../../src/setup/flows/setup-flow'

interface Entry {
  message: string
  placeholders?: Record<string, { content: string; example?: string }>
}
const localesDir = 'public/_locales'
const locales = readdirSync(localesDir).sort()
const messages = (locale: string) => JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Record<string, Entry>
const english = messages('en')

/** The keys the code builds from a list (`site_${site}`, …), each family from the list it is built from. */
const families: Record<string, string[]> = {
  'site_${site}': sites.map((site) => `site_${site}`),
  'phase_${phase}': phases.map((phase) => `phase_${phase}`),
  'phaseState_${state}': ['todo', 'current', 'done'].map((state) => `phaseState_${state}`),
  'endpointMessageKey(problem)': endpointProblems.map(endpointMessageKey),
  'outcomeMessageKey(outcome)': testOutcomes.map(outcomeMessageKey),
  'setting_${name}': Object.keys(defaultSettings).map((name) => `setting_${name}`),
  'setting_event_${name}': Object.keys(defaults.events).map((name) => `setting_event_${name}`),
  '${slot}NotAKey': ['projectKey', 'sourceKey'].map((slot) => `${slot}NotAKey`),
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(path)
    return /\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : []
  })
}
const code = new Map(sourceFiles('src').map((file) => [relative('.', file), readFileSync(file, 'utf8')]))
const manifest = readFileSync('manifest.json', 'utf8')

/** Words the code hands to the i18n API or to the card by key: t('…'), messageKey: '…', message: '…', lookFor: '…'. */
const keyed = /(?:\bt|messageKey|message|lookFor|instruction)\s*[:(]\s*'([A-Za-z][A-Za-z0-9_]*)'/g
const usedByCode = new Set([...code.values()].flatMap((text) => [...text.matchAll(keyed)].map((m) => m[1]!)))
const literals = new Set([...code.values()].flatMap((text) => [...text.matchAll(/['"`]([A-Za-z][A-Za-z0-9_]*)['"`]/g)].map((m) => m[1]!)))
const built = new Set(Object.values(families).flat())
const inManifest = new Set([...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!))

const placeholdersIn = (text: string) => [...text.matchAll(/\$([A-Za-z_]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort()

describe('public/_locales', () => {
  it('has English and German', () => {
    expect(locales).toEqual(expect.arrayContaining(['de', 'en']))
  })

  it.each([...usedByCode, ...built, ...inManifest].sort())('%s, used by the code or the manifest, is in every locale', (key) => {
    for (const locale of locales) expect(messages(locale)[key]?.message, `${locale}: ${key}`).toBeTruthy()
  })

  it.each(Object.keys(english))('%s is used: by the manifest, by name in the code, or built from a list', (key) => {
    expect(inManifest.has(key) || literals.has(key) || built.has(key)).toBe(true)
  })

  it.each(locales.filter((locale) => locale !== 'en'))('%s has exactly the English keys, with the same placeholders', (locale) => {
    const other = messages(locale)
    expect(Object.keys(other)).toEqual(Object.keys(english))
    for (const [key, entry] of Object.entries(english)) {
      expect(other[key]!.placeholders, key).toEqual(entry.placeholders)
      expect(placeholdersIn(other[key]!.message), key).toEqual(placeholdersIn(entry.message))
    }
  })

  it.each(locales)('%s: the store description fits the Chrome Web Store (132 characters at most)', (locale) => {
    expect(messages(locale).extDescription!.message.length).toBeLessThanOrEqual(132)
  })
})
