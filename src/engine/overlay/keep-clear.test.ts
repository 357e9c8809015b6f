import { describe, expect, it } from 'vitest'
import { touchesControls } from './keep-clear'

const html = (markup: string): Node[] => {
  const box = document.createElement('div')
  box.innerHTML = markup
  return Array.from(box.childNodes)
}
const added = (markup: string) => ({ addedNodes: html(markup), removedNodes: [] }) as unknown as MutationRecord
const removed = (markup: string) => ({ addedNodes: [], removedNodes: html(markup) }) as unknown as MutationRecord

describe('touchesControls: which page changes can move what the docked card keeps clear of', () => {
  it.each<[string, MutationRecord[], boolean]>([
    ['a counter ticking (text in spans, churned by the page)', [added('<span>41</span><span>42</span>'), removed('<span>1</span>')], false],
    ['a text node alone', [added('just words')], false],
    ['a decoration without controls', [added('<div class="badge"><i></i></div>')], false],
    ['a dialog opening with its buttons', [added('<div role="dialog"><p>Sure?</p><button>Submit</button></div>')], true],
    ['a list rendering late, a link in each row', [added('<ul><li><a href="/x">Bug Reports</a></li></ul>')], true],
    ['a field added to a form', [added('<input name="key">')], true],
    ['a button taken away', [removed('<button>Close</button>')], true],
    ['a hidden input (nothing a person clicks)', [added('<input type="hidden" name="csrf">')], false],
    ['many records, one of them a control', [added('<span>1</span>'), added('<span>2</span>'), added('<select></select>')], true],
  ])('%s', (_what, records, expected) => {
    expect(touchesControls(records)).toBe(expected)
  })
})
