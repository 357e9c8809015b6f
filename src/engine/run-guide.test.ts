import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { runGuide, type ComposeResult, type GuideCommand, type GuideHost, type GuideState } from './run-guide'
import type { Step } from './step'
import { watchedRoots } from './wait-for'

/** happy-dom's clicks are synthetic (not trusted): the tests stand for the person unless a test says otherwise. */
const people = vi.hoisted(() => ({ trustSynthetic: true }))
vi.mock('./overlay/by-person', () => ({
  byPerson: (event: Event) => people.trustSynthetic || event.isTrusted,
  personOnly: (act: () => void) => (event: Event) => {
    if (people.trustSynthetic || event.isTrusted) act()
  },
}))

const step = (over: Partial<Step> & Pick<Step, 'id' | 'action' | 'done'>): Step => ({ site: 'testfairy', page: {}, message: `say ${over.id}`, ...over })

/** A host that keeps progress in memory and records what the engine asked for. */
let sent: { ok: boolean; message: string; unsure?: boolean } = { ok: true, message: 'accepted' }
let held = 'https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=Skel0123456789abcdef0123456789abcdef'
/** What the fake background says to a pass: true, as to the tab that holds the step. */
let mayPass = true
let place: ReturnType<GuideHost['placeOf']> = 'ours'
function fakeHost(steps: Step[], start = 0, paused = false, composed: ComposeResult = { ok: true, preview: 'acme.centercode.com · P · s' }, more: Partial<GuideState> = {}) {
  let state: GuideState = { flow: { id: 'unit-flow', steps }, stepIndex: start, paused, ...more }
  const listeners = new Set<(s: GuideState) => void>()
  const commands: [GuideCommand, number][] = []
  const filled: number[] = []
  const host: GuideHost = {
    site: 'testfairy',
    t: (key, subs) => (subs?.length ? `${key}(${subs.join(',')})` : key),
    read: async () => state,
    subscribe: (listener, signal) => {
      listeners.add(listener)
      signal.addEventListener('abort', () => listeners.delete(listener))
    },
    placeOf: () => place,
    go: async (from, to) => {
      commands.push([`go to ${to}` as GuideCommand, from])
      if (!mayPass || from !== state.stepIndex) return false
      state = { ...state, stepIndex: to }
      for (const listener of listeners) listener(state)
      return true
    },
    confirmSite: vi.fn(async () => undefined),
    command: async (command, from, why) => {
      commands.push([why ? (`${command} ${why}` as GuideCommand) : command, from])
      if (from !== state.stepIndex) return
      if (command === 'auto' || command === 'manual') state = { ...state, auto: command === 'auto', ...(why ? { notice: { message: why, step: from } } : {}) }
      else state = { ...state, stepIndex: command === 'back' ? from - 1 : command === 'pause' || command === 'resume' ? from : from + 1, paused: command === 'pause', auto: command === 'pause' ? false : state.auto }
      for (const listener of listeners) listener(state)
    },
    retrace: async (from, to) => {
      commands.push([`back to ${to}` as GuideCommand, from])
      if (from !== state.stepIndex) return
      state = { ...state, stepIndex: to, paused: false }
      for (const listener of listeners) listener(state)
    },
    fillValue: async (index) => {
      filled.push(index)
      return 'Centercode'
    },
    storeReadValue: vi.fn(async () => ({ ok: true as const })),
    composeValue: vi.fn(async () => composed),
    match: vi.fn(async (_index: number, value: string) => value === held),
    send: vi.fn(async () => sent),
    openStepSite: vi.fn(async () => undefined),
    openTestFairy: vi.fn(async (address: string) => (address === 'globex' ? null : 'not a TestFairy')),
    choose: async (from, choice) => {
      commands.push([`choose ${choice}` as GuideCommand, from])
    },
    pointedSelector: async () => null,
    rememberPointed: vi.fn(async () => undefined),
    recordMiss: vi.fn(async () => undefined),
    cannot: vi.fn(async () => undefined),
    formSent: async (index) => {
      commands.push([`sent ${index}` as GuideCommand, index])
      if (index !== state.stepIndex) return
      state = { ...state, sent: index }
      for (const listener of listeners) listener(state)
    },
  }
  return { host, commands, filled, current: () => state }
}

const card = () => document.querySelector('tfcc-guide')?.shadowRoot
const cardText = () => card()?.querySelector('.text')?.textContent ?? null
/** Lets the page and the engine run on the fake clock: its timers, the observers' callbacks, the promises between. */
const settle = (ms = 150) => vi.advanceTimersByTimeAsync(ms)

describe('runGuide', () => {
  let controller: AbortController
  beforeEach(() => {
    vi.useFakeTimers()
    controller = new AbortController()
    document.body.innerHTML = `
      <button id="menu">qa@acme.example</button>
      <form><label>Name: <input id="name" name="webhook-name"></label>
      <label><input type="checkbox" id="feedback"> User feedback</label></form>`
  })
  afterEach(() => {
    controller.abort()
    // every wait and watch the guide started ends with it (a step complete on arrival left one looking)
    expect(watchedRoots()).toBe(0)
    vi.useRealTimers()
    people.trustSynthetic = true
    mayPass = true
    place = 'ours'
  })

  it('points at the target, and moves on when the person clicks it', async () => {
    const { host, commands } = fakeHost([
      step({ id: 'open-menu', target: [{ by: 'role', role: 'button', name: { includes: '@' } }], action: { kind: 'click' }, done: [{ kind: 'clicked' }] }),
      step({ id: 'next', action: { kind: 'click' }, done: [{ kind: 'clicked' }] }),
    ])
    runGuide(host, controller.signal, { notFoundAfterMs: 50 })
    await settle()
    expect(cardText()).toBe('say open-menu')
    document.getElementById('menu')!.click()
    await settle()
    expect(commands).toEqual([['advance', 0]])
    expect(cardText()).toBe('say next')
  })

  it('looks once more before saying it cannot find the target: a change it was not woken by still counts', async () => {
    const { host, commands } = fakeHost([
      // shown by an attribute the guide's observer does not watch (as a check held back on a busy machine is late)
      step({ id: 'open-menu', target: [{ by: 'css', selector: '[data-ready] #menu' }], action: { kind: 'click' }, done: [{ kind: 'clicked' }] }),
      step({ id: 'next', action: { kind: 'click' }, done: [{ kind: 'clicked' }] }),
    ])
    runGuide(host, controller.signal, { notFoundAfterMs: 50 })
    await settle(20)
    document.body.setAttribute('data-ready', '')
    await settle(100)
    expect(card()?.querySelector('[data-action="point-to-it"]')).toBeNull()
    expect(host.recordMiss).not.toHaveBeenCalled()
    document.getElementById('menu')!.click()
    await settle()
    expect(commands).toEqual([['advance', 0]])
  })

  it('follows the way to a click target (a menu opened, its item better), and moves on when the person clicks that', async () => {
    const { host, commands } = fakeHost([
      step({ id: 'open-settings', target: [{ by: 'css', selector: '#settings-item' }, { by: 'css', selector: '#menu' }], action: { kind: 'click' }, done: [{ kind: 'clicked' }] }),
      step({ id: 'next', action: { kind: 'click' }, done: [{ kind: 'clicked' }] }),
    ])
    runGuide(host, controller.signal, { notFoundAfterMs: 50 })
    await settle()
    // the menu opens: its item is the step's first finder, and the spotlight (and the click that counts) go to it
    document.body.insertAdjacentHTML('beforeend', '<a id="settings-item" href="#s">Settings</a>')
    await settle()
    document.getElementById('settings-item')!.click()
    await settle()
    expect(commands).toEqual([['advance', 0]])
  })

  it('fills a field with the value asked for at that step, ticks a box, and moves on by itself', async () => {
    const { host, commands, filled } = fakeHost([
      step({ id: 'name', target: [{ by: 'label', text: 'Name' }], action: { kind: 'fill', value: { setting: 'webhookName' } }, done: [{ kind: 'value' }] }),
      step({ id: 'feedback', target: [{ by: 'label', text: 'User feedback' }], action: { kind: 'check', checked: true }, done: [{ kind: 'value' }] }),
    ])
    runGuide(host, controller.signal)
    await settle()
    await settle()
    expect((document.getElementById('name') as HTMLInputElement).value).toBe('Centercode')
    expect((document.getElementById('feedback') as HTMLInputElement).checked).toBe(true)
    expect(filled).toEqual([0])
    expect(commands).toEqual([['advance', 0], ['advance', 1]])
  })

  describe('on a page just loaded that lost work already counted as done', () => {
    const save = step({ id: 'save', target: [{ by: 'role', role: 'button', name: 'Save' }], action: { kind: 'click' }, done: [{ kind: 'clicked' }] })
    const name = step({ id: 'name', target: [{ by: 'label', text: 'Name' }], action: { kind: 'fill', value: { setting: 'webhookName' } }, done: [{ kind: 'value' }] })
    const open = step({ id: 'open', target: [{ by: 'role', role: 'button', name: { includes: '@' } }], action: { kind: 'click' }, done: [{ kind: 'appears', target: [{ by: 'label', text: 'Name' }] }] })
    it('goes back to the field a reload emptied, and fills it again', async () => {
      document.querySelector('form')!.insertAdjacentHTML('beforeend', '<button type="button">Save</button>')
      const { host, commands, filled } = fakeHost([open, name, save], 2)
      runGuide(host, controller.signal)
      await settle()
      await settle()
      expect(commands.slice(0, 2)).toEqual([['back to 1', 2], ['advance', 1]])
      expect(filled).toEqual([1])
      expect((document.getElementById('name') as HTMLInputElement).value).toBe('Centercode')
    })
    it('goes back to the click that opened what the step lives in, as soon as the page shows it without what it opened (no timer)', async () => {
      document.querySelector('form')!.remove()
      const inForm = step({ ...name, page: { when: [{ by: 'label', text: 'Name' }] } })
      const { host, commands } = fakeHost([open, inForm, save], 1)
      runGuide(host, controller.signal)
      await settle(200)
      expect(commands).toEqual([['back to 0', 1]])
      expect(cardText()).toBe('say open')
    })
    it('goes back as well when the setup moved on before the page showed what it lost (the page it reloaded sent its last step)', async () => {
      // the reload's page renders its list late; meanwhile the old page's last answer takes the setup on a step
      document.body.innerHTML = ''
      const inForm = step({ ...name, page: { when: [{ by: 'label', text: 'Name' }] } })
      const crash = step({ id: 'crash', page: { when: [{ by: 'label', text: 'Name' }] }, target: [{ by: 'label', text: 'App crash' }], action: { kind: 'check', checked: true }, ifPresent: true, done: [{ kind: 'value' }] })
      const { host, commands, current } = fakeHost([open, inForm, crash, save], 1)
      runGuide(host, controller.signal)
      await settle()
      await host.command('advance', 1)
      await settle()
      expect(commands).toEqual([['advance', 1]])
      document.body.innerHTML = '<button id="menu">qa@acme.example</button>'
      await settle()
      expect(commands.slice(1)).toEqual([['back to 0', 2]])
      expect(current().stepIndex).toBe(0)
      expect(cardText()).toBe('say open')
    })
    it('does not go back to the click while the page says it is still loading (aria-busy): its content may show the setup further on', async () => {
      document.querySelector('form')!.remove()
      document.body.insertAdjacentHTML('beforeend', '<main aria-busy="true">Loading…</main>')
      const inForm = step({ ...name, page: { when: [{ by: 'label', text: 'Name' }] } })
      const { host, commands } = fakeHost([open, inForm, save], 1)
      runGuide(host, controller.signal)
      await settle(200)
      expect(commands).toEqual([])
      // loaded, without what the click opened: back to it
      document.querySelector('main')!.outerHTML = '<main><p>Webhooks</p><a href="#">Help</a></main>'
      await settle(200)
      expect(commands).toEqual([['back to 0', 1]])
    })
    it('does not go back from a page that shows the step done (a form sent: its list, with the saved banner)', async () => {
      document.querySelector('form')!.remove()
      document.body.insertAdjacentHTML('beforeend', '<p role="status">Webhook saved successfully</p>')
      const send = step({ ...save, page: { when: [{ by: 'label', text: 'Name' }] }, done: [{ kind: 'clicked' }, { kind: 'appears', target: [{ by: 'text', text: 'Webhook saved successfully' }] }] })
      const { host, commands } = fakeHost([open, send], 1)
      runGuide(host, controller.signal)
      await settle()
      expect(commands).toEqual([['advance', 1]])
    })
    it('does not go back from the page a sent form brought, though it shows the way to the form before its content', async () => {
      document.querySelector('form')!.remove()
      const send = step({ ...save, page: { when: [{ by: 'label', text: 'Name' }] }, done: [{ kind: 'gone' }] })
      const { host, commands } = fakeHost([open, name, send], 2, false, undefined, { sent: 2 })
      runGuide(host, controller.signal)
      await settle(200)
      expect(commands).toEqual([])
    })
    it('nor, once the setup moves on there, from what the next step lives in before it renders (the opener shown first)', async () => {
      // the page a key's form brought: its menus (the way to the keys) at once, the new key late
      document.querySelector('form')!.remove()
      const send = step({ ...save, page: { when: [{ by: 'label', text: 'Name' }] }, done: [{ kind: 'gone' }] })
      const shown = step({ id: 'shown', page: { when: [{ by: 'label', text: 'Name' }] }, target: [{ by: 'label', text: 'Name' }], action: { kind: 'check', checked: true }, done: [{ kind: 'value' }] })
      const { host, commands } = fakeHost([open, name, send, shown], 2, false, undefined, { sent: 2 })
      runGuide(host, controller.signal)
      await settle()
      await host.command('advance', 2)
      await settle(200)
      expect(commands).toEqual([['advance', 2]])
    })
    it('leaves a page that shows the step’s situation alone', async () => {
      ;(document.getElementById('name') as HTMLInputElement).value = 'Centercode'
      document.querySelector('form')!.insertAdjacentHTML('beforeend', '<button type="button">Save</button>')
      const { host, commands } = fakeHost([open, name, save], 2)
      runGuide(host, controller.signal)
      await settle()
      expect(commands).toEqual([])
    })
  })

  it('tells when the person sends the form of the step’s button, unless the page took the submit over', async () => {
    document.querySelector('form')!.insertAdjacentHTML('beforeend', '<button>Save</button>')
    const send = step({ id: 'save', page: { when: [{ by: 'label', text: 'Name' }] }, target: [{ by: 'role', role: 'button', name: 'Save' }], action: { kind: 'click' }, done: [{ kind: 'gone' }] })
    const { host, commands } = fakeHost([send])
    runGuide(host, controller.signal)
    await settle()
    const form = document.querySelector('form')!
    // a single-page form: its framework sends it, and its button gone says so
    form.addEventListener('submit', (event) => event.preventDefault(), { once: true })
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await settle()
    expect(commands).toEqual([])
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }))
    await settle()
    // told, and the step stays until the page shows the form taken
    expect(commands).toEqual([['sent 0', 0]])
  })

  it('moves on at once when the step is already complete on arrival (a click that navigated here)', async () => {
    const { host, commands } = fakeHost([
      step({ id: 'preferences', target: [{ by: 'css', selector: '#nowhere' }], action: { kind: 'click' }, done: [{ kind: 'url', path: '^/' }] }),
    ])
    runGuide(host, controller.signal)
    await settle()
    expect(commands).toEqual([['advance', 0]])
  })

  it('shows only a pill while paused, and does nothing to the page', async () => {
    const { host, filled } = fakeHost([step({ id: 'name', target: [{ by: 'label', text: 'Name' }], action: { kind: 'fill', value: { literal: 'x' } }, done: [{ kind: 'value' }] })], 0, true)
    runGuide(host, controller.signal)
    await settle()
    expect(card()?.querySelector('[data-action="resume"]')).not.toBeNull()
    expect(filled).toEqual([])
    expect((document.getElementById('name') as HTMLInputElement).value).toBe('')
  })

  it('while the current step is on the other site, says so and offers to go there', async () => {
    const { host, commands } = fakeHost([step({ id: 'elsewhere', site: 'centercode', action: { kind: 'click' }, done: [{ kind: 'clicked' }] })])
    runGuide(host, controller.signal)
    await settle()
    expect(cardText()).toBe('cardContinueOn(site_centercode)')
    expect(card()?.querySelector('[data-action="back"], [data-action="done"]')).toBeNull()
    card()!.querySelector<HTMLButtonElement>('[data-action="choose"]')!.click()
    await settle()
    expect(host.openStepSite).toHaveBeenCalledOnce()
    expect(commands).toEqual([])
  })

  it('asks which TestFairy while the setup knows none: "Open TestFairy", or the address the person types, said wrong in words', async () => {
    const { host, commands } = fakeHost([step({ id: 'tf', site: 'testfairy', action: { kind: 'click' }, done: [{ kind: 'clicked' }] })])
    host.site = 'centercode'
    runGuide(host, controller.signal)
    await settle()
    expect(cardText()).toBe('cardWhichTestFairy(site_testfairy)')
    const choices = () => [...card()!.querySelectorAll<HTMLButtonElement>('[data-action="choose"]')]
    expect(choices().map((b) => b.textContent)).toEqual(['cardOpenSite(site_testfairy)', 'cardOwnTestFairy'])
    choices()[1]!.click()
    await settle()
    const input = card()!.querySelector<HTMLInputElement>('input')!
    const submit = () => card()!.querySelector<HTMLButtonElement>('[data-action="submit-address"]')!.click()
    input.value = 'globex.example'
    input.dispatchEvent(new Event('input', { bubbles: true }))
    submit()
    await settle()
    expect(card()!.querySelector('[role="alert"]')?.textContent).toBe('not a TestFairy')
    const again = card()!.querySelector<HTMLInputElement>('input')!
    again.value = 'globex'
    again.dispatchEvent(new Event('input', { bubbles: true }))
    submit()
    await settle()
    expect(host.openTestFairy).toHaveBeenLastCalledWith('globex')
    expect(host.openStepSite).not.toHaveBeenCalled()
    expect(commands).toEqual([])
  })

  it('offers only "Open TestFairy" once the setup knows its TestFairy', async () => {
    const { host } = fakeHost([step({ id: 'tf', site: 'testfairy', action: { kind: 'click' }, done: [{ kind: 'clicked' }] })])
    host.site = 'centercode'
    const read = host.read
    host.read = async () => ({ ...(await read())!, testfairy: 'https://globex.testfairy.com' })
    runGuide(host, controller.signal)
    await settle()
    expect(cardText()).toBe('cardContinueOn(site_testfairy)')
    expect([...card()!.querySelectorAll('[data-action="choose"]')].map((b) => b.textContent)).toEqual(['cardOpenSite(site_testfairy)'])
  })

  it.each([
    ['on this site', 'testfairy'],
    ['on the other site', 'centercode'],
  ] as const)('says why the guide went back to a step (its notice) on that step’s card %s, and not on the next', async (_where, site) => {
    const { host, current } = fakeHost([step({ id: 'back-here', site, action: { kind: 'click' }, done: [{ kind: 'clicked' }] }), step({ id: 'next', action: { kind: 'click' }, done: [{ kind: 'clicked' }] })])
    host.read = async () => ({ ...current(), notice: { message: 'cardRecapture', step: 0 } })
    runGuide(host, controller.signal)
    await settle()
    const notes = () => [...(card()?.querySelectorAll('.sub') ?? [])].map((el) => el.textContent)
    expect(notes()).toContain('cardRecapture')
    host.read = async () => ({ ...current(), stepIndex: 1, notice: { message: 'cardRecapture', step: 0 } })
    controller.abort()
    controller = new AbortController()
    runGuide(host, controller.signal)
    await settle()
    expect(cardText()).toBe('say next')
    expect(notes()).not.toContain('cardRecapture')
  })

  it('shows nothing once the flow is done', async () => {
    const { host } = fakeHost([step({ id: 'only', action: { kind: 'click' }, done: [{ kind: 'clicked' }] })], 1)
    runGuide(host, controller.signal)
    await settle()
    expect(document.querySelector('tfcc-guide')).toBeNull()
  })

  it.each([
    [false, 'refused', 'cardTryAgain', []],
  ])('sends the test feedback and says what came back (ok: %s)', async (ok, message, button, expected) => {
    sent = { ok, message }
    const { host, commands } = fakeHost([step({ id: 'verify', action: { kind: 'send', slot: 'endpoint' }, done: [{ kind: 'value' }] })])
    runGuide(host, controller.signal)
    await settle()
    expect(host.send).toHaveBeenCalledWith(0, false)
    expect(card()?.querySelector('.sub')?.textContent).toBe(message)
    const choice = card()!.querySelector<HTMLButtonElement>('[data-action="choose"]')!
    expect(choice.textContent).toBe(button)
    choice.click()
    await settle()
    expect(commands).toEqual(expected)
    if (!ok) expect(host.send).toHaveBeenLastCalledWith(0, true)
    sent = { ok: true, message: 'accepted' }
  })

  it('sends the test feedback, and once it arrived goes on by itself; at the end, says it is all set and what came back', async () => {
    sent = { ok: true, message: 'accepted' }
    const { host, commands } = fakeHost([step({ id: 'verify', action: { kind: 'send', slot: 'endpoint' }, done: [{ kind: 'value' }] })])
    runGuide(host, controller.signal)
    await settle()
    expect(commands).toEqual([['advance', 0]])
    expect(cardText()).toBe('cardAllSet')
    const choice = card()!.querySelector<HTMLButtonElement>('[data-action="choose"]')!
    expect(choice.textContent).toBe('cardGotIt')
    choice.click()
    await settle()
    expect(card()).toBeFalsy()
  })

  it.each([
    [0, [['advance', 0]], 1],
    [1, [], 2],
  ])('when the answer was lost, lets the person go on (it may have arrived) or send again: choice %i', async (pick, expected, sends) => {
    sent = { ok: false, message: 'interrupted', unsure: true }
    const { host, commands } = fakeHost([step({ id: 'verify', action: { kind: 'send', slot: 'endpoint' }, done: [{ kind: 'value' }] })])
    runGuide(host, controller.signal)
    await settle()
    const choices = [...card()!.querySelectorAll<HTMLButtonElement>('[data-action="choose"]')]
    expect(choices.map((c) => c.textContent)).toEqual(['cardGotIt', 'cardTryAgain'])
    choices[pick]!.click()
    await settle()
    expect(commands).toEqual(expected)
    expect(host.send).toHaveBeenCalledTimes(sends)
    sent = { ok: true, message: 'accepted' }
  })

  it.each([
    ['a field the page made read-only', '<input id="purpose" readonly>', 'cardFillRefused'],
    ['a list without the option', '<select id="purpose"><option>weekly</option></select>', 'cardNoOption'],
  ])('says when %s did not take the value, and stays on it (nothing counted done)', async (_what, html, note) => {
    document.body.insertAdjacentHTML('beforeend', html)
    const action = html.startsWith('<select') ? ({ kind: 'select', option: 'daily' } as const) : ({ kind: 'fill', value: { literal: 'x' } } as const)
    const { host, commands } = fakeHost([step({ id: 'purpose', target: [{ by: 'css', selector: '#purpose' }], action, done: [{ kind: 'value' }] })])
    runGuide(host, controller.signal)
    await settle()
    expect(card()?.querySelector('.sub')?.textContent).toBe(note)
    expect(commands).toEqual([])
  })

  it('says what to look for when the target does not come, and records the miss with the finders tried', async () => {
    const { host } = fakeHost([
      step({ id: 'missing', target: [{ by: 'label', text: 'Purpose' }, { by: 'css', selector: 'input' }], action: { kind: 'fill', value: { literal: 'x' } }, lookFor: 'the Purpose field', done: [{ kind: 'value' }] }),
    ])
    runGuide(host, controller.signal, { notFoundAfterMs: 50 })
    await settle()
    expect(card()?.querySelector('.sub')?.textContent).toBe('cardNotFound(the Purpose field)')
    expect(card()?.querySelector('[data-action="point-to-it"]')).not.toBeNull()
    expect(host.recordMiss).toHaveBeenCalledWith(0, [
      { finder: { by: 'label', text: 'Purpose' }, count: 0 },
      { finder: { by: 'css', selector: 'input' }, count: 2 },
    ])
  })

  it.each([
    ['absent from its page: it goes on to the next step at once', '#missing', null, [['go to 1', 0]], true, 1],
    ['absent, but another tab holds the step: it asks to go on, is told no, and looks on without skipping', '#missing', null, [['go to 1', 0]], false, 0],
    ['present: the step, once its target shows', '#menu', 'say existing', [], true, 0],
  ])('a step only some pages have, %s', async (_, selector, shown, commanded, holds, endsAt) => {
    mayPass = holds
    const { host, commands, current } = fakeHost([
      step({ id: 'existing', ifPresent: true, shows: [{ by: 'css', selector: '#menu' }], target: [{ by: 'css', selector }], action: { kind: 'choose', choices: [{ message: 'use it' }, { message: 'make a new one' }] }, done: [{ kind: 'value' }] }),
      step({ id: 'next', action: { kind: 'click' }, done: [{ kind: 'clicked' }] }),
    ])
    const texts = new Set<string | null>()
    const seen = setInterval(() => texts.add(cardText()), 2)
    runGuide(host, controller.signal, { notFoundAfterMs: 50 })
    await settle()
    await settle()
    clearInterval(seen)
    expect(texts.has('say existing')).toBe(shown !== null)
    // passed at once, before anything is said of it; kept (another tab holds it): it says it looks
    if (shown === null) expect(texts.has('cardLooking')).toBe(!holds)
    expect(commands).toEqual(commanded)
    expect(current().stepIndex).toBe(endsAt)
    if (!holds) expect(cardText()).toBe('cardLooking')
  })

  it('takes no action from a page script: its clicks on the card do nothing', async () => {
    people.trustSynthetic = false
    const { host, commands } = fakeHost([
      step({ id: 'existing', optional: true, action: { kind: 'choose', choices: [{ message: 'use it' }, { message: 'make a new one' }] }, done: [{ kind: 'value' }] }),
      step({ id: 'next', action: { kind: 'click' }, done: [{ kind: 'clicked' }] }),
    ], 0)
    runGuide(host, controller.signal)
    await settle()
    const buttons = [...(card()?.querySelectorAll<HTMLButtonElement>('button') ?? [])]
    expect(buttons.map((b) => b.dataset.action)).toEqual(['auto', 'close', 'skip', 'pause', 'choose', 'choose'])
    for (const button of buttons) button.click()
    for (const button of buttons) button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }))
    await settle()
    expect(commands).toEqual([])
  })

  it('on a page of another origin than the setup\'s, shows nothing; on one the person may make the setup\'s, asks first', async () => {
    place = 'elsewhere'
    const other = fakeHost([step({ id: 'open-menu', target: [{ by: 'css', selector: '#menu' }], action: { kind: 'click' }, done: [{ kind: 'clicked' }] })])
    runGuide(other.host, controller.signal)
    await settle()
    expect(card()).toBeUndefined()
    controller.abort()
    controller = new AbortController()
    place = 'confirm'
    const { host, commands } = fakeHost([step({ id: 'open-menu', target: [{ by: 'css', selector: '#menu' }], action: { kind: 'click' }, done: [{ kind: 'clicked' }] })])
    runGuide(host, controller.signal)
    await settle()
    expect(cardText()).toBe(`cardConfirmSite(${location.host},site_testfairy)`)
    expect(card()?.querySelector('.spotlight:not([hidden])')).toBeNull()
    card()?.querySelector<HTMLButtonElement>('[data-action="confirm-site"]')?.click()
    await settle()
    expect(host.confirmSite).toHaveBeenCalledWith(0)
    expect(commands).toEqual([])
  })

  it('lets the person decide on the card, and passes the choice on', async () => {
    const { host, commands } = fakeHost([
      step({ id: 'existing', action: { kind: 'choose', choices: [{ message: 'use it', goto: 'later' }, { message: 'make a new one' }] }, done: [{ kind: 'value' }] }),
      step({ id: 'later', action: { kind: 'click' }, done: [{ kind: 'clicked' }] }),
    ])
    runGuide(host, controller.signal)
    await settle()
    const buttons = [...(card()?.querySelectorAll<HTMLButtonElement>('[data-action="choose"]') ?? [])]
    expect(buttons.map((b) => b.textContent)).toEqual(['use it', 'make a new one'])
    expect(card()?.querySelector('[data-action="done"]')).toBeNull()
    buttons[1]!.click()
    await settle()
    expect(commands).toEqual([['choose 1', 0]])
  })

  it('puts a value together and moves on, asking the person nothing', async () => {
    const { host, commands } = fakeHost([step({ id: 'compose', action: { kind: 'compose', slot: 'endpoint' }, done: [{ kind: 'value' }] })])
    runGuide(host, controller.signal)
    await settle()
    expect(host.composeValue).toHaveBeenCalledWith(0)
    expect(commands).toEqual([['advance', 0]])
  })

  it('says why it could not put a value together, and offers nothing to confirm', async () => {
    const { host, commands } = fakeHost([step({ id: 'compose', action: { kind: 'compose', slot: 'endpoint' }, done: [{ kind: 'value' }] })], 0, false, { ok: false, message: 'no key captured' })
    runGuide(host, controller.signal)
    await settle()
    expect(card()?.querySelector('.sub')?.textContent).toBe('no key captured')
    expect(card()?.querySelector('[data-action="choose"], [data-action="done"], [data-preview]')).toBeNull()
    expect(commands).toEqual([])
  })

  describe('a value read and matched against the one held', () => {
    const matching = (different?: { message: string; goto?: string }[]) =>
      step({ id: 'saved', target: [{ by: 'css', selector: '#url' }], action: { kind: 'match', slot: 'endpoint', ...(different ? { different } : {}) }, done: [{ kind: 'value' }] })

    it('asks, and leaves moving on to the extension when it is the same', async () => {
      document.body.insertAdjacentHTML('beforeend', `<span id="url">${held}</span>`)
      const { host, commands } = fakeHost([matching()])
      runGuide(host, controller.signal)
      await settle()
      expect(host.match).toHaveBeenCalledWith(0, held)
      expect(commands).toEqual([])
    })

    it('offers the choices when it is another value', async () => {
      document.body.insertAdjacentHTML('beforeend', '<span id="url">https://other.example/hook</span>')
      const { host, commands } = fakeHost([matching([{ message: 'edit it' }, { message: 'add another' }])])
      runGuide(host, controller.signal)
      await settle()
      const buttons = [...(card()?.querySelectorAll<HTMLButtonElement>('[data-action="choose"]') ?? [])]
      expect(buttons.map((b) => b.textContent)).toEqual(['edit it', 'add another'])
      buttons[0]!.click()
      await settle()
      expect(commands).toEqual([['choose 0', 0]])
    })

    it('without choices, looks again when the page changes, until it matches', async () => {
      document.body.insertAdjacentHTML('beforeend', '<span id="url">https://old.example/hook</span>')
      const { host } = fakeHost([matching()])
      runGuide(host, controller.signal)
      await settle()
      expect(host.match).toHaveBeenCalledTimes(1)
      document.getElementById('url')!.textContent = held
      await settle()
      expect(host.match).toHaveBeenLastCalledWith(0, held)
      expect(host.match).toHaveBeenCalledTimes(2)
    })
  })

  it('moves on from a card with nothing to do when the person says "Got it"', async () => {
    const { host, commands } = fakeHost([step({ id: 'done', action: { kind: 'acknowledge' }, done: [{ kind: 'value' }] })])
    runGuide(host, controller.signal)
    await settle()
    const button = card()!.querySelector<HTMLButtonElement>('[data-action="choose"]')!
    expect(button.textContent).toBe('cardGotIt')
    button.click()
    await settle()
    expect(commands).toEqual([['advance', 0]])
  })

  it('repeats what the page says went wrong, for as long as it says it', async () => {
    const { host } = fakeHost([step({ id: 'save', target: [{ by: 'css', selector: '#menu' }], action: { kind: 'click' }, problems: [{ by: 'css', selector: '.errorlist li' }], done: [{ kind: 'clicked' }] })])
    runGuide(host, controller.signal)
    await settle()
    expect(card()?.querySelector('[data-problem]')).toBeNull()
    document.body.insertAdjacentHTML('beforeend', '<ul class="errorlist"><li>Enter a   valid URL.</li></ul>')
    await settle()
    expect(card()?.querySelector('[data-problem]')?.textContent).toBe('cardPageSays(Enter a valid URL.)')
    document.querySelector('.errorlist')!.remove()
    await settle()
    expect(card()?.querySelector('[data-problem]')).toBeNull()
  })

  it('says plainly, as soon as the page shows it, when the page is a variant that cannot do the step, and offers no way on', async () => {
    document.body.insertAdjacentHTML('beforeend', '<label><input type="checkbox"> New device</label>')
    const { host, commands } = fakeHost([
      step({
        id: 'feedback', target: [{ by: 'label', text: 'On each feedback' }], action: { kind: 'check', checked: true }, done: [{ kind: 'value' }],
        unavailable: [{ when: [{ by: 'label', text: 'New device' }], message: 'no feedback event' }],
      }),
    ])
    runGuide(host, controller.signal)
    await settle()
    expect(cardText()).toBe('no feedback event')
    expect(card()?.querySelector('[data-action="point-to-it"], [data-action="done"], [data-action="choose"]')).toBeNull()
    expect(host.recordMiss).not.toHaveBeenCalled()
    expect(host.cannot).not.toHaveBeenCalled()
    expect(commands).toEqual([])
  })

  it('says so where the page is the place of what the step leads to, without it, even while a way there is found (a menu)', async () => {
    const { host, commands } = fakeHost([
      step({
        id: 'keys', target: [{ by: 'css', selector: '#apikeys' }, { by: 'css', selector: '#menu' }], action: { kind: 'click' }, done: [{ kind: 'url', path: '^/keys/' }],
        unavailable: [{ when: [{ by: 'text', text: 'Advanced Configuration', selector: 'h2' }], without: [{ by: 'css', selector: '#apikeys' }], message: 'no api keys here' }],
      }),
    ])
    runGuide(host, controller.signal)
    await settle()
    expect(cardText()).toBe('say keys')
    // the page's content comes after its menus
    document.body.insertAdjacentHTML('beforeend', '<h2>Advanced Configuration</h2><a href="#sso">Single Sign-On</a>')
    await settle()
    expect(cardText()).toBe('no api keys here')
    expect(card()?.querySelector('[data-action="point-to-it"], [data-action="choose"]')).toBeNull()
    expect(host.cannot).not.toHaveBeenCalled()
    expect(commands).toEqual([])
  })

  it('once it said so, a way there that shows later (a menu opened under the resting pointer) does not cover it', async () => {
    const { host } = fakeHost([
      step({
        id: 'keys', target: [{ by: 'css', selector: '#apikeys' }, { by: 'css', selector: '#configuration' }, { by: 'css', selector: '#menu' }], action: { kind: 'click' }, done: [{ kind: 'url', path: '^/keys/' }],
        unavailable: [{ when: [{ by: 'text', text: 'Advanced Configuration', selector: 'h2' }], without: [{ by: 'css', selector: '#apikeys' }], message: 'no api keys here' }],
      }),
    ])
    runGuide(host, controller.signal)
    await settle()
    document.body.insertAdjacentHTML('beforeend', '<h2>Advanced Configuration</h2>')
    await settle()
    expect(cardText()).toBe('no api keys here')
    document.body.insertAdjacentHTML('beforeend', '<a id="configuration" href="#c">Configuration</a>')
    await settle()
    expect(cardText()).toBe('no api keys here')
    expect(card()?.querySelector('[data-action="point-to-it"], [data-action="choose"]')).toBeNull()
  })

  it('once told the dashboard cannot do the setup, says so on every page of it and does nothing more there', async () => {
    document.body.insertAdjacentHTML('beforeend', '<form><label>URL: <input name="url"></label></form>')
    const { host, commands, filled } = fakeHost([
      step({ id: 'prefs', target: [{ by: 'css', selector: '#nothing' }], action: { kind: 'click' }, done: [{ kind: 'url', path: '^/settings/' }] }),
      step({ id: 'url', page: { when: [{ by: 'label', text: 'URL:' }] }, target: [{ by: 'label', text: 'URL:' }], action: { kind: 'fill', value: { literal: 'x' } }, done: [{ kind: 'value' }] }),
    ])
    const read = host.read
    host.read = async () => ({ ...(await read())!, cannot: { message: 'no webhooks for feedback here', step: 0 } })
    runGuide(host, controller.signal)
    await settle()
    expect(cardText()).toBe('no webhooks for feedback here')
    expect(card()?.querySelector('[data-action="back"], [data-action="skip"], [data-action="done"], [data-action="choose"]')).toBeNull()
    expect(commands).toEqual([])
    expect(filled).toEqual([])
  })

  it('tells the extension when the variant cannot do the setup at all (its forget), only then', async () => {
    document.getElementById('menu')!.remove()
    const { host, commands } = fakeHost([
      step({
        id: 'prefs', target: [{ by: 'role', role: 'button', name: { pattern: '@' } }], action: { kind: 'click' }, done: [{ kind: 'url', path: '^/settings/' }],
        unavailable: [{ when: [{ by: 'role', role: 'button', name: 'Profile' }], message: 'no webhooks for feedback here', forget: ['endpoint'] }],
      }),
    ])
    runGuide(host, controller.signal)
    await settle()
    expect(host.cannot).not.toHaveBeenCalled()
    document.body.insertAdjacentHTML('beforeend', '<button type="button">Profile</button>')
    await settle()
    expect(cardText()).toBe('no webhooks for feedback here')
    expect(host.cannot).toHaveBeenCalledWith(0, 0)
    expect(commands).toEqual([])
  })

  it('offers to go straight to a step’s shortcut', async () => {
    const { host } = fakeHost([step({ id: 'prefs', target: [{ by: 'css', selector: '#menu' }], action: { kind: 'click' }, shortcut: '/settings/', done: [{ kind: 'url', path: '^/settings/' }] })])
    runGuide(host, controller.signal)
    await settle()
    const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined)
    card()!.querySelector<HTMLButtonElement>('[data-action="shortcut"]')!.click()
    expect(assign).toHaveBeenCalledWith(new URL('/settings/', window.location.origin).href)
    assign.mockRestore()
  })

  it('takes everything away when its signal aborts', async () => {
    const { host, commands } = fakeHost([step({ id: 'open-menu', target: [{ by: 'css', selector: '#menu' }], action: { kind: 'click' }, done: [{ kind: 'clicked' }] })])
    runGuide(host, controller.signal)
    await settle()
    expect(document.querySelector('tfcc-guide')).not.toBeNull()
    controller.abort()
    document.getElementById('menu')!.click()
    await settle()
    expect(document.querySelector('tfcc-guide')).toBeNull()
    expect(commands).toEqual([])
  })

  describe('"Do it for me"', () => {
    const auto = { auto: true, community: 'https://acme.centercode.com' }
    const menu = () => document.getElementById('menu')!
    const clicks = (el: Element) => {
      const seen: boolean[] = []
      el.addEventListener('click', () => seen.push(true))
      return seen
    }
    const openMenu = step({ id: 'open-menu', target: [{ by: 'css', selector: '#menu' }], action: { kind: 'click' }, done: [{ kind: 'clicked' }] })
    const next = step({ id: 'next', action: { kind: 'click' }, done: [{ kind: 'clicked' }] })

    it('uses the target itself after a moment spotlit, and moves on', async () => {
      const clicked = clicks(menu())
      const { host, commands } = fakeHost([openMenu, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(300)
      // spotlit, not yet used: the person sees it first
      expect(clicked).toEqual([])
      expect(card()?.querySelector('.card')?.getAttribute('data-auto')).toBe('doing')
      await settle(600)
      expect(clicked).toEqual([true])
      expect(commands).toEqual([['advance', 0]])
    })

    it('asks before a step that creates something, naming it, and does it only on yes', async () => {
      const clicked = clicks(menu())
      const create = step({ ...openMenu, confirm: { message: 'autoConfirmKey', args: ['TestFairy'], yes: 'autoYesCreate' } })
      const { host, commands } = fakeHost([create, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(1000)
      expect(cardText()).toBe(`autoConfirmKey(${window.location.host},acme.centercode.com,TestFairy)`)
      const buttons = [...card()!.querySelectorAll<HTMLButtonElement>('[data-action="choose"]')].map((b) => b.textContent)
      expect(buttons).toEqual(['autoYesCreate', 'autoMyself'])
      await settle(5000)
      expect(clicked).toEqual([])
      card()!.querySelector<HTMLButtonElement>('[data-choice="0"]')!.click()
      await settle(1000)
      expect(clicked).toEqual([true])
      expect(commands).toEqual([['advance', 0]])
    })

    it('hands the step over when the person would rather do it themselves', async () => {
      const create = step({ ...openMenu, confirm: { message: 'autoConfirmKey', yes: 'autoYesCreate' } })
      const { host, commands } = fakeHost([create, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(1000)
      card()!.querySelector<HTMLButtonElement>('[data-choice="1"]')!.click()
      await settle(1000)
      expect(commands).toEqual([['manual autoDeclined', 0]])
      // the guided card, saying why, with "Do the rest for me"
      expect(card()?.querySelector('[data-action="auto"]')).not.toBeNull()
      expect([...card()!.querySelectorAll('.sub')].map((p) => p.textContent)).toContain('autoDeclined')
    })

    it.each([
      ['Delete webhook'], ['Remove'], ['Revoke key'], ['Disable integration'], ['Cancel'], ['Löschen'],
    ])('never uses a target whose words say so ("%s"), whatever finder matched it: it hands the step over', async (words) => {
      menu().textContent = words
      const clicked = clicks(menu())
      const { host, commands } = fakeHost([openMenu, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(1000)
      expect(clicked).toEqual([])
      expect(commands).toEqual([['manual autoStoppedRefused', 0]])
    })

    it('looks at the target again after the pause: one the page turned into "Delete" meanwhile is not used', async () => {
      const clicked = clicks(menu())
      const { host, commands } = fakeHost([openMenu, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(300)
      menu().textContent = 'Delete all'
      await settle(700)
      expect(clicked).toEqual([])
      expect(commands).toEqual([['manual autoStoppedRefused', 0]])
    })

    it('stops at once when the person uses the page, and never fights them for it', async () => {
      const clicked = clicks(menu())
      const { host, commands } = fakeHost([openMenu, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(300)
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
      await settle(3000)
      expect(clicked).toEqual([])
      expect(commands).toEqual([['manual autoTakenOver', 0]])
    })

    it('Escape pauses it at once, wherever the keyboard is (it put it on its target)', async () => {
      const clicked = clicks(menu())
      const { host, commands } = fakeHost([openMenu, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(300)
      expect(document.activeElement).toBe(menu())
      menu().dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }))
      await settle(3000)
      expect(clicked).toEqual([])
      expect(commands).toEqual([['pause', 0]])
      expect(card()?.querySelector('.pill')).not.toBeNull()
    })

    it.each([
      ['a form error on the page', '<ul class="errorlist"><li>Enter a valid URL.</li></ul>', 'autoStoppedProblem'],
      ['a dialog it does not know, in front', '<div role="dialog" aria-modal="true"><p>Your session expired</p></div>', 'autoStoppedDialog'],
    ])('%s: it hands the step over, using nothing', async (_what, markup, why) => {
      const clicked = clicks(menu())
      const withProblems = step({ ...openMenu, problems: [{ by: 'css', selector: '.errorlist li' }] })
      const { host, commands } = fakeHost([withProblems, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(300)
      document.body.insertAdjacentHTML('beforeend', markup)
      await settle(3000)
      expect(clicked).toEqual([])
      expect(commands).toEqual([[`manual ${why}`, 0]])
    })

    it('a target it cannot find: no "Point to it" while it looks, then it hands the step over, saying why', async () => {
      const missing = step({ ...openMenu, target: [{ by: 'css', selector: '#nowhere' }] })
      const { host, commands } = fakeHost([missing, next], 0, false, undefined, auto)
      runGuide(host, controller.signal, { notFoundAfterMs: 50 })
      await settle(9000)
      expect(card()?.querySelector('[data-action="point-to-it"]')).toBeNull()
      expect(commands).toEqual([])
      await settle(1500)
      expect(commands).toEqual([['manual autoStoppedNotFound', 0]])
      await settle(200)
      expect(card()?.querySelector('[data-action="point-to-it"]')).not.toBeNull()
    })

    it('passes over a step a later one proves (autoSkip), which the guided way still shows', async () => {
      const proof = step({ id: 'proof', action: { kind: 'send', slot: 'endpoint' }, optional: true, autoSkip: true, done: [{ kind: 'value' }] })
      const { host, commands } = fakeHost([proof, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle()
      expect(commands).toEqual([['skip', 0]])
      expect(host.send).not.toHaveBeenCalled()
    })

    it('opens the other site itself, from the page that did the last step here, once (not at each step there)', async () => {
      const got = step({ id: 'got-it', action: { kind: 'acknowledge' }, done: [{ kind: 'value' }] })
      const there = step({ id: 'there', site: 'centercode', action: { kind: 'click' }, done: [{ kind: 'clicked' }] })
      const { host, commands } = fakeHost([got, there, { ...there, id: 'there-next' }], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(1000)
      expect(commands).toEqual([['advance', 0]])
      expect(host.openStepSite).toHaveBeenCalledTimes(1)
      // the other site's tab moves the setup on: this page does not bring it up again (the person may have closed it)
      await host.command('advance', 1)
      await settle(200)
      expect(host.openStepSite).toHaveBeenCalledTimes(1)
    })

    it('asks a choice among several options on the confirmation of its form, and does not ask again at its button', async () => {
      document.querySelector('form')!.insertAdjacentHTML('beforeend', `<label>Team <select id="team"><option value="">Select…</option><option>Product Team</option><option>Support Team</option></select></label>
        <button type="button" id="submit">Submit</button>`)
      const form: Step['page'] = { when: [{ by: 'label', text: 'Name' }] }
      const team = step({ id: 'team', page: form, target: [{ by: 'css', selector: '#team' }], action: { kind: 'select', option: { onlyChoice: true } }, done: [{ kind: 'value' }] })
      const submit = step({ id: 'submit', page: form, target: [{ by: 'css', selector: '#submit' }], action: { kind: 'click' }, confirm: { message: 'autoConfirmSource', args: ['TestFairy', 'testfairy'], yes: 'autoYesCreate' }, done: [{ kind: 'clicked' }] })
      const clicked = clicks(document.getElementById('submit')!)
      const { host, commands } = fakeHost([team, submit, next], 0, false, undefined, auto)
      runGuide(host, controller.signal)
      await settle(1000)
      expect(cardText()).toBe(`autoConfirmSource(${window.location.host},acme.centercode.com,TestFairy,testfairy)`)
      const buttons = [...card()!.querySelectorAll<HTMLButtonElement>('[data-action="choose"]')].map((b) => b.textContent)
      expect(buttons).toEqual(['Product Team', 'Support Team', 'autoMyself'])
      card()!.querySelector<HTMLButtonElement>('[data-choice="1"]')!.click()
      await settle(2000)
      expect((document.getElementById('team') as HTMLSelectElement).value).toBe('Support Team')
      expect(clicked).toEqual([true])
      expect(commands).toEqual([['advance', 0], ['advance', 1]])
    })
  })
})
