import { describe, expect, it } from 'vitest'
import { apiKeyPattern, isApiKey } from './api-key'

const hex = '3b07444444444444aaaabbbbccccdddd' // 32 lowercase hex

describe('isApiKey', () => {
  it.each([
    // good
    [`Skel${hex}`, true],
    [`default${hex}`, true],
    [hex, true], // empty prefix
    [`A${hex}`, true],
    [`abcdefghijklmnop${hex}`, true], // 16-character prefix
    [`Proj2024${hex}`, true],
    [`${'f'.repeat(16)}${hex}`, true], // hex-looking prefix
    // bad
    ['', false],
    ['default3b0744444444', false], // the short demo key
    [hex.slice(1), false], // 31 hex
    [`abcdefghijklmnopq${hex}`, false], // 17-character prefix
    [`Skel${hex.toUpperCase()}`, false], // upper-case hex
    [`Skel${hex.slice(0, 31)}g`, false], // non-hex in the hex part
    [`Skel-${hex}`, false],
    [`Skel_${hex}`, false],
    [` Skel${hex}`, false],
    [`Skel${hex} `, false],
    [`Skel${hex}\n`, false],
    [`Skel${hex}&x=1`, false],
    ['{API_KEY}', false],
    ['YOUR_API_KEY', false],
    [`Skél${hex}`, false],
  ])('%j → %s', (value, expected) => {
    expect(isApiKey(value)).toBe(expected)
    expect(apiKeyPattern.test(value)).toBe(expected)
  })

  it('is the documented pattern', () => {
    expect(apiKeyPattern.source).toBe('^[A-Za-z0-9]{0,16}[0-9a-f]{32}$')
    expect(apiKeyPattern.flags).toBe('')
  })
})
