import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { flash } from './flash'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

const outline = (el: HTMLElement) => [el.style.getPropertyValue('outline-style'), el.style.getPropertyPriority('outline-style')]

describe('flash', () => {
  it('outlines with !important, then takes it away, leaving no style attribute', () => {
    document.body.innerHTML = '<input>'
    const input = document.querySelector('input')!
    flash(input)
    expect(outline(input)).toEqual(['solid', 'important'])
    vi.advanceTimersByTime(699)
    expect(outline(input)).toEqual(['solid', 'important'])
    vi.advanceTimersByTime(1)
    expect(input.hasAttribute('style')).toBe(false)
  })

  it('puts the previous inline styles back, priorities included', () => {
    document.body.innerHTML = '<input style="color: red; outline-style: dashed; outline-color: blue !important">'
    const input = document.querySelector('input')!
    const before = {
      color: input.style.getPropertyValue('color'),
      style: [input.style.getPropertyValue('outline-style'), input.style.getPropertyPriority('outline-style')],
      colour: [input.style.getPropertyValue('outline-color'), input.style.getPropertyPriority('outline-color')],
      width: input.style.getPropertyValue('outline-width'),
    }
    flash(input)
    expect(input.style.getPropertyValue('outline-color')).not.toBe('blue')
    vi.advanceTimersByTime(700)
    expect({
      color: input.style.getPropertyValue('color'),
      style: [input.style.getPropertyValue('outline-style'), input.style.getPropertyPriority('outline-style')],
      colour: [input.style.getPropertyValue('outline-color'), input.style.getPropertyPriority('outline-color')],
      width: input.style.getPropertyValue('outline-width'),
    }).toEqual(before)
  })

  it('a second flash while one runs still restores the page’s styles, not the first flash’s', () => {
    document.body.innerHTML = '<input style="outline-style: dotted">'
    const input = document.querySelector('input')!
    flash(input)
    vi.advanceTimersByTime(300)
    flash(input)
    vi.advanceTimersByTime(700)
    expect(input.style.getPropertyValue('outline-style')).toBe('dotted')
    expect(input.style.getPropertyValue('outline-color')).toBe('')
  })

  it('does nothing with a signal already aborted', () => {
    document.body.innerHTML = '<input>'
    const input = document.querySelector('input')!
    const controller = new AbortController()
    controller.abort()
    flash(input, controller.signal)
    expect(input.hasAttribute('style')).toBe(false)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('stops early and restores when the signal aborts', () => {
    document.body.innerHTML = '<input style="color: green">'
    const input = document.querySelector('input')!
    const controller = new AbortController()
    flash(input, controller.signal)
    controller.abort()
    expect(input.getAttribute('style')).toBe('color: green;')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('animates a glow unless reduced motion is asked for', () => {
    document.body.innerHTML = '<input><input>'
    const [moving, still] = [...document.querySelectorAll('input')] as [HTMLInputElement, HTMLInputElement]
    const animate = vi.fn(() => ({ cancel: vi.fn() }) as unknown as Animation)
    moving.animate = animate
    still.animate = animate
    flash(moving)
    expect(animate).toHaveBeenCalledTimes(1)
    vi.spyOn(window, 'matchMedia').mockReturnValue({ matches: true } as MediaQueryList)
    flash(still)
    expect(animate).toHaveBeenCalledTimes(1)
    expect(outline(still)).toEqual(['solid', 'important'])
  })

  it('never throws, whatever the element', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg')
    expect(() => flash(svg)).not.toThrow()
    expect(() => flash(document.createElement('div'))).not.toThrow()
    vi.runAllTimers()
  })
})
