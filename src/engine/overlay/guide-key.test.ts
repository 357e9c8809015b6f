import { describe, expect, it } from 'vitest'
import type { CardState } from './contract'
import { isGuideKey, whereToFocus, type FocusPlace } from './guide-key'

const target = {} as Element
const base: CardState = { instruction: 'Click it', step: { current: 1, total: 3 }, target: null, canBack: false, canSkip: false }

describe('whereToFocus', () => {
  const cases: [string, CardState, boolean, FocusPlace][] = [
    ['a click on the page, keyboard elsewhere: the target', { ...base, target }, false, 'target'],
    ['a click on the page, keyboard on the target: the card', { ...base, target }, true, 'card'],
    ['nothing to point at: "I\'ve done this"', base, false, 'primary'],
    ['choices beside a target: the first choice', { ...base, target, choices: ['Use it', 'Make a new one'] }, false, 'primary'],
    ['no way on (no choices): the card', { ...base, choices: [] }, false, 'card'],
    ['a field holds another value: Replace', { ...base, target, confirmOverwrite: { current: 'x' } }, false, 'primary'],
    ['not found: "Point to it"', { ...base, notFound: { lookFor: 'x' } }, false, 'primary'],
    ['pointing: the card (Tab to the element, Enter picks it)', { ...base, pointing: true }, false, 'card'],
    ['paused: Resume', { ...base, target, paused: true }, false, 'primary'],
  ]
  it.each(cases)('%s', (_, state, onTarget, place) => {
    expect(whereToFocus(state, onTarget)).toBe(place)
  })
})

describe('isGuideKey', () => {
  const key = { key: 'G', code: 'KeyG', altKey: true, shiftKey: true, ctrlKey: false, metaKey: false, isComposing: false, repeat: false }
  const cases: [string, Partial<typeof key>, boolean][] = [
    ['Alt+Shift+G', {}, true],
    ['macOS: Option+Shift+G types "˝": by the key\'s place', { key: '˝' }, true],
    ['Dvorak: the key that types G, wherever it is', { key: 'G', code: 'KeyI' }, true],
    ['Dvorak: the key in G\'s place types I: not it', { key: 'I', code: 'KeyG' }, false],
    ['held down (a repeat): once is enough', { repeat: true }, false],
    ['Alt+G', { shiftKey: false }, false],
    ['Shift+G', { altKey: false }, false],
    ['Ctrl+Alt+Shift+G', { ctrlKey: true }, false],
    ['Meta+Alt+Shift+G', { metaKey: true }, false],
    ['Alt+Shift+H', { key: 'H', code: 'KeyH' }, false],
    ['while an input method composes', { isComposing: true }, false],
  ]
  it.each(cases)('%s', (_, change, taken) => {
    expect(isGuideKey({ ...key, ...change })).toBe(taken)
  })
})
