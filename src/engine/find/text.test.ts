import { describe, expect, it } from 'vitest'
import type { TextMatch } from '../step'
import { normalizeText, textMatches } from './index'
import { labelMatches } from './text'

describe('normalizeText', () => {
  it.each([
    ['  Add   Integration ', 'add integration'],
    ['Add\u00a0Integration', 'add integration'],
    ['\n\tCREATE an\u2003API key\n', 'create an api key'],
    ['Zero\u200bwidth', 'zerowidth'],
    ['', ''],
  ])('%j → %j', (text, expected) => expect(normalizeText(text)).toBe(expected))
})

describe('textMatches', () => {
  const cases: [string | null | undefined, TextMatch, boolean][] = [
    ['Create an API Key', 'create an api key', true],
    ['CREATE AN API KEY', 'Create an API Key', true],
    [' Create\u00a0an  API Key ', 'Create an API Key', true],
    ['Create an API Key now', 'Create an API Key', false],
    ['Create an API Key now', { includes: 'API KEY' }, true],
    ['Create an API Key', { includes: 'api  key' }, true],
    ['Create an API Key', { pattern: '^create an api key$' }, true],
    ['Create an API Key', { pattern: 'API\\s+Key$' }, true],
    ['Create an API Key', { pattern: '^key' }, false],
    ['Create an API Key', { pattern: '(' }, false],
    ['Create an API Key', { pattern: '[z-a]' }, false],
    [null, 'x', false],
    [undefined, { includes: '' }, false],
    ['', '', true],
  ]
  it.each(cases)('%j against %j → %s', (text, match, expected) => expect(textMatches(text, match)).toBe(expected))
})

describe('labelMatches: trailing ":" and "*" ignored on both sides', () => {
  it.each<[string, TextMatch, boolean]>([
    ['Name:', 'Name', true],
    ['Name*', 'name', true],
    ['Name *:', 'Name:', true],
    ['Name', 'Name:', true],
    ['Surname:', 'Name', false],
    ['URL:', { pattern: '^url$' }, true],
    ['Webhook URL:', { includes: 'url:' }, true],
  ])('%j / %j → %s', (label, match, expected) => expect(labelMatches(label, match)).toBe(expected))
})
