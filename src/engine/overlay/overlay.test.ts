import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import messages from '../../../public/_locales/en/messages.json'
import { translator } from '../../../test/locales/translate'
import { hostTag, mountOverlay, type CardActions, type CardState, type Translate } from './index'

/** happy-dom's events are synthetic (not trusted): the tests stand for the person unless a test says otherwise. */
const people = vi.hoisted(() => ({ trustSynthetic: true }))
vi.mock('./by-person', () => ({
  byPerson: (event: Event) => people.trustSynthetic || event.isTrusted,
  personOnly: (act: () => void) => (event: Event) => {
    if (people.trustSynthetic || event.isTrusted) act()
  },
}))

/** chrome.i18n.getMessage over the real English messages. */
const t: Translate = translator(messages)

function fakeActions() {
  return {
    back: vi.fn(),
    skip: vi.fn(),
    done: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    close: vi.fn(),
    pointToIt: vi.fn(),
    pointed: vi.fn<(el: Element) => void>(),
    cancelPointing: vi.fn(),
    replace: vi.fn(),
    keep: vi.fn(),
    choose: vi.fn<(index: number) => void>(),
    goStraight: vi.fn(),
    confirmSite: vi.fn(),
    submitAddress: vi.fn<(value: string) => void>(),
    auto: vi.fn(),
  } satisfies CardActions
}

const base: CardState = { instruction: 'Click “Add Integration” in the Centercode row.', step: { current: 2, total: 7 }, target: null, canBack: true, canSkip: true }

let controller: AbortController
let actions: ReturnType<typeof fakeActions>

beforeEach(() => {
  document.body.innerHTML = '<main><button id="page-button">Page button</button><input id="field" type="text"></main>'
  controller = new AbortController()
  actions = fakeActions()
})
afterEach(() => {
  controller.abort()
  document.body.innerHTML = ''
  people.trustSynthetic = true
})

function mount() {
  return mountOverlay({ signal: controller.signal, t, actions })
}
const shadowOf = (host: HTMLElement) => host.shadowRoot!
const button = (host: HTMLElement, text: string) =>
  [...shadowOf(host).querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent?.trim()) === text)
const buttonTexts = (host: HTMLElement) => [...shadowOf(host).querySelectorAll('button')].map((b) => b.getAttribute('aria-label') ?? b.textContent?.trim())
const escape = (on: EventTarget) => {
  const event = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true })
  on.dispatchEvent(event)
  return event
}

describe('mounting', () => {
  it('adds one host, with an open shadow root holding its own styles', () => {
    const overlay = mount()
    expect(document.querySelectorAll(hostTag)).toHaveLength(1)
    expect(overlay.host.localName).toBe('tfcc-guide')
    expect(overlay.host.parentNode).toBe(document.body)
    expect(shadowOf(overlay.host).querySelector('style')?.textContent).toContain(':host')
    expect(overlay.host.hasAttribute('style')).toBe(false)
    expect(Object.keys(window).filter((k) => /tfcc|overlay/i.test(k))).toEqual([])
  })
})

describe('the card', () => {
  it('shows the instruction and "Step 2 of 7", as a non-modal labelled dialog, announced politely', () => {
    const overlay = mount()
    overlay.update(base)
    const card = shadowOf(overlay.host).querySelector('[role="dialog"]')!
    expect(card.getAttribute('aria-modal')).toBe('false')
    expect(card.getAttribute('aria-label')).toBe('Setup guide')
    expect(card.textContent).toContain(base.instruction)
    expect(card.textContent).toContain('Step 2 of 7')
    expect(shadowOf(overlay.host).querySelector('[aria-live="polite"]')?.textContent).toBe(base.instruction)
    expect(card.classList.contains('docked')).toBe(true)
  })

  it('has real buttons that call the actions', () => {
    const overlay = mount()
    overlay.update(base)
    expect(buttonTexts(overlay.host)).toEqual(['Close', 'Back', 'Skip', 'Pause', "I've done this"])
    const calls: [string, keyof CardActions][] = [['Back', 'back'], ['Skip', 'skip'], ["I've done this", 'done'], ['Pause', 'pause'], ['Close', 'close']]
    for (const [text, action] of calls) {
      const b = button(overlay.host, text)!
      expect(b.type).toBe('button')
      b.click()
      expect(actions[action], text).toHaveBeenCalledOnce()
    }
  })

  it('takes the address the person typed, never a value a page script put in the field', () => {
    const overlay = mount()
    overlay.update({ ...base, askAddress: { label: 'Your TestFairy’s address', submit: 'Open it' } })
    const input = shadowOf(overlay.host).querySelector<HTMLInputElement>('input')!
    expect(shadowOf(overlay.host).querySelector('label')?.textContent).toBe('Your TestFairy’s address')
    input.value = 'globex'
    input.dispatchEvent(new Event('input', { bubbles: true }))
    people.trustSynthetic = false
    input.value = 'evil.testfairy.com'
    input.dispatchEvent(new Event('input', { bubbles: true }))
    button(overlay.host, 'Open it')!.click()
    expect(actions.submitAddress).not.toHaveBeenCalled()
    people.trustSynthetic = true
    button(overlay.host, 'Open it')!.click()
    expect(actions.submitAddress).toHaveBeenCalledExactlyOnceWith('globex')
    overlay.update({ ...base, askAddress: { label: 'Your TestFairy’s address', submit: 'Open it', error: 'That is not a TestFairy dashboard.' } })
    expect(shadowOf(overlay.host).querySelector('[role="alert"]')?.textContent).toBe('That is not a TestFairy dashboard.')
    expect(input.getAttribute('aria-invalid')).toBe('true')
  })

  it('takes nothing from a page script: its clicks, keys and picks call no action', () => {
    people.trustSynthetic = false
    const overlay = mount()
    overlay.update({ ...base, shortcut: true, notFound: { lookFor: 'the URL field' }, choices: ['Use this'] })
    for (const b of shadowOf(overlay.host).querySelectorAll('button')) b.click()
    escape(document.body)
    overlay.update({ ...base, pointing: true })
    document.getElementById('page-button')!.click()
    document.getElementById('field')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }))
    for (const [name, fn] of Object.entries(actions)) expect(fn, name).not.toHaveBeenCalled()
  })

  it('offers "Go straight there" only for a step with a shortcut, and shows what the page says went wrong', () => {
    const overlay = mount()
    overlay.update({ ...base, shortcut: true, problem: 'Enter a valid URL.' })
    expect(buttonTexts(overlay.host)).toContain('Go straight there')
    button(overlay.host, 'Go straight there')!.click()
    expect(actions.goStraight).toHaveBeenCalledOnce()
    expect(shadowOf(overlay.host).querySelector('[data-problem]')?.textContent).toBe('The page says: Enter a valid URL.')
    overlay.update(base)
    expect(buttonTexts(overlay.host)).not.toContain('Go straight there')
    expect(shadowOf(overlay.host).querySelector('[data-problem]')).toBeNull()
  })

  it('leaves out Back and Skip when the step does not allow them', () => {
    const overlay = mount()
    overlay.update({ ...base, canBack: false, canSkip: false })
    expect(buttonTexts(overlay.host)).toEqual(['Close', 'Pause', "I've done this"])
  })

  it('not found: says what to look for and offers "Point to it"', () => {
    const overlay = mount()
    overlay.update({ ...base, notFound: { lookFor: 'the Centercode row' } })
    expect(shadowOf(overlay.host).textContent).toContain("I can't find it on this page. Look for: the Centercode row")
    button(overlay.host, 'Point to it')!.click()
    expect(actions.pointToIt).toHaveBeenCalledOnce()
  })

  it('asks Replace / Keep mine before overwriting a value', () => {
    const overlay = mount()
    overlay.update({ ...base, confirmOverwrite: { current: 'old-name' } })
    expect(shadowOf(overlay.host).textContent).toContain('This field already holds “old-name”. Replace it?')
    expect(buttonTexts(overlay.host)).not.toContain("I've done this")
    button(overlay.host, 'Replace')!.click()
    button(overlay.host, 'Keep mine')!.click()
    expect(actions.replace).toHaveBeenCalledOnce()
    expect(actions.keep).toHaveBeenCalledOnce()
  })

  it('shows a note', () => {
    const overlay = mount()
    overlay.update({ ...base, note: t('cardFilled') })
    expect(shadowOf(overlay.host).textContent).toContain('Filled in for you.')
  })

  it('paused: a pill with Resume', () => {
    const overlay = mount()
    overlay.update({ ...base, paused: true })
    expect(buttonTexts(overlay.host)).toEqual(['Resume'])
    expect(shadowOf(overlay.host).querySelector('[aria-live]')?.textContent).toBe(t('cardPaused'))
    button(overlay.host, 'Resume')!.click()
    expect(actions.resume).toHaveBeenCalledOnce()
  })

  it('does no work when the state has not changed', async () => {
    const overlay = mount()
    overlay.update(base)
    const seen: MutationRecord[] = []
    const watch = new MutationObserver((records) => seen.push(...records))
    watch.observe(shadowOf(overlay.host), { subtree: true, childList: true, attributes: true, characterData: true })
    overlay.update({ ...base, step: { ...base.step } })
    await new Promise((resolve) => setTimeout(resolve, 0))
    watch.disconnect()
    expect(seen).toEqual([])
  })

  it('never moves focus', () => {
    const overlay = mount()
    const field = document.getElementById('field') as HTMLInputElement
    field.focus()
    overlay.update(base)
    overlay.update({ ...base, instruction: 'Next', notFound: { lookFor: 'x' } })
    expect(document.activeElement).toBe(field)
  })
})

describe('the spotlight', () => {
  it('sits on the target, scrolls it into view (no smooth scrolling with reduced motion) and puts the card beside it', async () => {
    const matchMedia = vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList)
    const target = document.getElementById('page-button')!
    let top = 2000
    vi.spyOn(target, 'getBoundingClientRect').mockImplementation(() => new DOMRect(100, top, 120, 32))
    const scroll = vi.fn(() => {
      top = 300
    })
    target.scrollIntoView = scroll
    const overlay = mount()
    overlay.update({ ...base, target })
    expect(scroll).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'auto' })
    const spot = shadowOf(overlay.host).querySelector<HTMLElement>('.spotlight')!
    expect(spot.hidden).toBe(false)
    expect(spot.style.transform).toBe('translate(96px, 296px)')
    const card = shadowOf(overlay.host).querySelector<HTMLElement>('.card')!
    expect(card.classList.contains('docked')).toBe(false)
    await vi.waitFor(() => expect(card.style.top).not.toBe(''))
    // Same target again: no second scroll. No target: no spotlight, the card docks.
    overlay.update({ ...base, target, instruction: 'again' })
    expect(scroll).toHaveBeenCalledOnce()
    overlay.update(base)
    expect(spot.hidden).toBe(true)
    expect(card.classList.contains('docked')).toBe(true)
    // docked: in a corner clear of the page's controls, the spotlight's place forgotten
    expect(card.style.bottom).toBe('auto')
    matchMedia.mockRestore()
  })
})

describe('point to it', () => {
  it('the next page click picks the element instead of reaching the page', () => {
    const overlay = mount()
    overlay.update({ ...base, pointing: true })
    const pageButton = document.getElementById('page-button')!
    const pageClick = vi.fn()
    pageButton.addEventListener('click', pageClick)
    document.addEventListener('click', pageClick, true)
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })
    pageButton.dispatchEvent(click)
    expect(actions.pointed).toHaveBeenCalledWith(pageButton)
    expect(pageClick).not.toHaveBeenCalled()
    expect(click.defaultPrevented).toBe(true)
  })

  it('ignores clicks in the overlay itself, and leaves the page alone once pointing ends', () => {
    const overlay = mount()
    overlay.update({ ...base, pointing: true })
    expect(shadowOf(overlay.host).textContent).toContain(t('cardPointing'))
    button(overlay.host, 'Back')!.click()
    expect(actions.cancelPointing).toHaveBeenCalledOnce()
    expect(actions.pointed).not.toHaveBeenCalled()
    overlay.update({ ...base, pointing: false })
    const pageClick = vi.fn()
    document.getElementById('page-button')!.addEventListener('click', pageClick)
    document.getElementById('page-button')!.click()
    expect(pageClick).toHaveBeenCalledOnce()
    expect(actions.pointed).not.toHaveBeenCalled()
  })

  it('with the keyboard: the element Tab reaches is outlined, and Enter picks it (a field too)', () => {
    const overlay = mount()
    overlay.update({ ...base, pointing: true })
    const field = document.getElementById('field') as HTMLInputElement
    const rect = vi.spyOn(field, 'getBoundingClientRect').mockImplementation(() => new DOMRect(10, 20, 100, 30))
    field.focus()
    const pick = shadowOf(overlay.host).querySelector<HTMLElement>('.pick')!
    expect(pick.hidden).toBe(false)
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true })
    field.dispatchEvent(enter)
    expect(actions.pointed).toHaveBeenCalledWith(field)
    expect(enter.defaultPrevented).toBe(true)
    rect.mockRestore()
  })

  it('Escape cancels even from a page field the keyboard reached while pointing', () => {
    const overlay = mount()
    overlay.update({ ...base, pointing: true })
    const field = document.getElementById('field') as HTMLInputElement
    field.focus()
    expect(escape(field).defaultPrevented).toBe(true)
    expect(actions.cancelPointing).toHaveBeenCalledOnce()
  })

  it('shows a rejection and Escape cancels', () => {
    const overlay = mount()
    overlay.update({ ...base, pointing: true, pointRejected: true })
    expect(shadowOf(overlay.host).textContent).toContain(t('cardPointRejected'))
    const event = escape(document.body)
    expect(actions.cancelPointing).toHaveBeenCalledOnce()
    expect(actions.pause).not.toHaveBeenCalled()
    expect(event.defaultPrevented).toBe(true)
  })
})

describe('the guide key (Alt+Shift+G)', () => {
  const press = (on: EventTarget = document.activeElement ?? document.body, init: KeyboardEventInit = {}) => {
    const event = new KeyboardEvent('keydown', { key: 'G', code: 'KeyG', altKey: true, shiftKey: true, bubbles: true, composed: true, cancelable: true, ...init })
    on.dispatchEvent(event)
    return event
  }
  const focusedInCard = (host: HTMLElement) => shadowOf(host).activeElement

  it('takes the keyboard to the target, then to the card, then back; the page never sees the key', () => {
    const overlay = mount()
    const target = document.getElementById('page-button')!
    overlay.update({ ...base, target })
    const pageKeys = vi.fn()
    window.addEventListener('keydown', pageKeys)
    expect(press().defaultPrevented).toBe(true)
    expect(document.activeElement).toBe(target)
    press()
    expect(focusedInCard(overlay.host)).toBe(shadowOf(overlay.host).querySelector('.card'))
    press()
    expect(document.activeElement).toBe(target)
    expect(pageKeys).not.toHaveBeenCalled()
    press(target, { shiftKey: false })
    expect(pageKeys).toHaveBeenCalledOnce()
    expect(document.activeElement).toBe(target)
  })

  it('a target that takes no focus: the focusable row around it (which shows the row\'s actions); a link inside a label', () => {
    document.body.innerHTML = '<table><tr tabindex="0" id="row"><td id="name">Bug Reports</td></tr></table><p id="label">Open <a href="#x" id="link">Preferences</a></p><p id="plain">Nothing</p>'
    const overlay = mount()
    overlay.update({ ...base, target: document.getElementById('name') })
    press()
    expect(document.activeElement?.id).toBe('row')
    // the row again would change nothing: the card
    press()
    expect(focusedInCard(overlay.host)).toBe(shadowOf(overlay.host).querySelector('.card'))
    overlay.update({ ...base, target: document.getElementById('label') })
    press()
    expect(document.activeElement?.id).toBe('link')
    // nothing there takes the keyboard: the card, whose buttons are the way on
    overlay.update({ ...base, target: document.getElementById('plain') })
    press()
    expect(focusedInCard(overlay.host)).toBe(shadowOf(overlay.host).querySelector('.card'))
  })

  it('never onto a page\'s focus wrapper (tabindex="-1"), and into a custom element\'s shadow root', () => {
    document.body.innerHTML = '<main tabindex="-1"><p id="plain">Nothing to press</p><fancy-button id="fancy"></fancy-button></main>'
    const fancy = document.getElementById('fancy')!
    fancy.attachShadow({ mode: 'open' }).innerHTML = '<button id="inner">Add Integration</button>'
    const overlay = mount()
    overlay.update({ ...base, target: document.getElementById('plain') })
    press()
    expect(focusedInCard(overlay.host)).toBe(shadowOf(overlay.host).querySelector('.card'))
    overlay.update({ ...base, instruction: 'Next', target: fancy })
    press()
    expect(fancy.shadowRoot!.activeElement?.id).toBe('inner')
    // on it (inside its shadow root): the card
    press()
    expect(focusedInCard(overlay.host)).toBe(shadowOf(overlay.host).querySelector('.card'))
  })

  it('to the card\'s main button where the card is where the person acts', () => {
    const overlay = mount()
    overlay.update({ ...base, target: document.getElementById('page-button'), choices: ['Use it', 'Make a new one'] })
    press()
    expect(focusedInCard(overlay.host)?.textContent).toBe('Use it')
    overlay.update(base)
    press()
    expect(focusedInCard(overlay.host)?.textContent).toBe(t('cardDone'))
    overlay.update({ ...base, paused: true })
    press()
    expect(focusedInCard(overlay.host)?.textContent).toBe(t('cardResume'))
  })

  it('keeps the keyboard on the card when the button it was on goes with a new step', () => {
    const overlay = mount()
    overlay.update({ ...base, choices: ['Got it'] })
    press()
    expect(focusedInCard(overlay.host)?.textContent).toBe('Got it')
    overlay.update({ ...base, instruction: 'Next', target: document.getElementById('page-button') })
    expect(focusedInCard(overlay.host)).toBe(shadowOf(overlay.host).querySelector('.card'))
    expect(shadowOf(overlay.host).querySelector('.card')?.getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+G')
  })

  it('does nothing once the overlay is gone', () => {
    const overlay = mount()
    overlay.update({ ...base, target: document.getElementById('page-button') })
    controller.abort()
    expect(press(document.body).defaultPrevented).toBe(false)
    expect(document.activeElement).toBe(document.body)
  })
})

describe('Escape', () => {
  it('pauses from the page body and from the overlay', () => {
    const overlay = mount()
    overlay.update(base)
    escape(document.body)
    expect(actions.pause).toHaveBeenCalledTimes(1)
    escape(button(overlay.host, 'Skip')!)
    expect(actions.pause).toHaveBeenCalledTimes(2)
  })

  it('is left alone while the person types in a page field', () => {
    const overlay = mount()
    overlay.update(base)
    const field = document.getElementById('field') as HTMLInputElement
    field.focus()
    const event = escape(field)
    expect(actions.pause).not.toHaveBeenCalled()
    expect(event.defaultPrevented).toBe(false)
  })

  it('is left alone when the page took it, or when paused', () => {
    const overlay = mount()
    overlay.update(base)
    const taker = (e: Event) => e.preventDefault()
    document.body.addEventListener('keydown', taker)
    escape(document.body)
    document.body.removeEventListener('keydown', taker)
    overlay.update({ ...base, paused: true })
    escape(document.body)
    expect(actions.pause).not.toHaveBeenCalled()
  })
})

describe('page dialogs', () => {
  it('moves into an open modal dialog and back out when it closes', async () => {
    const overlay = mount()
    overlay.update(base)
    const dialog = document.createElement('dialog')
    // happy-dom has no :modal; a real browser answers it from showModal().
    const matches = dialog.matches.bind(dialog) as (selector: string) => boolean
    vi.spyOn(dialog, 'matches').mockImplementation(((selector: string) => (selector === ':modal' ? dialog.open : matches(selector))) as typeof dialog.matches)
    document.body.append(dialog)
    dialog.setAttribute('open', '')
    await vi.waitFor(() => expect(overlay.host.parentNode).toBe(dialog))
    dialog.removeAttribute('open')
    await vi.waitFor(() => expect(overlay.host.parentNode).toBe(document.body))
  })

  it('comes back when the page removes it', async () => {
    const overlay = mount()
    overlay.host.remove()
    await vi.waitFor(() => expect(overlay.host.parentNode).toBe(document.body))
  })
})

describe('aborting', () => {
  it('removes the host and every listener', async () => {
    const overlay = mount()
    overlay.update({ ...base, pointing: true })
    const keptButton = button(overlay.host, 'Back')!
    controller.abort()
    expect(document.querySelector(hostTag)).toBeNull()
    expect(overlay.host.shadowRoot!.querySelector('.card')).toBeNull()
    const pageClick = vi.fn()
    const pageButton = document.getElementById('page-button')!
    pageButton.addEventListener('click', pageClick)
    pageButton.click()
    escape(document.body)
    keptButton.click()
    overlay.update(base)
    const dialog = document.createElement('dialog')
    document.body.append(dialog)
    dialog.setAttribute('open', '')
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(pageClick).toHaveBeenCalledOnce()
    for (const fn of Object.values(actions)) expect(fn).not.toHaveBeenCalled()
    expect(document.querySelector(hostTag)).toBeNull()
    expect(overlay.host.isConnected).toBe(false)
  })
})
