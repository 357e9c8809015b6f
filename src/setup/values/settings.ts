// The person's settings: the names and key the setup fills in, the extra TestFairy events, and the field
// mapping. Each value is checked before it is kept; a bad one gets a message that says what is wrong.
// Pure: no DOM, no browser APIs.
import { defaultSettings, type SettingName } from './defaults'
import { defaultFieldMapping, type FieldMapping } from './field-mapping'

/** The keys of TestFairy's feedback payload a Centercode field can take. */
export const payloadKeys = ['text', 'email', 'appName', 'version', 'build', 'rawDeviceName', 'sessionUrl', 'screenshotUrl', 'correlationId', 'timestamp'] as const

export interface Settings {
  apiKeyName: string
  apiKeyDescription: string
  sourceName: string
  sourceKey: string
  webhookName: string
  /** TestFairy events sent besides User feedback. */
  events: { crash: boolean; upload: boolean }
  mapping: FieldMapping[]
}

export const defaults: Settings = {
  ...defaultSettings,
  events: { crash: false, upload: false },
  mapping: defaultFieldMapping.map((m) => ({ ...m })),
}

export type SettingsField = SettingName | 'mapping'
/** Message keys by field; empty when all is well. */
export type SettingsErrors = Partial<Record<SettingsField, string>>

const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/
/** How long each text may be: what the dashboards' own forms take. */
const limits: Record<SettingName, { min: number; max: number }> = {
  apiKeyName: { min: 1, max: 50 },
  apiKeyDescription: { min: 0, max: 200 },
  sourceName: { min: 1, max: 100 },
  sourceKey: { min: 1, max: 64 },
  webhookName: { min: 1, max: 100 },
}
/** Centercode source keys: letters, digits, '-' and '_', starting with a letter or digit. */
const sourceKeyPattern = /^[A-Za-z0-9][A-Za-z0-9_-]*$/

function textProblem(name: SettingName, value: string): string | null {
  const { min, max } = limits[name]
  if (value.length < min) return 'settingEmpty'
  if (value.length > max) return 'settingTooLong'
  if (controlCharacters.test(value)) return 'settingControlCharacters'
  if (name === 'sourceKey' && !sourceKeyPattern.test(value)) return 'settingSourceKey'
  return null
}

/** A mapping of at most this many rows (TestFairy's payload has fewer keys), each field name at most this long (as Centercode's own names). */
const maxMappingRows = 10
const maxMappingFieldLength = 100

function mappingProblem(mapping: FieldMapping[]): string | null {
  if (mapping.length > maxMappingRows) return 'settingMappingTooMany'
  const fields = mapping.map((m) => m.field.trim())
  if (fields.some((f) => f === '' || f.length > maxMappingFieldLength || controlCharacters.test(f))) return 'settingMappingField'
  if (new Set(fields.map((f) => f.toLowerCase())).size !== fields.length) return 'settingMappingDuplicate'
  if (mapping.some((m) => !(payloadKeys as readonly string[]).includes(m.parameter))) return 'settingMappingParameter'
  return null
}

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors }

/** Checks settings as the panel sends them (any shape): trimmed, each field checked; all or nothing. */
export function checkSettings(input: unknown): SettingsCheck {
  const value = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>
  const errors: SettingsErrors = {}
  const texts = {} as Record<SettingName, string>
  for (const name of Object.keys(limits) as SettingName[]) {
    const raw = value[name]
    const text = typeof raw === 'string' ? raw.trim() : ''
    const problem = typeof raw === 'string' ? textProblem(name, text) : 'settingEmpty'
    if (problem && !(name === 'apiKeyDescription' && raw === undefined)) errors[name] = problem
    texts[name] = text
  }
  const events = (typeof value.events === 'object' && value.events !== null ? value.events : {}) as Record<string, unknown>
  const rawMapping = Array.isArray(value.mapping) ? value.mapping : []
  const mapping: FieldMapping[] = rawMapping.map((m: unknown) => {
    const entry = (typeof m === 'object' && m !== null ? m : {}) as Record<string, unknown>
    return { field: typeof entry.field === 'string' ? entry.field.trim() : '', parameter: typeof entry.parameter === 'string' ? entry.parameter : '' }
  })
  const mappingError = Array.isArray(value.mapping) ? mappingProblem(mapping) : 'settingMappingField'
  if (mappingError) errors.mapping = mappingError
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, settings: { ...texts, events: { crash: events.crash === true, upload: events.upload === true }, mapping } }
}

export interface StoredSettings {
  settings: Settings
  /** What could not be read and was put back to its default: fields by name, or 'all' (not settings at all). */
  reset: SettingsField[] | 'all'
}

/**
 * Settings as found in storage, repaired: whatever is missing (an older version did not store it) takes its
 * default quietly; whatever is there but no longer valid takes its default and is reported, so the panel can
 * say so. Never throws, whatever the shape.
 */
export function settingsFromStorage(stored: unknown): StoredSettings {
  if (stored === undefined) return { settings: defaults, reset: [] }
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return { settings: defaults, reset: 'all' }
  const merged: Record<string, unknown> = { ...defaults, ...stored }
  const first = checkSettings(merged)
  if (first.ok) return { settings: first.settings, reset: [] }
  const reset = Object.keys(first.errors) as SettingsField[]
  for (const field of reset) merged[field] = defaults[field]
  const repaired = checkSettings(merged)
  return repaired.ok ? { settings: repaired.settings, reset } : { settings: defaults, reset: 'all' }
}
