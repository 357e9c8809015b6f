import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TextMatch } from '../step'
import { controlForm } from './controlled-form.fixture'
import { selectOption } from './select-option'

afterEach(() => {
  document.body.innerHTML = ''
})

const REGIONS = `<select>
  <option value="">Choose a region…</option>
  <option value="us">United  States</option>
  <option value="eu">European Union</option>
  <option value="apac" label="Asia Pacific">APAC (legacy)</option>
  <option value="x" disabled>Retired</option>
</select>`

describe('selectOption', () => {
  const cases: [string, string, TextMatch, { overwrite?: boolean } | undefined, unknown, string][] = [
    ['exact text', REGIONS, 'European Union', undefined, { status: 'filled' }, 'eu'],
    ['case and white space differ', REGIONS, '  united states ', undefined, { status: 'filled' }, 'us'],
    ['non-breaking space', REGIONS, 'European\u00a0union', undefined, { status: 'filled' }, 'eu'],
    ['includes', REGIONS, { includes: 'union' }, undefined, { status: 'filled' }, 'eu'],
    ['pattern', REGIONS, { pattern: '^united\\s+states$' }, undefined, { status: 'filled' }, 'us'],
    ['label attribute', REGIONS, 'asia pacific', undefined, { status: 'filled' }, 'apac'],
    ['value as a fallback', REGIONS, 'eu', undefined, { status: 'filled' }, 'eu'],
    ['value must be exact', REGIONS, 'EU', undefined, {
      status: 'no-option',
      options: ['Choose a region…', 'United States', 'European Union', 'Asia Pacific', 'Retired'],
    }, ''],
    ['disabled option is not chosen', REGIONS, 'Retired', undefined, {
      status: 'no-option',
      options: ['Choose a region…', 'United States', 'European Union', 'Asia Pacific', 'Retired'],
    }, ''],
    ['invalid pattern', REGIONS, { pattern: '(' }, undefined, {
      status: 'no-option',
      options: ['Choose a region…', 'United States', 'European Union', 'Asia Pacific', 'Retired'],
    }, ''],
    // (happy-dom 21 mis-selects a `selected` attribute past the second option, so these keep it second)
    ['already chosen', '<select><option value="us">United States</option><option value="eu" selected>European Union</option></select>', 'european union', undefined, { status: 'already' }, 'eu'],
    ['page default (first option) is not the person’s', '<select><option>Daily</option><option>Weekly</option></select>', 'weekly', undefined, { status: 'filled' }, 'Weekly'],
    ['page default (selected in markup) is not the person’s', '<select><option>Daily</option><option selected>Weekly</option></select>', 'daily', undefined, { status: 'filled' }, 'Daily'],
    ['disabled select', '<select disabled><option>A</option><option>B</option></select>', 'B', undefined, { status: 'skipped', reason: 'disabled' }, 'A'],
    ['not a select', '<input>', 'B', undefined, { status: 'skipped', reason: 'not-fillable' }, ''],
  ]
  it.each(cases)('%s', (_, html, option, options, expected, value) => {
    document.body.innerHTML = html
    const el = document.body.firstElementChild as HTMLSelectElement
    expect(selectOption(el, option, options)).toEqual(expected)
    expect(el.value).toBe(value)
  })

  it('a choice the person made is a conflict unless overwriting', () => {
    document.body.innerHTML = REGIONS
    const select = document.querySelector('select')!
    select.value = 'us' // the person chose, after the page rendered
    const change = vi.fn()
    select.addEventListener('change', change)
    expect(selectOption(select, 'European Union')).toEqual({ status: 'conflict', current: 'United States' })
    expect(select.value).toBe('us')
    expect(change).not.toHaveBeenCalled()
    expect(selectOption(select, 'European Union', { overwrite: true })).toEqual({ status: 'filled' })
    expect(select.value).toBe('eu')
    expect(change).toHaveBeenCalledTimes(1)
  })

  it('sends bubbling input and change; none when already chosen', () => {
    document.body.innerHTML = `<div>${REGIONS}</div>`
    const select = document.querySelector('select')!
    const seen: string[] = []
    for (const type of ['input', 'change']) document.body.addEventListener(type, () => seen.push(type))
    selectOption(select, 'eu')
    selectOption(select, 'European Union')
    expect(seen).toEqual(['input', 'change'])
  })

  it('chooses the matching option even when another shares its value', () => {
    document.body.innerHTML = '<select><option value="a">First</option><option value="b">Other</option><option value="b">Second</option></select>'
    const select = document.querySelector('select')!
    expect(selectOption(select, 'second')).toEqual({ status: 'filled' })
    expect(select.selectedIndex).toBe(2)
  })

  it('the controlled form submits the chosen option', () => {
    document.body.innerHTML = `<form><input name="name"><select name="region">${REGIONS.replace(/<\/?select>/g, '')}</select></form>`
    const form = document.querySelector('form')!
    const onSubmit = vi.fn()
    controlForm(form, onSubmit)
    expect(selectOption(form.querySelector('select')!, 'EUROPEAN UNION')).toEqual({ status: 'filled' })
    form.requestSubmit()
    expect(onSubmit).toHaveBeenLastCalledWith({ name: '', region: 'eu' })
  })
})
