import { fakeBrowser } from '@webext-core/fake-browser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Flow } from '../engine/step'
import { progressKey, startProgress, type Progress } from '../setup/progress'
import { answerMessage } from './answer-message'
import { readSlot, writeSlot } from './setup-store'

const ownId = 'our-extension-id'
const tf = 'https://app.testfairy.com/settings/integrations/'
const cc = 'https://acme.centercode.com/project/admin/externalsource.html?cap=1'
const from = (url: string, id = ownId) => ({ id, url, tab: { url } as never })

const flow: Flow = {
  id: 'test-setup',
  steps: [
    { id: 'read-endpoint', site: 'centercode', page: {}, target: [{ by: 'css', selector: 'input' }], action: { kind: 'read', slot: 'endpoint' }, message: 'm', done: [{ kind: 'value' }] },
    { id: 'fill-name', site: 'testfairy', page: {}, target: [{ by: 'label', text: 'Name:' }], action: { kind: 'fill', value: { setting: 'webhookName' } }, message: 'm', done: [{ kind: 'value' }] },
    { id: 'fill-url', site: 'testfairy', page: {}, target: [{ by: 'label', text: 'URL:' }], action: { kind: 'fill', value: { slot: 'endpoint' } }, message: 'm', done: [{ kind: 'value' }] },
  ],
}
const at = async (stepIndex: number, paused = false) => {
  const progress: Progress = { ...startProgress(flow), stepIndex, paused }
  await fakeBrowser.storage.local.set({ [progressKey]: progress })
}
const stored = async () => ((await fakeBrowser.storage.local.get(progressKey))[progressKey] as Progress)

describe('answerMessage: who it answers, and a value the browser forgot', () => {
  beforeEach(() => {
    fakeBrowser.reset()
  })

  it.each([
    ['the step\'s own site', 1, tf],
    ['a private-cloud TestFairy', 1, 'https://globex.testfairy.com/settings/'],
  ])('answers the current step from %s', async (_what, index, url) => {
    await fakeBrowser.storage.local.set({ settings: { webhookName: 'Centercode beta' } })
    await writeSlot('endpoint', 'https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=k')
    await at(index)
    await expect(answerMessage({ type: 'fill-value', stepIndex: index }, from(url), ownId)).resolves.toEqual({ type: 'fill-value-reply', value: 'Centercode beta' })
  })

  it('answers nothing once all steps are done', async () => {
    await at(3)
    await expect(answerMessage({ type: 'fill-value', stepIndex: 2 }, from(tf), ownId)).resolves.toBeUndefined()
  })

  it('after the browser forgot the endpoint (a restart empties storage.session): back to read it, saying why', async () => {
    await at(2)
    // the tab's step is gone: the setup went back
    await expect(answerMessage({ type: 'fill-value', stepIndex: 2 }, from(tf), ownId)).resolves.toBeUndefined()
    expect(await stored()).toMatchObject({ stepIndex: 0, notice: { message: 'cardRecapture', step: 0 } })
    // held: nothing changes
    await at(2)
    await fakeBrowser.storage.session.set({ slots: { endpoint: 'https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=k' } })
    await expect(answerMessage({ type: 'fill-value', stepIndex: 2 }, from(tf), ownId)).resolves.toEqual({
      type: 'fill-value-reply',
      value: 'https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=k',
    })
    expect((await stored()).stepIndex).toBe(2)
  })

  it('never goes back for a value erased on purpose in this browser session (a phase done), even mid-way through the step that erases it', async () => {
    await at(2)
    // a value kept marks the session; then the step that ends the phase erases the values
    await writeSlot('endpoint', 'https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=k')
    await fakeBrowser.storage.session.set({ slots: {} })
    await answerMessage({ type: 'fill-value', stepIndex: 2 }, from(tf), ownId)
    expect((await stored()).stepIndex).toBe(2)
  })

  it.each([
    ['a step of the other site', { type: 'fill-value', stepIndex: 1 }, from(cc)],
    ['another extension', { type: 'fill-value', stepIndex: 1 }, from(tf, 'other-id')],
    ['a page off both sites', { type: 'fill-value', stepIndex: 1 }, from('https://example.com/')],
    ['a plain-http page', { type: 'fill-value', stepIndex: 1 }, from('http://app.testfairy.com/')],
    ['a malformed message', { type: 'fill-value', stepIndex: 1, extra: 1 }, from(tf)],
    ['an unknown message', { type: 'steal' }, from(tf)],
  ])('ignores %s', async (_case, message, sender) => {
    await expect(answerMessage(message, sender, ownId)).resolves.toBeUndefined()
  })
})

describe('answerMessage: messages about the current step', () => {
  beforeEach(() => {
    fakeBrowser.reset()
  })
  /** What the browser holds once the Centercode steps read the endpoint (without it, the guide goes back for it). */
  const held = () => fakeBrowser.storage.session.set({ slots: { endpoint: 'https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=k' } })

  it('advances only from the step the tab saw, on that step’s site', async () => {
    await held()
    await at(0)
    await expect(answerMessage({ type: 'step', command: 'advance', from: 0 }, from(tf), ownId)).resolves.toBeUndefined() // step 0 is Centercode's
    await expect(answerMessage({ type: 'step', command: 'advance', from: 0 }, from(cc), ownId)).resolves.toEqual({ type: 'ok' })
    expect((await stored()).stepIndex).toBe(1)
    await expect(answerMessage({ type: 'step', command: 'advance', from: 0 }, from(cc), ownId)).resolves.toBeUndefined() // stale
    expect((await stored()).stepIndex).toBe(1)
  })

  it('remembers the TestFairy dashboard a TestFairy step moved on from (a private cloud too), not a Centercode one', async () => {
    await held()
    await at(0)
    await answerMessage({ type: 'step', command: 'advance', from: 0 }, from(cc), ownId)
    expect((await stored()).testfairy).toBeUndefined()
    await answerMessage({ type: 'step', command: 'advance', from: 1 }, from('https://globex.testfairy.com/settings/webhooks/'), ownId)
    expect((await stored()).testfairy).toBe('https://globex.testfairy.com')
  })

  it('lets either site pause and resume', async () => {
    await held()
    await at(1)
    await answerMessage({ type: 'step', command: 'pause', from: 1 }, from(cc), ownId)
    expect((await stored()).paused).toBe(true)
    await answerMessage({ type: 'step', command: 'resume', from: 1 }, from(tf), ownId)
    expect((await stored()).paused).toBe(false)
  })

  it('keeps a value read on the Centercode page in session storage, and hands it to TestFairy only for the step that fills it', async () => {
    const key = `Skel${'0123456789abcdef'.repeat(2)}`
    const endpoint = `https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=${key}`
    await at(0)
    await expect(answerMessage({ type: 'read-value', stepIndex: 0, value: endpoint }, from(tf), ownId)).resolves.toBeUndefined()
    await expect(answerMessage({ type: 'read-value', stepIndex: 0, value: `  ${endpoint}\n` }, from(cc), ownId)).resolves.toEqual({ type: 'read-value-reply', ok: true })
    await expect(readSlot('endpoint')).resolves.toBe(endpoint)
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(key)

    await at(1)
    await expect(answerMessage({ type: 'fill-value', stepIndex: 1 }, from(tf), ownId)).resolves.toEqual({ type: 'fill-value-reply', value: 'Centercode' })
    await expect(answerMessage({ type: 'fill-value', stepIndex: 2 }, from(tf), ownId)).resolves.toBeUndefined() // not current yet
    await at(2)
    await expect(answerMessage({ type: 'fill-value', stepIndex: 2 }, from(cc), ownId)).resolves.toBeUndefined() // wrong site
    await expect(answerMessage({ type: 'fill-value', stepIndex: 2 }, from(tf, 'other-id'), ownId)).resolves.toBeUndefined()
    await expect(answerMessage({ type: 'fill-value', stepIndex: 2 }, from(tf), ownId)).resolves.toEqual({ type: 'fill-value-reply', value: endpoint })
  })

  it.each([
    ['another community', 'https://other.centercode.com/api/v1/projects/P/feedback/s?apiKey=Skel0123456789abcdef0123456789abcdef', 'endpointWrongHost', ['acme.centercode.com']],
    ['plain http', 'http://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=Skel0123456789abcdef0123456789abcdef', 'endpointNotHttps', undefined],
    ['a placeholder with no key read before', 'https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey={API_KEY}', 'endpointPlaceholderNoKey', undefined],
  ])('refuses an endpoint for %s, says why, and keeps nothing', async (_what, value, messageKey, args) => {
    await at(0)
    await expect(answerMessage({ type: 'read-value', stepIndex: 0, value }, from(cc), ownId)).resolves.toEqual({
      type: 'read-value-reply', ok: false, messageKey, ...(args ? { args } : {}),
    })
    await expect(readSlot('endpoint')).resolves.toBeNull()
  })

  it('fills an endpoint shown with a placeholder with the key read when it was created', async () => {
    const key = `default${'fedcba9876543210'.repeat(2)}`
    const placeholderFlow: Flow = { id: 'p', steps: [
      { id: 'read-key', site: 'centercode', page: {}, action: { kind: 'read', slot: 'apiKey' }, message: 'm', done: [{ kind: 'value' }] },
      { id: 'read-endpoint', site: 'centercode', page: {}, action: { kind: 'read', slot: 'endpoint' }, message: 'm', done: [{ kind: 'value' }] },
    ] }
    await fakeBrowser.storage.local.set({ [progressKey]: startProgress(placeholderFlow) })
    await expect(answerMessage({ type: 'read-value', stepIndex: 0, value: 'not a key' }, from(cc), ownId)).resolves.toMatchObject({ ok: false, messageKey: 'apiKeyNotAKey' })
    await answerMessage({ type: 'read-value', stepIndex: 0, value: key }, from(cc), ownId)
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(placeholderFlow), stepIndex: 1 } })
    await expect(answerMessage({ type: 'read-value', stepIndex: 1, value: 'https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey={API_KEY}' }, from(cc), ownId)).resolves.toMatchObject({ ok: true })
    await expect(readSlot('endpoint')).resolves.toBe(`https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=${key}`)
  })

  describe('an endpoint put together when the page shows none', () => {
    const key = `Skel${'0123456789abcdef'.repeat(2)}`
    const read = (id: string, slot: string, unlessSlot?: string): Flow['steps'][number] => ({
      id, site: 'centercode', page: {}, action: { kind: 'read', slot }, message: 'm', done: [{ kind: 'value' }], ...(unlessSlot ? { unlessSlot } : {}),
    })
    const composeFlow: Flow = { id: 'c', steps: [
      read('read-key', 'apiKey'),
      { ...read('read-endpoint', 'endpoint'), ifPresent: true, optional: true },
      read('read-project', 'projectKey', 'endpoint'),
      read('read-source', 'sourceKey', 'endpoint'),
      { id: 'compose', site: 'centercode', page: {}, action: { kind: 'compose', slot: 'endpoint' }, message: 'm', done: [{ kind: 'value' }], unlessSlot: 'endpoint' },
      { id: 'tf', site: 'testfairy', page: {}, action: { kind: 'click' }, message: 'm', done: [{ kind: 'clicked' }] },
    ] }
    const send = (message: object, url = cc) => answerMessage(message, from(url), ownId)
    const index = async () => (await stored()).stepIndex

    it('reads the parts, shows the result masked, and keeps it only when the person confirms', async () => {
      await fakeBrowser.storage.local.set({ [progressKey]: startProgress(composeFlow) })
      await send({ type: 'read-value', stepIndex: 0, value: key })
      await send({ type: 'step', command: 'advance', from: 0 })
      await send({ type: 'step', command: 'skip', from: 1 }) // no endpoint on the page
      expect(await index()).toBe(2)
      await expect(send({ type: 'read-value', stepIndex: 2, value: 'Acme Beta' })).resolves.toMatchObject({ ok: false, messageKey: 'projectKeyNotAKey' })
      await send({ type: 'read-value', stepIndex: 2, value: ' AcmeBeta ' })
      await send({ type: 'step', command: 'advance', from: 2 })
      await expect(send({ type: 'compose', stepIndex: 3 })).resolves.toBeUndefined() // not the current step: no compose action
      await send({ type: 'read-value', stepIndex: 3, value: 'testfairy' })
      await send({ type: 'step', command: 'advance', from: 3 })
      await expect(send({ type: 'compose', stepIndex: 4 }, tf)).resolves.toBeUndefined() // from the other site
      await expect(send({ type: 'compose', stepIndex: 4 })).resolves.toEqual({
        type: 'compose-reply', ok: true, preview: 'https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=Skel•••••cdef',
      })
      await expect(readSlot('endpoint')).resolves.toBeNull()
      await expect(send({ type: 'keep-composed', stepIndex: 4 })).resolves.toMatchObject({ ok: true })
      await expect(readSlot('endpoint')).resolves.toBe(`https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=${key}`)
      expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(key)
    })

    it('passes over the other way once the page showed the endpoint, both forward and back', async () => {
      await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(composeFlow), stepIndex: 1 } })
      await send({ type: 'read-value', stepIndex: 1, value: `https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=${key}` })
      await send({ type: 'step', command: 'advance', from: 1 })
      expect(await index()).toBe(5)
    })

    it.each([
      ['no key captured', {}, 'composeNoKey'],
      ['no project key read', { apiKey: key, sourceKey: 's' }, 'composeMissingPart'],
      ['no source key read', { apiKey: key, projectKey: 'P' }, 'composeMissingPart'],
    ])('says what is missing when there is %s, and keeps nothing', async (_what, slots, messageKey) => {
      await fakeBrowser.storage.session.set({ slots })
      await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(composeFlow), stepIndex: 4 } })
      await expect(send({ type: 'keep-composed', stepIndex: 4 })).resolves.toEqual({ type: 'compose-reply', ok: false, messageKey })
      await expect(readSlot('endpoint')).resolves.toBeNull()
    })
  })

  describe('a value on a TestFairy page matched against the endpoint held', () => {
    const key = `Skel${'0123456789abcdef'.repeat(2)}`
    const endpoint = `https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=${key}`
    const matchStep = (id: string, action: Partial<Extract<Flow['steps'][number]['action'], { kind: 'match' }>>): Flow['steps'][number] => ({
      id, site: 'testfairy', page: {}, action: { kind: 'match', slot: 'endpoint', ...action }, message: 'm', done: [{ kind: 'value' }],
    })
    const matchFlow: Flow = { id: 'm', steps: [
      matchStep('existing', { same: 'already', forget: ['endpoint', 'apiKey'], different: [{ message: 'edit' }, { message: 'add' }] }),
      { id: 'add', site: 'testfairy', page: {}, action: { kind: 'click' }, message: 'm', done: [{ kind: 'clicked' }] },
      { id: 'already', site: 'testfairy', page: {}, action: { kind: 'acknowledge' }, message: 'm', done: [{ kind: 'value' }] },
    ] }
    beforeEach(async () => {
      await fakeBrowser.storage.session.set({ slots: { endpoint, apiKey: key, note: 'kept' } })
      await fakeBrowser.storage.local.set({ [progressKey]: startProgress(matchFlow) })
    })

    it('says only "the same", moves on and forgets the secrets', async () => {
      await expect(answerMessage({ type: 'match', stepIndex: 0, value: ` ${endpoint}\n` }, from(tf), ownId)).resolves.toEqual({ type: 'match-reply', same: true })
      expect((await stored()).stepIndex).toBe(2)
      expect((await fakeBrowser.storage.session.get('slots')).slots).toEqual({ note: 'kept' })
    })

    it.each([
      ['another URL', endpoint.replace('/s?', '/t?')],
      ['the URL cut short', endpoint.slice(0, -1)],
      ['the key alone', key],
    ])('says "not the same" for %s, and changes nothing', async (_what, value) => {
      await expect(answerMessage({ type: 'match', stepIndex: 0, value }, from(tf), ownId)).resolves.toEqual({ type: 'match-reply', same: false })
      expect((await stored()).stepIndex).toBe(0)
      await expect(readSlot('endpoint')).resolves.toBe(endpoint)
    })

    it('answers nobody but the step’s own site, for the current step', async () => {
      await expect(answerMessage({ type: 'match', stepIndex: 0, value: endpoint }, from(cc), ownId)).resolves.toBeUndefined()
      await expect(answerMessage({ type: 'match', stepIndex: 1, value: endpoint }, from(tf), ownId)).resolves.toBeUndefined()
      await expect(readSlot('endpoint')).resolves.toBe(endpoint)
    })
  })

  it('uses the person’s own setting over the default', async () => {
    await fakeBrowser.storage.local.set({ settings: { webhookName: 'Centercode beta' } })
    await held()
    await at(1)
    await expect(answerMessage({ type: 'fill-value', stepIndex: 1 }, from(tf), ownId)).resolves.toEqual({ type: 'fill-value-reply', value: 'Centercode beta' })
  })

  it('remembers a pointed selector per site and step, and records misses without the query string', async () => {
    await at(0)
    await answerMessage({ type: 'pointed', stepIndex: 0, selector: '#endpoint' }, from(cc), ownId)
    await answerMessage({ type: 'missed', stepIndex: 0, tried: [{ finder: { by: 'css', selector: 'input' }, count: 3 }] }, from(cc), ownId)
    const local = await fakeBrowser.storage.local.get(['pointed', 'misses'])
    expect(local.pointed).toEqual({ 'centercode:read-endpoint': '#endpoint' })
    expect(local.misses).toMatchObject([{ site: 'centercode', stepId: 'read-endpoint', path: '/project/admin/externalsource.html', tried: [{ count: 3 }] }])
  })
})

describe('answerMessage: a community on its own domain', () => {
  const community = 'https://beta.globex.example'
  const granted = new Set<string>()
  beforeEach(async () => {
    fakeBrowser.reset()
    granted.clear()
    // the fake browser has no permissions API: the part the background asks of it
    ;(fakeBrowser as unknown as { permissions: object }).permissions = {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    }
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community } })
  })
  const pointed = (url: string) => answerMessage({ type: 'pointed', stepIndex: 0, selector: '#endpoint' }, from(url), ownId)

  it('answers its pages as Centercode once the person allowed the site', async () => {
    granted.add(`${community}/*`)
    await expect(pointed(`${community}/project/home.html`)).resolves.toEqual({ type: 'ok' })
  })
  it.each([
    ['not allowed (yet, or taken back)', `${community}/`, false],
    ['another origin, allowed or not', 'https://beta.globex.example.evil.example/', true],
    ['the same host over http', 'http://beta.globex.example/', true],
    ['the same host on another port', 'https://beta.globex.example:8443/', true],
  ])('answers nothing from a page %s', async (_what, url, allow) => {
    if (allow) granted.add(`${community}/*`)
    await expect(pointed(url)).resolves.toBeUndefined()
  })
  it('answers nothing once the setup is for another community', async () => {
    granted.add(`${community}/*`)
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community: 'https://acme.centercode.com' } })
    await expect(pointed(`${community}/`)).resolves.toBeUndefined()
  })
})

describe('answerMessage: the test feedback, sent once', () => {
  const sendFlow: Flow = {
    id: 'send-flow',
    steps: [{ id: 'verify', site: 'centercode', page: {}, action: { kind: 'send', slot: 'endpoint' }, message: 'm', done: [{ kind: 'value' }] }],
  }
  const endpoint = `https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=Skel${'0123456789abcdef'.repeat(2)}`
  let posts = 0
  const realFetch = globalThis.fetch
  afterEach(() => {
    globalThis.fetch = realFetch
  })
  beforeEach(async () => {
    fakeBrowser.reset()
    posts = 0
    globalThis.fetch = (async () => (posts++, new Response('{}', { status: 200 }))) as typeof fetch
    await fakeBrowser.storage.local.set({ [progressKey]: startProgress(sendFlow) })
    await fakeBrowser.storage.session.set({ slots: { endpoint } })
  })
  const ask = (again = false) => answerMessage({ type: 'send', stepIndex: 0, again }, from(cc), ownId)

  it('answers a repeated request with the answer it has, without sending again', async () => {
    await expect(ask()).resolves.toMatchObject({ ok: true, messageKey: 'testAccepted' })
    await expect(ask()).resolves.toMatchObject({ ok: true })
    expect(posts).toBe(1)
    await ask(true)
    expect(posts).toBe(2)
  })
  it('sends once when two tabs on the step ask at the same time; both get the answer', async () => {
    const [first, second] = await Promise.all([ask(), ask()])
    expect(first).toMatchObject({ ok: true })
    expect(second).toEqual(first)
    expect(posts).toBe(1)
  })
  it('says the answer was lost, rather than send twice, when a stopped background left one on its way', async () => {
    await fakeBrowser.storage.session.set({ sending: { stepId: 'verify', at: Date.now() } })
    await expect(ask()).resolves.toMatchObject({ ok: false, messageKey: 'testInterrupted' })
    expect(posts).toBe(0)
    // the person sends it again: it goes
    await expect(ask(true)).resolves.toMatchObject({ ok: true })
    expect(posts).toBe(1)
  })
  it('sends again once the one on its way is long gone', async () => {
    await fakeBrowser.storage.session.set({ sending: { stepId: 'verify', at: Date.now() - 120_000 } })
    await expect(ask()).resolves.toMatchObject({ ok: true })
    expect(posts).toBe(1)
  })
})
