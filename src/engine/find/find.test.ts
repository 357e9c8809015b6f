// Hand-written pages for each rule of the finders.
import { beforeEach, describe, expect, it } from 'vitest'
import type { Finder } from '../step'
import { findTarget, matchAll } from './index'
import { walkElements } from './walk'

beforeEach(() => {
  document.head.innerHTML = ''
  document.body.innerHTML = ''
})

function page(html: string): void {
  document.body.innerHTML = html
}

/** The `data-t` marks of what the finder matches, in order. */
function marks(finder: Finder, root: Document | ShadowRoot | Element = document, ignore?: (el: Element) => boolean): string[] {
  return matchAll(root, finder, ignore ? { ignore } : undefined).map((el) => el.getAttribute('data-t') ?? el.localName)
}

describe('by label', () => {
  const cases: [string, string, Finder['by'] extends never ? never : string | { includes: string } | { pattern: string }, string[]][] = [
    ['label for', '<label for="a">Email</label><input id="a" data-t="x">', 'Email', ['x']],
    ['wrapping label', '<label>Email <input data-t="x"></label>', 'email', ['x']],
    ['wrapping label around a checkbox, text after it', '<label><input type="checkbox" data-t="x"> <span>User feedback</span></label>', 'User feedback', ['x']],
    ['aria-label', '<input aria-label="Search the site" data-t="x">', 'search the site', ['x']],
    ['aria-labelledby', '<span id="l1">Webhook</span><span id="l2">URL</span><input aria-labelledby="l1 l2" data-t="x">', 'Webhook URL', ['x']],
    ['textarea and select', '<label for="t">Notes</label><textarea id="t" data-t="t"></textarea><label for="s">Notes</label><select id="s" data-t="s"></select>', 'Notes', ['t', 's']],
    ['previous cell of the row', '<table><tr><td>Name:</td><td><input data-t="x"></td></tr><tr><td>URL:</td><td><input data-t="y"></td></tr></table>', 'Name', ['x']],
    ['first cell of the row (parameter table)', '<table><tr><td>Summary</td><td>Text</td><td><input data-t="x"></td></tr><tr><td>Severity</td><td>Choice</td><td>–</td></tr></table>', 'Summary', ['x']],
    ['previous sibling of the wrapper', '<div class="row"><div class="label">URL:</div><div class="field"><input data-t="x"><ul hidden></ul></div></div>', 'URL', ['x']],
    ['previous sibling of the control', '<div><span>Prefix</span><input data-t="x"></div>', 'Prefix', ['x']],
    ['trailing colon and required star on the page', '<label for="a">Name<span aria-hidden="true">*</span></label><input id="a" data-t="x"><div><b>Key *:</b><input data-t="k"></div>', 'Name', ['x']],
    ['trailing colon and star in the finder', '<div><b>Key</b><input data-t="k"></div>', 'Key*:', ['k']],
    ['includes', '<label>Your e-mail address <input data-t="x"></label>', { includes: 'e-mail' }, ['x']],
    ['pattern', '<label>E-mail <input data-t="x"></label><label>Email <input data-t="y"></label>', { pattern: '^e-?mail$' }, ['x', 'y']],
    ['duplicates are all returned (ambiguous)', '<label>Description <input data-t="a"></label><input aria-label="Description" data-t="b">', 'Description', ['a', 'b']],
    ['a checkbox does not borrow the previous checkbox\u2019s label', '<label><input type="checkbox" data-t="a"> App crash</label><label><input type="checkbox" data-t="b"> User feedback</label>', 'App crash', ['a']],
    ['a wrapper with two controls is not a label layout', '<div>Range</div><div><input data-t="a"><input data-t="b"></div>', 'Range', []],
    ['a long paragraph is not a label', `<p>${'Fill in the form below. '.repeat(6)}</p><div><input data-t="x"></div>`, { includes: 'fill in' }, []],
    ['a label for another control is not borrowed', '<label for="other">Name</label><input data-t="x"><input id="other" data-t="o">', 'Name', ['o']],
    ['hidden, submit and button inputs are not labelable', '<label>Go <input type="submit" value="Go"></label><label>Token <input type="hidden"></label>', 'Go', []],
    ['a hidden control is skipped', '<label>Name <input data-t="a" hidden></label><label>Name <input data-t="b" style="display:none"></label><label>Name <input data-t="c"></label>', 'Name', ['c']],
    ['not found', '<label>Name <input></label>', 'Surname', []],
  ]
  it.each(cases)('%s', (_name, html, text, expected) => {
    page(html)
    expect(marks({ by: 'label', text })).toEqual(expected)
  })
})

describe('by role', () => {
  const cases: [string, string, string, string | undefined, string[]][] = [
    ['button and name', '<button data-t="a">Save</button><button data-t="b">Cancel</button>', 'button', 'save', ['a']],
    ['input type=submit is a button', '<input type="submit" value="Send" data-t="a">', 'button', 'Send', ['a']],
    ['a[href] is a link, a without href is not', '<a href="/x" data-t="a">Docs</a><a data-t="b">Docs</a>', 'link', 'Docs', ['a']],
    ['text-like inputs are textboxes', '<input data-t="a"><input type="email" data-t="b"><input type="url" data-t="c"><input type="tel" data-t="d"><input type="password" data-t="e"><input type="search" data-t="f"><textarea data-t="g"></textarea><input type="checkbox">', 'textbox', undefined, ['a', 'b', 'c', 'd', 'e', 'f', 'g']],
    ['checkbox and radio', '<input type="checkbox" data-t="a"><input type="radio" data-t="b">', 'checkbox', undefined, ['a']],
    ['select is a combobox', '<select data-t="a"></select><select multiple data-t="b"></select><select size="4" data-t="c"></select>', 'combobox', undefined, ['a']],
    ['select multiple or sized is a listbox', '<select data-t="a"></select><select multiple data-t="b"></select><select size="4" data-t="c"></select>', 'listbox', undefined, ['b', 'c']],
    ['headings', '<h1 data-t="a">One</h1><h3 data-t="b">Three</h3><div role="heading" data-t="c">Four</div>', 'heading', undefined, ['a', 'b', 'c']],
    ['list items', '<ul><li data-t="a">x</li><li data-t="b">y</li></ul>', 'listitem', undefined, ['a', 'b']],
    ['table parts', '<table><tr data-t="r"><th data-t="h">H</th><td data-t="c">C</td></tr></table>', 'row', undefined, ['r']],
    ['explicit role wins over the implicit one', '<div role="menuitem" data-t="a">Preferences</div><a href="#" role="tab" data-t="b">Preferences</a>', 'menuitem', 'Preferences', ['a']],
    ['role=tab', '<div role="menuitem" data-t="a">Preferences</div><a href="#" role="tab" data-t="b">Preferences</a>', 'tab', 'preferences', ['b']],
    ['an open dialog', '<dialog open data-t="a" aria-label="Add"></dialog><dialog data-t="b" aria-label="Other"></dialog>', 'dialog', undefined, ['a']],
    ['name from aria-label, not the content', '<button aria-label="Close" data-t="a">×</button>', 'button', 'Close', ['a']],
    ['name ignores case, spacing and CSS text-transform', '<style>.up { text-transform: uppercase }</style><button class="up" data-t="a">  Add\u00a0\n Integration </button>', 'button', 'add integration', ['a']],
    ['name pattern', '<button data-t="a">qa.lead@acme.example ▾</button>', 'button', undefined, ['a']],
    ['hidden buttons are skipped', '<button hidden>Save</button><div style="display:none"><button>Save</button></div><button style="visibility:hidden">Save</button><button data-t="v">Save</button>', 'button', 'Save', ['v']],
  ]
  it.each(cases)('%s', (_name, html, role, name, expected) => {
    page(html)
    expect(marks(name === undefined ? { by: 'role', role } : { by: 'role', role, name })).toEqual(expected)
  })

  it('matches a name by pattern and by part', () => {
    page('<button data-t="a">qa.lead@acme.example ▾</button>')
    expect(marks({ by: 'role', role: 'button', name: { pattern: '^qa\\.lead@' } })).toEqual(['a'])
    expect(marks({ by: 'role', role: 'button', name: { includes: 'ACME.example' } })).toEqual(['a'])
  })
})

describe('by text', () => {
  const cases: [string, string, Finder & { by: 'text' }, string[]][] = [
    ['the innermost element, not its ancestors', '<div><section><p data-t="p">No Active Integrations</p></section></div>', { by: 'text', text: 'No Active Integrations' }, ['p']],
    ['white space, nbsp and case', '<p data-t="p">  no\u00a0active\n\t INTEGRATIONS </p>', { by: 'text', text: 'No Active Integrations' }, ['p']],
    ['CSS-uppercased text', '<style>.caps { text-transform: uppercase }</style><a class="caps" href="#" data-t="a">Create an API Key</a>', { by: 'text', text: 'Create an API Key' }, ['a']],
    ['a match inside a button gives the button', '<button data-t="b"><span class="icon"></span><span>Add Integration</span></button>', { by: 'text', text: 'Add Integration' }, ['b']],
    ['inside a link, a label, a summary, a role=menuitem', '<a href="#" data-t="a"><b>One</b></a><label data-t="l"><i>One</i></label><details><summary data-t="s"><span>One</span></summary></details><div role="menuitem" data-t="m"><span>One</span></div>', { by: 'text', text: 'one' }, ['a', 'l', 's', 'm']],
    ['text split across children matches their parent', '<p data-t="p">Create <b>an</b> API Key</p>', { by: 'text', text: 'Create an API Key' }, ['p']],
    ['whole text only for a plain string', '<p data-t="p">Create an API Key now</p>', { by: 'text', text: 'Create an API Key' }, []],
    ['includes', '<p data-t="p">Substitute your API key for {API_KEY}</p>', { by: 'text', text: { includes: 'substitute your api key' } }, ['p']],
    ['pattern', '<h2 data-t="h">Create External Feedback Source</h2><h2 data-t="i">Create Inbound Connection</h2>', { by: 'text', text: { pattern: '^create (external feedback source|inbound connection)$' } }, ['h', 'i']],
    ['selector restricts the candidates', '<h3 data-t="h">Centercode</h3><button data-t="b">Centercode</button>', { by: 'text', text: 'Centercode', selector: 'a, button' }, ['b']],
    ['duplicates are all returned', '<p data-t="a">Add</p><p data-t="b">Add</p>', { by: 'text', text: 'Add' }, ['a', 'b']],
    ['hidden text is skipped', '<p hidden>Add</p><p style="display:none">Add</p><p style="visibility:hidden">Add</p><template><p>Add</p></template><details><summary>More</summary><p>Add</p></details><dialog><p>Add</p></dialog><p data-t="v">Add</p>', { by: 'text', text: 'Add' }, ['v']],
    ['an open details shows its content', '<details open><summary>More</summary><p data-t="p">Add</p></details>', { by: 'text', text: 'Add' }, ['p']],
    ['a page under an open modal dialog still counts', '<main><button data-t="under">Add</button></main><dialog open aria-modal="true"><button data-t="in">Add</button></dialog>', { by: 'text', text: 'Add' }, ['under', 'in']],
    ['script and style text is no match', '<script>Add</script><style>/* Add */</style><p data-t="p">Add</p>', { by: 'text', text: { includes: 'Add' } }, ['p']],
    ['invalid pattern matches nothing', '<p>Add</p>', { by: 'text', text: { pattern: '(unclosed' } }, []],
    ['invalid selector matches nothing', '<p>Add</p>', { by: 'text', text: 'Add', selector: 'p[' }, []],
  ]
  it.each(cases)('%s', (_name, html, finder, expected) => {
    page(html)
    expect(marks(finder)).toEqual(expected)
  })

  it('is not confused by a modal dialog opened with showModal()', () => {
    page('<button data-t="under">Open</button><dialog><button data-t="in">Close</button></dialog>')
    const dialog = document.querySelector('dialog')!
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
    expect(marks({ by: 'role', role: 'button' })).toEqual(['under', 'in'])
  })
})

describe('by css', () => {
  it('counts only what a person can see, like every finder', () => {
    page('<input name="a" data-t="a"><input name="b" hidden data-t="b"><template><input name="c"></template>')
    expect(marks({ by: 'css', selector: 'input' })).toEqual(['a'])
  })
  it.each(['input[', '::-nope(', '', '}'])('an invalid selector %j matches nothing without throwing', (selector) => {
    page('<input>')
    expect(() => matchAll(document, { by: 'css', selector })).not.toThrow()
    expect(matchAll(document, { by: 'css', selector })).toEqual([])
  })
})

describe('near', () => {
  const rows = `<ul>
    <li data-t="r1"><div class="title">Slack</div><button data-t="slack">Add Integration</button></li>
    <li data-t="r2"><div class="title">Centercode</div><button data-t="cc">Add Integration</button></li>
    <li data-t="r3"><div class="title">Webhook</div><button data-t="w1">Add Integration</button><button data-t="w2">Add Integration</button></li>
  </ul>`
  const add: Finder = { by: 'role', role: 'button', name: 'Add Integration' }
  it.each<[string, Finder, string[]]>([
    ['the candidate in the anchor\u2019s row', { ...add, near: { by: 'text', text: 'Centercode' } }, ['cc']],
    ['two candidates in the first ancestor that has any: no match', { ...add, near: { by: 'text', text: 'Webhook' } }, []],
    ['an ambiguous anchor: no match', { ...add, near: { by: 'css', selector: '.title' } }, []],
    ['no anchor: no match', { ...add, near: { by: 'text', text: 'Zendesk' } }, []],
    ['the anchor itself may contain the candidate', { ...add, near: { by: 'css', selector: '[data-t="r1"]' } }, ['slack']],
    ['anchors nest', { ...add, near: { by: 'css', selector: 'li', near: { by: 'text', text: 'Slack' } } }, ['slack']],
  ])('%s', (_name, finder, expected) => {
    page(rows)
    expect(marks(finder)).toEqual(expected)
  })
})

describe('open shadow roots', () => {
  function shadowPage(): ShadowRoot {
    page('<div id="host"></div><p data-t="light">Save</p>')
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' })
    shadow.innerHTML = '<label>Token <input data-t="input"></label><button data-t="button">Save</button><div id="inner"></div>'
    const inner = (shadow.getElementById('inner') as Element).attachShadow({ mode: 'open' })
    inner.innerHTML = '<a href="#" data-t="deep">Deep link</a>'
    return shadow
  }
  it('finds by role, label, text and css inside them, nested ones too, in document order', () => {
    shadowPage()
    expect(marks({ by: 'role', role: 'button', name: 'Save' })).toEqual(['button'])
    expect(marks({ by: 'label', text: 'Token' })).toEqual(['input'])
    expect(marks({ by: 'text', text: 'Save' })).toEqual(['button', 'light'])
    expect(marks({ by: 'css', selector: 'a' })).toEqual(['deep'])
    expect(marks({ by: 'role', role: 'link', name: 'deep link' })).toEqual(['deep'])
  })
  it('searches from a shadow root or an element as root', () => {
    const shadow = shadowPage()
    expect(marks({ by: 'text', text: 'Save' }, shadow)).toEqual(['button'])
    expect(marks({ by: 'css', selector: 'a' }, document.getElementById('host')!)).toEqual(['deep'])
  })
  it('does not see into closed shadow roots', () => {
    page('<div id="host"></div>')
    document.getElementById('host')!.attachShadow({ mode: 'closed' }).innerHTML = '<button>Secret</button>'
    expect(marks({ by: 'role', role: 'button' })).toEqual([])
  })
  it('skips a shadow tree whose host is hidden', () => {
    page('<div id="host" hidden></div>')
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<button>Save</button>'
    expect(marks({ by: 'role', role: 'button' })).toEqual([])
  })
  it('bounds the work: at most 200 shadow roots and a capped number of elements', () => {
    page('')
    for (let i = 0; i < 250; i++) {
      const host = document.createElement('div')
      document.body.append(host)
      host.attachShadow({ mode: 'open' }).innerHTML = `<button>B${i}</button>`
    }
    expect(matchAll(document, { by: 'role', role: 'button' })).toHaveLength(200)
    const walked = walkElements(document, undefined, { maxElements: 100, maxShadowRoots: 200 })
    expect(walked.elements).toHaveLength(100)
    expect(walked.truncated).toBe(true)
  })
})

describe('the ignore option', () => {
  it('leaves out the ignored element, its subtree and its shadow root', () => {
    page('<div id="overlay"><button>Next</button></div><button data-t="page">Next</button>')
    const overlay = document.getElementById('overlay')!
    overlay.attachShadow({ mode: 'open' }).innerHTML = '<button>Next</button><slot></slot>'
    const ignore = (el: Element) => el.id === 'overlay'
    expect(marks({ by: 'role', role: 'button', name: 'Next' }, document, ignore)).toEqual(['page'])
    expect(marks({ by: 'css', selector: 'button' }, document, ignore)).toEqual(['page'])
    expect(marks({ by: 'text', text: 'Next' })).toHaveLength(3)
    expect(findTarget(document, [{ by: 'text', text: 'Next' }], { ignore }).element?.getAttribute('data-t')).toBe('page')
  })
})

describe('findTarget', () => {
  it('takes the first finder with exactly one match, recording each count', () => {
    page('<button>Save</button><button>Save</button><button data-t="x" class="primary">Save</button>')
    const finders: Finder[] = [
      { by: 'role', role: 'button', name: 'Submit' },
      { by: 'role', role: 'button', name: 'Save' },
      { by: 'css', selector: 'button.primary' },
      { by: 'text', text: 'Save' },
    ]
    const result = findTarget(document, finders)
    expect(result.element?.getAttribute('data-t')).toBe('x')
    expect(result.tried).toEqual([
      { finder: finders[0], count: 0 },
      { finder: finders[1], count: 3 },
      { finder: finders[2], count: 1 },
    ])
  })
  it('gives null and every count when none is unique', () => {
    page('<button>Save</button><button>Save</button>')
    const result = findTarget(document, [{ by: 'text', text: 'Save' }, { by: 'css', selector: '[' }])
    expect(result).toEqual({ element: null, tried: [{ finder: { by: 'text', text: 'Save' }, count: 2 }, { finder: { by: 'css', selector: '[' }, count: 0 }] })
  })
  it('gives null for no finders', () => {
    expect(findTarget(document, [])).toEqual({ element: null, tried: [] })
  })
})
