import { describe, expect, it } from 'vitest'
import messages from '../../../public/_locales/en/messages.json' with { type: 'json' }
import { checkSettings, defaults, settingsFromStorage, type Settings, type StoredSettings } from './settings'

describe('checkSettings', () => {
  it('takes the defaults as they are', () => {
    expect(checkSettings(defaults)).toEqual({ ok: true, settings: defaults })
  })

  it('trims the names, and keeps events and mapping', () => {
    const check = checkSettings({ ...defaults, webhookName: '  Centercode beta ', events: { crash: true, upload: false }, mapping: [{ field: ' Summary ', parameter: 'text' }] })
    expect(check).toEqual({ ok: true, settings: { ...defaults, webhookName: 'Centercode beta', events: { crash: true, upload: false }, mapping: [{ field: 'Summary', parameter: 'text' }] } })
  })

  it.each<[string, object, Record<string, string>]>([
    ['an empty webhook name', { webhookName: '' }, { webhookName: 'settingEmpty' }],
    ['a name of spaces only', { sourceName: '   ' }, { sourceName: 'settingEmpty' }],
    ['a webhook name TestFairy refuses (over 100)', { webhookName: 'x'.repeat(101) }, { webhookName: 'settingTooLong' }],
    ['a key name over 50', { apiKeyName: 'k'.repeat(51) }, { apiKeyName: 'settingTooLong' }],
    ['a source key with a space', { sourceKey: 'test fairy' }, { sourceKey: 'settingSourceKey' }],
    ['a source key with a slash', { sourceKey: 'test/fairy' }, { sourceKey: 'settingSourceKey' }],
    ['a source key starting with a dash', { sourceKey: '-testfairy' }, { sourceKey: 'settingSourceKey' }],
    ['a source key with non-ASCII letters', { sourceKey: 'prüfung' }, { sourceKey: 'settingSourceKey' }],
    ['a source key over 64', { sourceKey: 'k'.repeat(65) }, { sourceKey: 'settingTooLong' }],
    ['a control character in a name', { sourceName: 'Test\u0007Fairy' }, { sourceName: 'settingControlCharacters' }],
    ['a line break inside a name', { apiKeyName: 'Test\nFairy' }, { apiKeyName: 'settingControlCharacters' }],
    ['a name that is not text', { webhookName: 42 }, { webhookName: 'settingEmpty' }],
    ['a mapping to an unknown payload key', { mapping: [{ field: 'Summary', parameter: 'body' }] }, { mapping: 'settingMappingParameter' }],
    ['the same field twice', { mapping: [{ field: 'Summary', parameter: 'text' }, { field: 'summary', parameter: 'email' }] }, { mapping: 'settingMappingDuplicate' }],
    ['a mapping with an empty field', { mapping: [{ field: ' ', parameter: 'text' }] }, { mapping: 'settingMappingField' }],
    ['too many mapped fields', { mapping: Array.from({ length: 11 }, (_, i) => ({ field: `F${i}`, parameter: 'text' })) }, { mapping: 'settingMappingTooMany' }],
    ['two problems at once', { webhookName: '', sourceKey: 'a b' }, { webhookName: 'settingEmpty', sourceKey: 'settingSourceKey' }],
  ])('refuses %s, saying which field and why', (_what, change, errors) => {
    const check = checkSettings({ ...defaults, ...change })
    expect(check).toEqual({ ok: false, errors })
    for (const key of Object.values(errors)) expect(messages).toHaveProperty(key)
  })
})

describe('settingsFromStorage', () => {
  it.each<[string, unknown, Partial<Settings>, StoredSettings['reset']]>([
    ['nothing stored', undefined, {}, []],
    ['what an older version did not store', { webhookName: 'CC' }, { webhookName: 'CC' }, []],
    ['not settings at all (a string)', 'TestFairy', {}, 'all'],
    ['not settings at all (a list)', ['TestFairy'], {}, 'all'],
    ['null', null, {}, 'all'],
    ['one value no longer valid', { sourceKey: 'has space', webhookName: 'CC' }, { webhookName: 'CC' }, ['sourceKey']],
    ['a value of the wrong type', { apiKeyName: 42 }, {}, ['apiKeyName']],
    ['a mapping of the wrong shape', { mapping: 'Summary=text' }, {}, ['mapping']],
    ['a mapping with a parameter TestFairy has no more', { mapping: [{ field: 'Summary', parameter: 'gone' }] }, {}, ['mapping']],
    ['events of the wrong shape (read as off)', { events: 'all' }, {}, []],
    ['a name grown too long', { apiKeyName: 'x'.repeat(51), sourceName: 'Beta' }, { sourceName: 'Beta' }, ['apiKeyName']],
  ])('%s', (_what, stored, kept, reset) => {
    expect(settingsFromStorage(stored)).toEqual({ settings: { ...defaults, ...kept }, reset })
  })
})
