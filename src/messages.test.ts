import { describe, expect, it } from 'vitest'
import { parseMessage } from './messages'

describe('parseMessage', () => {
  it.each([
    [{ type: 'hello', site: 'testfairy' }, { type: 'hello', site: 'testfairy' }],
    [{ type: 'hello', site: 'centercode' }, { type: 'hello', site: 'centercode' }],
    [{ type: 'hello', site: 'example' }, null],
    [{ type: 'hello' }, null],
    [{ type: 'hello', site: 'testfairy', endpoint: 'https://x' }, null],
    [{ type: 'goodbye', site: 'testfairy' }, null],
    ['hello', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (value, expected) => {
    expect(parseMessage(value)).toEqual(expected)
  })
})
