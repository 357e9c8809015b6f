import { afterEach, describe, expect, it, vi } from 'vitest'
import { controlForm } from './controlled-form.fixture'
import { fillText } from './fill-text'

afterEach(() => {
  document.body.innerHTML = ''
})

/** A form run by the imitation dashboards' React-like state; resolves the state it submits. */
function controlled(html: string) {
  document.body.innerHTML = `<form>${html}<button type="submit">Save</button></form>`
  const form = document.querySelector('form')!
  const onSubmit = vi.fn<(state: Record<string, string | boolean>) => void>()
  const control = controlForm(form, onSubmit)
  const field = (name: string) => form.querySelector(`[name="${name}"]`)!
  const submit = () => {
    form.requestSubmit()
    return onSubmit.mock.calls.at(-1)?.[0]
  }
  return { form, control, field, submit }
}

describe('fillText against the controlled form', () => {
  it.each([
    ['text input', '<input name="f">', 'https://example.test/hook'],
    ['email input', '<input type="email" name="f">', 'qa@example.test'],
    ['password input', '<input type="password" name="f">', 's3cret'],
    ['textarea', '<textarea name="f"></textarea>', 'line one\nline two'],
  ])('%s: the submitted state holds the value', (_, html, value) => {
    const { field, submit } = controlled(html)
    expect(fillText(field('f'), value)).toEqual({ status: 'filled' })
    expect(submit()).toEqual({ f: value })
  })

  it('fills several fields; each survives the re-renders the others cause', () => {
    const { field, submit } = controlled('<input name="url"><input name="key"><textarea name="note"></textarea>')
    expect(fillText(field('url'), 'https://x.test')).toEqual({ status: 'filled' })
    expect(fillText(field('key'), 'K-123')).toEqual({ status: 'filled' })
    expect(fillText(field('note'), 'hi')).toEqual({ status: 'filled' })
    expect(submit()).toEqual({ url: 'https://x.test', key: 'K-123', note: 'hi' })
  })

  it('contrast: a plain assignment without events is lost (so the test above can fail)', () => {
    const { field, submit } = controlled('<input name="a"><input name="b">')
    ;(field('a') as HTMLInputElement).value = 'lost'
    expect(submit()).toEqual({ a: '', b: '' })
    // and the next state change wipes it from the DOM too
    fillText(field('b'), 'kept')
    expect((field('a') as HTMLInputElement).value).toBe('')
    expect(submit()).toEqual({ a: '', b: 'kept' })
  })

  it('contrast: a page-world assignment then events is no change to the tracker', () => {
    const { field, submit } = controlled('<input name="a">')
    const el = field('a') as HTMLInputElement
    el.value = 'x'
    el.dispatchEvent(new Event('input', { bubbles: true }))
    expect(submit()).toEqual({ a: '' })
  })

  it('overwrites a value the state holds when asked', () => {
    const { control, field, submit } = controlled('<input name="a">')
    control.set('a', 'typed by the person')
    expect(fillText(field('a'), 'new')).toEqual({ status: 'conflict', current: 'typed by the person' })
    expect(submit()).toEqual({ a: 'typed by the person' })
    expect(fillText(field('a'), 'new', { overwrite: true })).toEqual({ status: 'filled' })
    expect(submit()).toEqual({ a: 'new' })
  })
})

describe('fillText outcomes', () => {
  const cases: [string, string, string, { overwrite?: boolean } | undefined, unknown][] = [
    ['empty input', '<input>', 'v', undefined, { status: 'filled' }],
    ['same value', '<input value="v">', 'v', undefined, { status: 'already' }],
    ['different value', '<input value="mine">', 'v', undefined, { status: 'conflict', current: 'mine' }],
    ['different value, overwrite', '<input value="mine">', 'v', { overwrite: true }, { status: 'filled' }],
    ['only spaces count as empty', '<input value="   ">', 'v', undefined, { status: 'filled' }],
    ['disabled', '<input disabled>', 'v', undefined, { status: 'skipped', reason: 'disabled' }],
    ['in a disabled fieldset', '<fieldset disabled><input></fieldset>', 'v', undefined, { status: 'skipped', reason: 'disabled' }],
    ['aria-disabled', '<input aria-disabled="true">', 'v', undefined, { status: 'skipped', reason: 'disabled' }],
    ['readonly', '<input readonly value="x">', 'v', undefined, { status: 'skipped', reason: 'readonly' }],
    ['readonly textarea', '<textarea readonly></textarea>', 'v', undefined, { status: 'skipped', reason: 'readonly' }],
    ['checkbox', '<input type="checkbox">', 'v', undefined, { status: 'skipped', reason: 'not-fillable' }],
    ['hidden input', '<input type="hidden">', 'v', undefined, { status: 'skipped', reason: 'not-fillable' }],
    ['file input', '<input type="file">', 'v', undefined, { status: 'skipped', reason: 'not-fillable' }],
    ['a div', '<div>text</div>', 'v', undefined, { status: 'skipped', reason: 'not-fillable' }],
    ['a button', '<button>go</button>', 'v', undefined, { status: 'skipped', reason: 'not-fillable' }],
    ['textarea', '<textarea></textarea>', 'a\nb', undefined, { status: 'filled' }],
    ['textarea, same', '<textarea>a b</textarea>', 'a b', undefined, { status: 'already' }],
    ['contenteditable', '<div contenteditable="true"></div>', 'hello', undefined, { status: 'filled' }],
    ['contenteditable, same text', '<div contenteditable>\n  hello\n</div>', 'hello', undefined, { status: 'already' }],
    ['contenteditable, other text', '<div contenteditable>mine</div>', 'v', undefined, { status: 'conflict', current: 'mine' }],
    ['contenteditable=false', '<div contenteditable="false"></div>', 'v', undefined, { status: 'skipped', reason: 'not-fillable' }],
    ['select falls to selectOption', '<select><option>One</option><option>Two</option></select>', 'two', undefined, { status: 'filled' }],
  ]
  it.each(cases)('%s', (_, html, value, options, expected) => {
    document.body.innerHTML = html
    const el = document.body.firstElementChild!
    const target = el.localName === 'fieldset' ? el.firstElementChild! : el
    const before = target.outerHTML
    expect(fillText(target, value, options)).toEqual(expected)
    const status = (expected as { status: string }).status
    if (status === 'filled' && target.localName !== 'select') {
      expect(target.localName === 'div' ? target.textContent : (target as HTMLInputElement).value).toBe(value)
    }
    if (status !== 'filled') expect(target.outerHTML).toBe(before)
  })

  it('sends input (InputEvent, insertReplacementText), change and blur, bubbling, in that order', () => {
    document.body.innerHTML = '<div><input></div>'
    const input = document.querySelector('input')!
    const seen: string[] = []
    for (const type of ['focus', 'input', 'change', 'blur', 'focusout']) {
      document.body.addEventListener(type, (e) => seen.push(e instanceof InputEvent ? `${type}:${e.inputType}` : type), true)
    }
    expect(fillText(input, 'v')).toEqual({ status: 'filled' })
    expect(seen).toEqual(['focus', 'input:insertReplacementText', 'change', 'blur', 'focusout'])
    expect(input.value).toBe('v')
  })

  it('sends no events when already filled or in conflict', () => {
    document.body.innerHTML = '<input value="v">'
    const input = document.querySelector('input')!
    const events = vi.fn()
    for (const type of ['focus', 'input', 'change', 'blur']) input.addEventListener(type, events)
    fillText(input, 'v')
    fillText(input, 'other')
    expect(events).not.toHaveBeenCalled()
  })

  it('bypasses an instance override of value (the page world) through the prototype setter', () => {
    document.body.innerHTML = '<input>'
    const input = document.querySelector('input')!
    const set = vi.fn()
    Object.defineProperty(input, 'value', { configurable: true, get: () => 'fake', set })
    // reads go through the prototype too, so the override's "fake" is not taken as the person's value
    expect(fillText(input, 'real')).toEqual({ status: 'filled' })
    expect(set).not.toHaveBeenCalled()
  })

  it('contenteditable gets the text and an input event', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>old</p></div>'
    const div = document.querySelector('div')!
    const input = vi.fn()
    div.addEventListener('input', input)
    expect(fillText(div, 'new', { overwrite: true })).toEqual({ status: 'filled' })
    expect(div.textContent).toBe('new')
    expect(input).toHaveBeenCalledTimes(1)
  })

  it('a page that puts the old value back is reported, not claimed as filled', () => {
    document.body.innerHTML = '<input>'
    const input = document.querySelector('input')!
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    input.addEventListener('input', () => setter.call(input, ''))
    expect(fillText(input, 'v')).toEqual({ status: 'skipped', reason: 'not-fillable' })
  })

  it('never throws for page weirdness', () => {
    document.body.innerHTML = '<input>'
    const input = document.querySelector('input')!
    input.addEventListener('input', () => {
      throw new Error('page bug')
    })
    // happy-dom reports listener errors instead of throwing them; either way fillText returns an outcome
    expect(() => fillText(input, 'v')).not.toThrow()
    const broken = document.createElement('input')
    Object.defineProperty(broken, 'focus', { value: () => { throw new Error('nope') } })
    expect(fillText(broken, 'v')).toEqual({ status: 'skipped', reason: 'not-fillable' })
  })
})
