import { describe, expect, it } from 'vitest'
import { parseMessage } from './messages'

describe('parseMessage', () => {
  it.each([
    [{ type: 'hello', site: 'testfairy' }, null],
    [{ type: 'open-step-site' }, { type: 'open-step-site' }],
    [{ type: 'open-step-site', endpoint: 'https://x' }, null],
    [{ type: 'step', command: 'advance', from: 2 }, { type: 'step', command: 'advance', from: 2 }],
    [{ type: 'step', command: 'jump', from: 2 }, null],
    [{ type: 'step', command: 'advance', from: -1 }, null],
    [{ type: 'step', command: 'advance', from: 1.5 }, null],
    [{ type: 'fill-value', stepIndex: 3 }, { type: 'fill-value', stepIndex: 3 }],
    [{ type: 'fill-value', stepIndex: 3, slot: 'endpoint' }, null],
    [{ type: 'read-value', stepIndex: 3, value: 'https://acme.centercode.com/x' }, { type: 'read-value', stepIndex: 3, value: 'https://acme.centercode.com/x' }],
    [{ type: 'read-value', stepIndex: 3, value: 'x'.repeat(5000) }, null],
    [{ type: 'pointed', stepIndex: 0, selector: '#name' }, { type: 'pointed', stepIndex: 0, selector: '#name' }],
    [{ type: 'pointed', stepIndex: 0, selector: '' }, null],
    [{ type: 'missed', stepIndex: 0, tried: [{ finder: { by: 'css', selector: 'a' }, count: 2 }] }, { type: 'missed', stepIndex: 0, tried: [{ finder: { by: 'css', selector: 'a' }, count: 2 }] }],
    [{ type: 'goodbye', site: 'testfairy' }, null],
    ['hello', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (value, expected) => {
    expect(parseMessage(value)).toEqual(expected)
  })
})
