import { describe, expect, it } from 'vitest'
import { press, strangeDialog } from './press'

describe('strangeDialog: a modal dialog the target is not in', () => {
  it.each([
    ['no dialog', '<button id="t">Submit</button>', false],
    ['the target in the open modal (the step’s own dialog)', '<div role="dialog" aria-modal="true"><button id="t">Save webhook</button></div>', false],
    ['a modal the target is not in (a dialog the flow does not know)', '<div role="dialog" aria-modal="true"><p>Session expired</p></div><button id="t">Submit</button>', true],
    ['a non-modal dialog beside it (a consent banner)', '<div role="dialog" aria-modal="false"><p>Cookies?</p></div><button id="t">Submit</button>', false],
    ['a closed native dialog', '<dialog><p>Later</p></dialog><button id="t">Submit</button>', false],
  ])('%s', (_what, markup, strange) => {
    document.body.innerHTML = markup
    expect(strangeDialog(document.getElementById('t')!, document, () => false)).toBe(strange)
  })
  it('the guide’s own card is no such dialog', () => {
    document.body.innerHTML = '<div id="ours" role="dialog" aria-modal="true"></div><button id="t">Submit</button>'
    expect(strangeDialog(document.getElementById('t')!, document, (el) => el.id === 'ours')).toBe(false)
  })
})

describe('press: as a person’s press', () => {
  it('the pointer’s events at its middle, then its click, in that order', () => {
    document.body.innerHTML = '<button id="t">Submit</button>'
    const seen: string[] = []
    const target = document.getElementById('t')!
    for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) target.addEventListener(type, (e) => seen.push(`${e.type}${(e as MouseEvent).button === 0 ? '' : '?'}`))
    press(target)
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
  })
})
