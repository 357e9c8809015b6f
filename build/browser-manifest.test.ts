import { describe, expect, it } from 'vitest'
import source from '../manifest.json' with { type: 'json' }
import { geckoId, manifestFor, parseTarget } from './browser-manifest'

describe('manifestFor', () => {
  it('gives Chrome the source manifest unchanged', () => {
    expect(manifestFor(source, 'chrome')).toBe(source)
  })

  it('gives Firefox the same background as an event page, with a stable gecko id', () => {
    const firefox = manifestFor(source, 'firefox')
    expect(firefox.background).toEqual({ scripts: [source.background.service_worker], type: 'module' })
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: geckoId,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    })
  })

  it('keeps every other key of the source as it is', () => {
    const { background: _b, browser_specific_settings: _s, ...rest } = manifestFor(source, 'firefox')
    const { background: _sb, ...sourceRest } = source
    expect(rest).toEqual(sourceRest)
  })

  it('refuses a source without a background service worker', () => {
    expect(() => manifestFor({ manifest_version: 3, background: { scripts: ['a.js'] } }, 'firefox')).toThrow(
      /background.service_worker/,
    )
  })
})

describe('parseTarget', () => {
  it.each(['chrome', 'firefox'] as const)('accepts %s', (mode) => {
    expect(parseTarget(mode)).toBe(mode)
  })
  it.each(['production', 'development', 'test', ''])('refuses mode "%s" with a message naming the choices', (mode) => {
    expect(() => parseTarget(mode)).toThrow(/--mode chrome or --mode firefox/)
  })
})
