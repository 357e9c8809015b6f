import { afterEach, describe, expect, it } from 'vitest'
import { readValue } from './read-value'

afterEach(() => {
  document.body.innerHTML = ''
})

describe('readValue', () => {
  it.each([
    ['text input', '<input value="abc">', 'abc'],
    ['empty input', '<input>', ''],
    ['readonly input', '<input readonly value="https://api.example.test/hook/123">', 'https://api.example.test/hook/123'],
    ['disabled input', '<input disabled value="x">', 'x'],
    ['input keeps its spaces', '<input value="  a  b ">', '  a  b '],
    ['textarea', '<textarea>line 1\nline 2</textarea>', 'line 1\nline 2'],
    ['select: selected text', '<select><option value="1">One</option><option value="2" selected>  Two  items </option></select>', 'Two items'],
    ['select: label attribute', '<select><option value="1" label="Uno">One</option></select>', 'Uno'],
    ['select: nothing selected', '<select></select>', null],
    ['checkbox', '<input type="checkbox" checked>', 'true'],
    ['code with white space', '<code>\n   https://hooks.example.test/\n   abc  </code>', 'https://hooks.example.test/ abc'],
    ['nested text', '<div><span>Endpoint:</span>\n<b>https://x.test</b></div>', 'Endpoint: https://x.test'],
    ['empty element', '<span></span>', ''],
  ])('%s', (_, html, expected) => {
    document.body.innerHTML = html
    expect(readValue(document.body.firstElementChild!)).toBe(expected)
  })

  it('reads the value the element holds, past a page-world override', () => {
    document.body.innerHTML = '<input value="real">'
    const input = document.querySelector('input')!
    Object.defineProperty(input, 'value', { get: () => 'fake' })
    expect(readValue(input)).toBe('real')
  })

  it('returns null instead of throwing', () => {
    const el = document.createElement('div')
    Object.defineProperty(el, 'textContent', { get: () => { throw new Error('page bug') } })
    expect(readValue(el)).toBeNull()
  })
})
