import { beforeEach, describe, expect, it } from 'vitest'
import { lostWork, reopenFrom } from './retrace'
import type { Flow, Step } from './step'

const step = (over: Partial<Step> & Pick<Step, 'id'>): Step => ({
  site: 'testfairy', page: {}, message: 'm', action: { kind: 'click' }, done: [{ kind: 'clicked' }], ...over,
})
const form = [{ by: 'label', text: 'Name' }] as const
const flowOf = (...steps: Step[]): Flow => ({ id: 'f', steps })
const open = step({ id: 'open', target: [{ by: 'role', role: 'button', name: 'Add' }], done: [{ kind: 'appears', target: [...form] }] })
const fillName = step({ id: 'name', page: { when: [...form] }, target: [...form], action: { kind: 'fill', value: { setting: 'webhookName' } }, done: [{ kind: 'value' }] })
const tick = step({ id: 'tick', page: { when: [...form] }, target: [{ by: 'label', text: 'Feedback' }], action: { kind: 'check', checked: true }, done: [{ kind: 'value' }] })
const save = step({ id: 'save', page: { when: [...form] }, target: [{ by: 'role', role: 'button', name: 'Save' }] })

describe('lostWork: a form the page shows, emptied', () => {
  beforeEach(() => {
    document.body.innerHTML = `<button>Add</button><form><label>Name <input id="n"></label><label><input type="checkbox" id="c"> Feedback</label><button type="button">Save</button></form>`
  })
  const value = (v: string) => ((document.getElementById('n') as HTMLInputElement).value = v)
  const checked = (c: boolean) => ((document.getElementById('c') as HTMLInputElement).checked = c)
  it.each<[string, () => void, Flow, number, number | null]>([
    ['name and box lost: back to the earliest (the name)', () => undefined, flowOf(open, fillName, tick, save), 3, 1],
    ['only the box lost', () => value('Centercode'), flowOf(open, fillName, tick, save), 3, 2],
    ['nothing lost', () => (value('Centercode'), checked(true)), flowOf(open, fillName, tick, save), 3, null],
    ['a box meant to be clear, clear', () => value('x'), flowOf(open, fillName, step({ ...tick, action: { kind: 'check', checked: false } }), save), 3, null],
    ['not across another site', () => undefined, flowOf(fillName, step({ ...save, site: 'centercode' }), save), 2, null],
    ['not across another phase', () => undefined, flowOf(step({ ...fillName, phase: 'a' }), step({ ...save, phase: 'b' })), 1, null],
    ['not across a value read or a decision', () => undefined, flowOf(fillName, step({ id: 'r', action: { kind: 'read', slot: 'x' }, done: [{ kind: 'value' }] }), save), 2, null],
    ['not across another page of the site', () => undefined, flowOf(step({ ...fillName, page: { path: '^/a' } }), step({ ...save, page: { path: '^/b' } })), 1, null],
    ['not further back than a form’s worth (16)', () => undefined, flowOf(fillName, ...Array.from({ length: 16 }, (_, i) => step({ id: `c${i}` })), save), 17, null],
    ['as far back as a form’s worth', () => undefined, flowOf(fillName, ...Array.from({ length: 15 }, (_, i) => step({ id: `c${i}` })), save), 16, 0],
    ['the first step: nothing before it', () => undefined, flowOf(fillName), 0, null],
  ])('%s', (_what, arrange, flow, index, expected) => {
    arrange()
    expect(lostWork(flow, index, document)).toBe(expected)
  })
})

describe('reopenFrom: what the step lives in is gone', () => {
  it.each<[string, string, Flow, number, number | null]>([
    ['the dialog closed: back to the click that opened it', '<button>Add</button>', flowOf(open, fillName, tick, save), 2, 0],
    ['over a click that is not there (another way in)', '<button>Add</button>', flowOf(open, step({ ...open, id: 'edit', target: [{ by: 'role', role: 'button', name: 'Edit' }] }), fillName), 2, 0],
    ['a click that opened nothing (it navigated) is not redone', '<button>Add</button>', flowOf(step({ ...open, done: [{ kind: 'clicked' }] }), fillName), 1, null],
    ['the opener is not on the page either', '<p>elsewhere</p>', flowOf(open, fillName), 1, null],
  ])('%s', (_what, html, flow, index, expected) => {
    document.body.innerHTML = html
    expect(reopenFrom(flow, index, document)).toBe(expected)
  })
})
