import { beforeEach, describe, expect, it } from 'vitest'
import type { Finder } from '../step'
import { mayChange } from './may-change'

const record = (over: Partial<MutationRecord> & Pick<MutationRecord, 'type' | 'target'>): MutationRecord =>
  ({ addedNodes: [] as unknown as NodeList, removedNodes: [] as unknown as NodeList, ...over }) as MutationRecord
const added = (parent: Element, html: string): MutationRecord => {
  const box = document.createElement('div')
  box.innerHTML = html
  const nodes = [...box.childNodes]
  parent.append(...nodes)
  return record({ type: 'childList', target: parent, addedNodes: nodes as unknown as NodeList })
}

const save: Finder = { by: 'role', role: 'button', name: 'Save' }
const link: Finder = { by: 'role', role: 'link', name: { pattern: '^feedback types$' } }
const url: Finder = { by: 'label', text: 'URL:' }
const text: Finder = { by: 'text', text: { pattern: '^https://\\S+/api/v1/projects/\\S+$' } }
const css: Finder = { by: 'css', selector: 'a[href*="apikeys"]' }
const tab: Finder = { by: 'role', role: 'tab', name: 'External Sources' }
const unknownRole: Finder = { by: 'role', role: 'switch', name: 'On' }
const near: Finder = { by: 'role', role: 'button', name: 'Add', near: { by: 'text', text: 'Centercode' } }

describe('mayChange: whether DOM changes could change what finders find', () => {
  let ticker: Element
  let form: Element
  beforeEach(() => {
    document.body.innerHTML = '<div id="ticker"></div><form id="form"><button>Cancel</button></form>'
    ticker = document.getElementById('ticker')!
    form = document.getElementById('form')!
  })
  it.each<[string, Finder, () => MutationRecord, boolean]>([
    ['a ticker adds numbers: not a button', save, () => added(ticker, '<span>1</span><span>2</span>'), false],
    ['...nor a link, a field, an endpoint, a keys link', link, () => added(ticker, '<span>3</span>'), false],
    ['...nor a labelled field', url, () => added(ticker, '<span>4</span>'), false],
    ['...nor endpoint text', text, () => added(ticker, '<span>5</span>'), false],
    ['...nor a css target', css, () => added(ticker, '<span>6</span>'), false],
    ['...nor a tab (explicit roles only)', tab, () => added(ticker, '<span>7</span>'), false],
    ['a button added', save, () => added(form, '<button>Save</button>'), true],
    ['a wrapper holding a button added', save, () => added(ticker, '<p><input type="submit" value="Save"></p>'), true],
    ['a button’s text changed (its name)', save, () => record({ type: 'characterData', target: form.querySelector('button')!.firstChild! }), true],
    ['text added inside a button', save, () => added(form.querySelector('button')!, ' now'), true],
    ['a button removed (another may now be the only one)', save, () => record({ type: 'childList', target: form, removedNodes: [form.querySelector('button')!] as unknown as NodeList }), true],
    ['a class changed on an ancestor of buttons (a menu opening)', save, () => record({ type: 'attributes', target: document.body }), true],
    ['a class changed on the ticker', save, () => record({ type: 'attributes', target: ticker }), false],
    ['an element with an explicit role added', tab, () => added(ticker, '<div role="tab">External Sources</div>'), true],
    ['an input added: a field to label', url, () => added(ticker, '<input>'), true],
    ['an endpoint shown as text', text, () => added(ticker, '<code>https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=k</code>'), true],
    ['a link added', css, () => added(ticker, '<a href="/admin/apikeys">API Keys</a>'), true],
    ['a role it does not know: any change may matter', unknownRole, () => added(ticker, '<span>8</span>'), true],
    ['near: the anchor’s text appearing matters', near, () => added(ticker, '<span>Centercode</span>'), true],
    ['near: neither the button nor the anchor', near, () => added(ticker, '<span>9</span>'), false],
  ])('%s → %s', (_what, finder, change, expected) => {
    expect(mayChange([finder])([change()])).toBe(expected)
  })
  it('any of several finders, any of several records', () => {
    expect(mayChange([css, save])([added(ticker, '<i>1</i>'), added(form, '<button>Save</button>')])).toBe(true)
    expect(mayChange([css, save])([added(ticker, '<i>1</i>'), added(ticker, '<i>2</i>')])).toBe(false)
  })
})
