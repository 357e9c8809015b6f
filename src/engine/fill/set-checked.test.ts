import { afterEach, describe, expect, it, vi } from 'vitest'
import { controlForm } from './controlled-form.fixture'
import { setChecked } from './set-checked'

afterEach(() => {
  document.body.innerHTML = ''
})

/** The element, and counts of the events it got. */
function render(html: string) {
  document.body.innerHTML = html
  const el = document.body.firstElementChild as HTMLInputElement
  const counts = { click: 0, input: 0, change: 0 }
  for (const type of ['click', 'input', 'change'] as const) el.addEventListener(type, () => counts[type]++)
  return { el, counts }
}

describe('setChecked', () => {
  const cases: [string, string, boolean, unknown, boolean, number][] = [
    // what, html, wanted, outcome, checked after, change events
    ['ticks an unticked box', '<input type="checkbox">', true, { status: 'filled' }, true, 1],
    ['clears a ticked box', '<input type="checkbox" checked>', false, { status: 'filled' }, false, 1],
    ['leaves a ticked box', '<input type="checkbox" checked>', true, { status: 'already' }, true, 0],
    ['leaves an unticked box', '<input type="checkbox">', false, { status: 'already' }, false, 0],
    ['disabled', '<input type="checkbox" disabled>', true, { status: 'skipped', reason: 'disabled' }, false, 0],
    ['picks a radio', '<input type="radio" name="r">', true, { status: 'filled' }, true, 1],
    ['cannot clear a radio', '<input type="radio" name="r" checked>', false, { status: 'skipped', reason: 'not-fillable' }, true, 0],
    ['a text input', '<input>', true, { status: 'skipped', reason: 'not-fillable' }, false, 0],
  ]
  it.each(cases)('%s', (_, html, wanted, outcome, after, changes) => {
    const { el, counts } = render(html)
    expect(setChecked(el, wanted)).toEqual(outcome)
    expect(el.checked ?? false).toBe(after)
    expect(counts.change).toBe(changes)
  })

  it('uses a real click, so click listeners see it', () => {
    const { el, counts } = render('<input type="checkbox">')
    setChecked(el, true)
    expect(counts).toEqual({ click: 1, input: 1, change: 1 })
  })

  it('falls back to the native setter and events when the click is prevented', () => {
    const { el, counts } = render('<input type="checkbox">')
    el.addEventListener('click', (event) => event.preventDefault())
    expect(setChecked(el, true)).toEqual({ status: 'filled' })
    expect(el.checked).toBe(true)
    expect(counts).toEqual({ click: 1, input: 1, change: 1 })
  })

  it('an ARIA checkbox is clicked and verified through aria-checked', () => {
    document.body.innerHTML = '<div role="switch" aria-checked="false" tabindex="0"></div>'
    const el = document.querySelector('div')!
    el.addEventListener('click', () => el.setAttribute('aria-checked', String(el.getAttribute('aria-checked') !== 'true')))
    expect(setChecked(el, true)).toEqual({ status: 'filled' })
    expect(setChecked(el, true)).toEqual({ status: 'already' })
    const dead = document.createElement('div')
    dead.setAttribute('role', 'checkbox')
    expect(setChecked(dead, true)).toEqual({ status: 'skipped', reason: 'not-fillable' })
  })

  it.each([true, false])('the controlled form submits checked=%s', (wanted) => {
    document.body.innerHTML = `<form><input name="name"><input type="checkbox" name="notify" ${wanted ? '' : 'checked'}></form>`
    const form = document.querySelector('form')!
    const onSubmit = vi.fn()
    controlForm(form, onSubmit)
    const box = form.querySelector<HTMLInputElement>('[name="notify"]')!
    expect(setChecked(box, wanted)).toEqual({ status: 'filled' })
    form.requestSubmit()
    expect(onSubmit).toHaveBeenLastCalledWith({ name: '', notify: wanted })
    expect(box.checked).toBe(wanted)
  })

  it('contrast: a plain assignment to checked is not submitted', () => {
    document.body.innerHTML = '<form><input type="checkbox" name="notify"></form>'
    const form = document.querySelector('form')!
    const onSubmit = vi.fn()
    controlForm(form, onSubmit)
    form.querySelector<HTMLInputElement>('input')!.checked = true
    form.requestSubmit()
    expect(onSubmit).toHaveBeenLastCalledWith({ notify: false })
  })
})
