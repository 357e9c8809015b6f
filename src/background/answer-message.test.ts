import { fakeBrowser } from '@webext-core/fake-browser'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Flow } from '../engine/step'
import { setupFlow } from '../setup/flows/setup-flow'
import { progressKey, startProgress, type Progress } from '../setup/state/progress'
import { answerMessage } from './answer-message'
import { guardStoredProgress, readSlot, writeProgress } from './setup-store'

const ownId = 'our-extension-id'
const community = 'https://acme.centercode.com'
const tf = 'https://app.testfairy.com/settings/integrations/'
const cc = `${community}/project/admin/externalsource.html?cap=1`
/** A message's sender as the browser describes it: our extension, a tab, the top frame unless said. */
const from = (url: string, { id = ownId, frameId = 0, tabId = 1, active = false } = {}) => ({ id, url, frameId, tab: { id: tabId, url, active } as never })

const flow = setupFlow()
const index = (id: string) => {
  const i = flow.steps.findIndex((s) => s.id === id)
  if (i < 0) throw new Error(`no step ${id}`)
  return i
}
const key = `Skel${'0123456789abcdef'.repeat(2)}`
const endpoint = `${community}/api/v1/projects/P/feedback/s?apiKey=${key}`
/** The setup at a step, as the background keeps it (its trusted copy and the tabs' mirror). */
const at = async (id: string, extra: Partial<Progress> = {}) => writeProgress({ ...startProgress(flow), stepIndex: index(id), community, ...extra })
const stored = async () => (await fakeBrowser.storage.local.get(progressKey))[progressKey] as Progress
/** What the Centercode phases leave: the endpoint and key held (without them, the guide goes back for them). */
const held = () => fakeBrowser.storage.session.set({ slots: { endpoint, apiKey: key }, held: true })
const ask = (message: object, url: string, sender = {}) => answerMessage(message, from(url, sender), ownId)

beforeEach(() => {
  fakeBrowser.reset()
})

describe('answerMessage: only the setup’s own community and TestFairy, in the top frame', () => {
  const pointed = { type: 'pointed', stepIndex: index('cc-modify-type'), selector: '#x' }
  it.each([
    ['the community, top frame', from(cc), { type: 'ok' }],
    ['the community, a frame inside it', from(cc, { frameId: 3 }), undefined],
    ['another host of centercode.com', from('https://support.centercode.com/project/home.html'), undefined],
    ['Centercode’s own site', from('https://www.centercode.com/'), undefined],
    ['a deeper host', from('https://a.acme.centercode.com/'), undefined],
    ['the community over http', from('http://acme.centercode.com/'), undefined],
    ['the community on another port', from('https://acme.centercode.com:8443/'), undefined],
    ['a TestFairy page (a Centercode step)', from(tf), undefined],
    ['another extension', from(cc, { id: 'other-id' }), undefined],
    ['a page off both sites', from('https://example.com/'), undefined],
  ])('%s', async (_what, sender, reply) => {
    await at('cc-modify-type')
    await expect(answerMessage(pointed, sender, ownId)).resolves.toEqual(reply)
  })

  it.each([
    ['a malformed message', { type: 'fill-value', stepIndex: 0, extra: 1 }],
    ['an unknown message', { type: 'steal' }],
  ])('ignores %s', async (_what, message) => {
    await at('cc-key-name')
    await expect(ask(message, cc)).resolves.toBeUndefined()
  })

  it('answers nothing once all steps are done', async () => {
    await writeProgress({ ...startProgress(flow), stepIndex: flow.steps.length, community })
    await expect(ask({ type: 'fill-value', stepIndex: flow.steps.length - 1 }, tf)).resolves.toBeUndefined()
  })

  it('advances only from the step the tab saw, on that step’s site', async () => {
    await at('cc-open-api-keys')
    await expect(ask({ type: 'step', command: 'advance', from: 0 }, tf)).resolves.toBeUndefined()
    await expect(ask({ type: 'step', command: 'advance', from: 0 }, cc)).resolves.toEqual({ type: 'ok' })
    expect((await stored()).stepIndex).toBe(1)
    await expect(ask({ type: 'step', command: 'advance', from: 0 }, cc)).resolves.toBeUndefined() // stale
    expect((await stored()).stepIndex).toBe(1)
  })

  it('lets either site pause and resume', async () => {
    await held()
    await at('tf-webhook-name', { testfairy: 'https://app.testfairy.com' })
    const i = index('tf-webhook-name')
    await ask({ type: 'step', command: 'pause', from: i }, cc)
    expect((await stored()).paused).toBe(true)
    await ask({ type: 'step', command: 'resume', from: i }, tf)
    expect((await stored()).paused).toBe(false)
  })
})

describe('answerMessage: phase 3 bound to one TestFairy dashboard', () => {
  const first = index('tf-open-preferences')
  const globex = 'https://globex.testfairy.com/settings/'
  beforeEach(async () => {
    await held()
    await at('tf-open-preferences')
  })

  it('binds app.testfairy.com, the default, by its first word at a TestFairy step; then no other dashboard speaks', async () => {
    await expect(ask({ type: 'step', command: 'advance', from: first }, 'https://app.testfairy.com/')).resolves.toEqual({ type: 'ok' })
    expect(await stored()).toMatchObject({ testfairy: 'https://app.testfairy.com', stepIndex: first + 1 })
    await expect(ask({ type: 'step', command: 'advance', from: first + 1 }, globex)).resolves.toBeUndefined()
    await expect(ask({ type: 'confirm-site', stepIndex: first + 1 }, globex)).resolves.toBeUndefined()
    expect((await stored()).testfairy).toBe('https://app.testfairy.com')
  })

  it('binds another dashboard (a private cloud) only once the person confirmed it on its card', async () => {
    await expect(ask({ type: 'step', command: 'advance', from: first }, globex)).resolves.toBeUndefined()
    expect((await stored()).testfairy).toBeUndefined()
    await expect(ask({ type: 'confirm-site', stepIndex: first }, globex)).resolves.toEqual({ type: 'ok' })
    expect((await stored()).testfairy).toBe('https://globex.testfairy.com')
    await expect(ask({ type: 'step', command: 'advance', from: first }, globex)).resolves.toEqual({ type: 'ok' })
    await expect(ask({ type: 'step', command: 'advance', from: first + 1 }, tf)).resolves.toBeUndefined()
  })

  it('takes no confirmation at a Centercode step, nor from the TestFairy’s website', async () => {
    await expect(ask({ type: 'confirm-site', stepIndex: first }, 'https://www.testfairy.com/')).resolves.toBeUndefined()
    await at('cc-key-name')
    await expect(ask({ type: 'confirm-site', stepIndex: index('cc-key-name') }, globex)).resolves.toBeUndefined()
    expect((await stored()).testfairy).toBeUndefined()
  })
})

describe('answerMessage: the endpoint belongs to the community', () => {
  it('keeps an endpoint read on the community in session storage only, and hands it to the bound TestFairy only for the step that fills it', async () => {
    await at('cc-read-endpoint')
    const read = index('cc-read-endpoint')
    await expect(ask({ type: 'read-value', stepIndex: read, value: endpoint }, tf)).resolves.toBeUndefined()
    await expect(ask({ type: 'read-value', stepIndex: read, value: `  ${endpoint}\n` }, cc)).resolves.toEqual({ type: 'read-value-reply', ok: true })
    await expect(readSlot('endpoint')).resolves.toBe(endpoint)
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(key)

    const testfairy = 'https://app.testfairy.com'
    await at('tf-webhook-name', { testfairy })
    await expect(ask({ type: 'fill-value', stepIndex: index('tf-webhook-name') }, tf)).resolves.toEqual({ type: 'fill-value-reply', value: 'Centercode' })
    const url = index('tf-webhook-url')
    await expect(ask({ type: 'fill-value', stepIndex: url }, tf)).resolves.toBeUndefined() // not current yet
    await at('tf-webhook-url', { testfairy })
    await expect(ask({ type: 'fill-value', stepIndex: url }, cc)).resolves.toBeUndefined() // wrong site
    await expect(ask({ type: 'fill-value', stepIndex: url }, 'https://status.testfairy.com/settings/integrations/')).resolves.toBeUndefined() // another dashboard
    await expect(ask({ type: 'fill-value', stepIndex: url }, tf, { frameId: 2 })).resolves.toBeUndefined()
    await expect(ask({ type: 'fill-value', stepIndex: url }, tf, { id: 'other-id' })).resolves.toBeUndefined()
    await expect(ask({ type: 'fill-value', stepIndex: url }, tf)).resolves.toEqual({ type: 'fill-value-reply', value: endpoint })
  })

  it.each([
    ['another community', endpoint.replace('acme.', 'other.'), 'endpointWrongHost', ['acme.centercode.com']],
    ['another host of centercode.com', endpoint.replace('acme.', 'support.'), 'endpointWrongHost', ['acme.centercode.com']],
    ['plain http', endpoint.replace('https:', 'http:'), 'endpointNotHttps', undefined],
    ['a placeholder with no key read before', `${community}/api/v1/projects/P/feedback/s?apiKey={API_KEY}`, 'endpointPlaceholderNoKey', undefined],
  ])('refuses an endpoint of %s, says why, and keeps nothing', async (_what, value, messageKey, args) => {
    await at('cc-read-endpoint')
    await expect(ask({ type: 'read-value', stepIndex: index('cc-read-endpoint'), value }, cc)).resolves.toEqual({
      type: 'read-value-reply', ok: false, messageKey, ...(args ? { args } : {}),
    })
    await expect(readSlot('endpoint')).resolves.toBeNull()
  })

  it('fills an endpoint shown with a placeholder with the key read when it was created', async () => {
    await at('cc-read-api-key')
    await expect(ask({ type: 'read-value', stepIndex: index('cc-read-api-key'), value: 'not a key' }, cc)).resolves.toMatchObject({ ok: false, messageKey: 'apiKeyNotAKey' })
    await ask({ type: 'read-value', stepIndex: index('cc-read-api-key'), value: key }, cc)
    await at('cc-read-endpoint')
    await expect(ask({ type: 'read-value', stepIndex: index('cc-read-endpoint'), value: `${community}/api/v1/projects/P/feedback/s?apiKey={API_KEY}` }, cc)).resolves.toMatchObject({ ok: true })
    await expect(readSlot('endpoint')).resolves.toBe(endpoint)
  })

  it('never sends to, nor fills in, an endpoint held for another host', async () => {
    const posts: string[] = []
    const realFetch = globalThis.fetch
    globalThis.fetch = (async (url: string) => (posts.push(url), new Response('{}', { status: 200 }))) as typeof fetch
    try {
      await fakeBrowser.storage.session.set({ slots: { endpoint: endpoint.replace('acme.', 'support.'), apiKey: key }, held: true })
      await at('cc-verify')
      await expect(ask({ type: 'send', stepIndex: index('cc-verify'), again: false }, cc)).resolves.toMatchObject({ ok: false, messageKey: 'testNoEndpoint' })
      await at('tf-webhook-url', { testfairy: 'https://app.testfairy.com' })
      await expect(ask({ type: 'fill-value', stepIndex: index('tf-webhook-url') }, tf)).resolves.toEqual({ type: 'fill-value-reply', value: null })
      expect(posts).toEqual([])
    } finally {
      globalThis.fetch = realFetch
    }
  })

  it('puts an endpoint together on the community’s origin and shows what it points at, never the key; kept for the test feedback to prove', async () => {
    await fakeBrowser.storage.session.set({ slots: { apiKey: key, projectKey: 'AcmeBeta', sourceKey: 'testfairy' }, held: true })
    await at('cc-compose-endpoint')
    const i = index('cc-compose-endpoint')
    await expect(ask({ type: 'compose', stepIndex: i }, 'https://support.centercode.com/')).resolves.toBeUndefined()
    const reply = await ask({ type: 'compose', stepIndex: i }, cc)
    expect(reply).toEqual({ type: 'compose-reply', ok: true, parts: ['acme.centercode.com', 'AcmeBeta', 'testfairy'] })
    expect(JSON.stringify(reply)).not.toMatch(/Skel|cdef/)
    await expect(readSlot('endpoint')).resolves.toBe(`${community}/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=${key}`)
  })

  it.each([
    ['no key captured', {}, 'composeNoKey'],
    ['no project key read', { apiKey: key, sourceKey: 's' }, 'composeMissingPart'],
    ['no source key read', { apiKey: key, projectKey: 'P' }, 'composeMissingPart'],
  ])('says what is missing when there is %s, and keeps nothing', async (_what, slots, messageKey) => {
    await fakeBrowser.storage.session.set({ slots, held: true })
    await at('cc-compose-endpoint')
    await expect(ask({ type: 'compose', stepIndex: index('cc-compose-endpoint') }, cc)).resolves.toEqual({ type: 'compose-reply', ok: false, messageKey })
    await expect(readSlot('endpoint')).resolves.toBeNull()
  })

  it('passes over the other way once the page showed the endpoint', async () => {
    await at('cc-read-endpoint')
    await ask({ type: 'read-value', stepIndex: index('cc-read-endpoint'), value: endpoint }, cc)
    await ask({ type: 'step', command: 'advance', from: index('cc-read-endpoint') }, cc)
    expect((await stored()).stepIndex).toBe(index('cc-verify'))
  })
})

describe('answerMessage: a flow that is not the setup’s own gets no value', () => {
  /** What a compromised page could write: steps that read the key anywhere, fill it into Centercode, send it off. */
  const forged: Flow = {
    id: 'testfairy-centercode-setup',
    steps: [
      { id: 'cc-read-endpoint', site: 'centercode', page: {}, action: { kind: 'read', slot: 'note' }, message: 'm', done: [{ kind: 'value' }] },
      { id: 'cc-leak', site: 'centercode', page: {}, target: [{ by: 'css', selector: 'input' }], action: { kind: 'fill', value: { slot: 'endpoint' } }, message: 'm', done: [{ kind: 'value' }] },
      { id: 'cc-verify', site: 'centercode', page: {}, action: { kind: 'send', slot: 'endpoint' }, message: 'm', done: [{ kind: 'value' }] },
    ],
  }
  const seed = (stepIndex: number) => fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(forged), stepIndex, community } })

  it.each([
    ['a read into a slot the setup does not have', 0, { type: 'read-value', stepIndex: 0, value: 'anything' }, undefined],
    ['a fill of the endpoint on Centercode', 1, { type: 'fill-value', stepIndex: 1 }, { type: 'fill-value-reply', value: null }],
    ['a send', 2, { type: 'send', stepIndex: 2, again: true }, undefined],
  ])('%s: refused', async (_what, stepIndex, message, reply) => {
    await held()
    await seed(stepIndex)
    await expect(ask(message, cc)).resolves.toEqual(reply)
  })

  it('the setup’s own flow with one finder changed is foreign too', async () => {
    await held()
    const steps = flow.steps.map((s) => (s.id === 'tf-webhook-url' ? { ...s, target: [{ by: 'css' as const, selector: 'input' }] } : s))
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress({ ...flow, steps }), stepIndex: index('tf-webhook-url'), community, testfairy: 'https://app.testfairy.com' } })
    await expect(ask({ type: 'fill-value', stepIndex: index('tf-webhook-url') }, tf)).resolves.toEqual({ type: 'fill-value-reply', value: null })
  })

  it('a record written over the background’s own is undone', async () => {
    await held()
    await at('cc-read-endpoint')
    const own = await stored()
    const forgedRecord = { ...startProgress(forged), stepIndex: 1, community }
    await fakeBrowser.storage.local.set({ [progressKey]: forgedRecord })
    await guardStoredProgress(forgedRecord)
    expect(await stored()).toEqual(own)
    await fakeBrowser.storage.local.remove(progressKey)
    await guardStoredProgress(undefined)
    expect(await stored()).toEqual(own)
  })
})

describe('answerMessage: where the setup stands is told by the tab that holds the step, or the one in front', () => {
  const open = index('cc-open-api-keys')
  const existing = index('cc-existing-key')
  let holder: number
  let other: number
  beforeEach(async () => {
    holder = (await fakeBrowser.tabs.create({ url: `${community}/admin/apikeys.html` })).id!
    other = (await fakeBrowser.tabs.create({ url: `${community}/project/home.html` })).id!
    await at('cc-open-api-keys')
    await ask({ type: 'step', command: 'advance', from: open }, cc, { tabId: holder })
    expect((await stored()).stepIndex).toBe(existing)
  })

  it('another tab, on another page, is told no and the step stays', async () => {
    await expect(ask({ type: 'step', command: 'go', from: existing, to: existing + 1 }, cc, { tabId: other })).resolves.toEqual({ type: 'refused' })
    expect((await stored()).stepIndex).toBe(existing)
  })
  it('the tab the person has in front may, and holds the step from then on', async () => {
    await expect(ask({ type: 'step', command: 'go', from: existing, to: existing + 2 }, cc, { tabId: other, active: true })).resolves.toEqual({ type: 'ok' })
    expect((await stored()).stepIndex).toBe(existing + 2)
    await expect(ask({ type: 'step', command: 'go', from: existing + 2, to: existing + 3 }, cc, { tabId: holder })).resolves.toEqual({ type: 'refused' })
  })
  it('never onto the other site, nor back', async () => {
    await expect(ask({ type: 'step', command: 'go', from: existing, to: index('tf-open-preferences') }, cc, { tabId: holder })).resolves.toEqual({ type: 'refused' })
    await expect(ask({ type: 'step', command: 'go', from: existing, to: open }, cc, { tabId: holder })).resolves.toEqual({ type: 'refused' })
    expect((await stored()).stepIndex).toBe(existing)
  })
  it('another tab cannot see it done either (its page may show what the step waits for, for another reason)', async () => {
    await expect(ask({ type: 'step', command: 'advance', from: existing }, cc, { tabId: other })).resolves.toEqual({ type: 'refused' })
    expect((await stored()).stepIndex).toBe(existing)
  })
  it('the tab that brought the setup there passes it over', async () => {
    await expect(ask({ type: 'step', command: 'go', from: existing, to: existing + 1 }, cc, { tabId: holder })).resolves.toEqual({ type: 'ok' })
    expect((await stored()).stepIndex).toBe(existing + 1)
  })
  it('once that tab is closed, any tab may', async () => {
    // brought there by a tab that is gone now
    await at('cc-open-api-keys')
    await ask({ type: 'step', command: 'advance', from: open }, cc, { tabId: 9999 })
    await expect(ask({ type: 'step', command: 'go', from: existing, to: existing + 1 }, cc, { tabId: other })).resolves.toEqual({ type: 'ok' })
  })
  it('the person’s own Skip counts from any tab', async () => {
    await expect(ask({ type: 'step', command: 'skip', from: existing }, cc, { tabId: other })).resolves.toEqual({ type: 'ok' })
    expect((await stored()).stepIndex).toBe(existing + 1)
  })
})

describe('answerMessage: two messages at once are answered one after the other', () => {
  // A tab's fill step says it is done while the person's click on the form's button says the form was sent: both
  // from the same step. Answered side by side, both read that step and the later write undid the earlier one (the
  // setup went back to the form's next field after the form was gone, and stayed there).
  it.each([
    ['the form sent, then its field done (stale: nothing more)', [{ command: 'go', to: 'tf-confirm-saved' }, { command: 'advance' }], 'tf-confirm-saved'],
    // (a form that leaves the page cannot ask again: Centercode legacy's source form went back to its opener)
    ['the field done, then the form sent (it holds every step up to its button: past it)', [{ command: 'advance' }, { command: 'go', to: 'tf-confirm-saved' }], 'tf-confirm-saved'],
  ] as const)('%s', async (_what, commands, end) => {
    await held()
    await at('tf-webhook-url', { testfairy: 'https://app.testfairy.com' })
    const from = index('tf-webhook-url')
    await Promise.all(commands.map((c) => ask({ type: 'step', command: c.command, from, ...('to' in c ? { to: index(c.to) } : {}) }, tf, { active: true })))
    expect((await stored()).stepIndex).toBe(index(end))
  })
})

describe('answerMessage: "Do it for me"', () => {
  it('hands a step to the person from either site, the card saying why at that step', async () => {
    await at('cc-source-name', { auto: true })
    await ask({ type: 'step', command: 'manual', from: index('cc-source-name'), why: 'autoTakenOver' }, tf)
    expect(await stored()).toMatchObject({ stepIndex: index('cc-source-name'), auto: false, notice: { message: 'autoTakenOver', step: index('cc-source-name') } })
    await ask({ type: 'step', command: 'auto', from: index('cc-source-name') }, cc)
    expect(await stored()).toMatchObject({ auto: true })
  })
  it('takes no word it does not know', async () => {
    await at('cc-source-name', { auto: true })
    await expect(ask({ type: 'step', command: 'manual', from: index('cc-source-name'), why: 'cardRecapture' }, cc)).resolves.toBeUndefined()
    expect(await stored()).toMatchObject({ auto: true })
  })
})

describe('answerMessage: the rest', () => {
  it('a test feedback that arrived, and the setup goes on: the next step’s card says so', async () => {
    await held()
    await at('cc-verify')
    await fakeBrowser.storage.local.set({ lastTest: { stepId: 'cc-verify', outcome: 'accepted', at: new Date().toISOString() } })
    await ask({ type: 'step', command: 'advance', from: index('cc-verify') }, cc)
    expect(await stored()).toMatchObject({ stepIndex: index('tf-open-preferences'), notice: { message: 'testAccepted', step: index('tf-open-preferences') } })
  })
  it('after the browser forgot the endpoint (a restart empties storage.session): back to read it, saying why', async () => {
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), stepIndex: index('tf-webhook-url'), community, testfairy: 'https://app.testfairy.com' } })
    await expect(ask({ type: 'fill-value', stepIndex: index('tf-webhook-url') }, tf)).resolves.toBeUndefined()
    expect(await stored()).toMatchObject({ stepIndex: index('cc-open-feedback-types'), notice: { message: 'cardRecapture' } })
  })

  it.each([
    ['tf-open-preferences', 'tfAppDistribution'],
    ['tf-event-feedback', 'tfNoFeedbackEvent'],
  ])('a dashboard that cannot do the setup at %s: what was held for it erased, the panel told why', async (id, message) => {
    await held()
    await at(id, { testfairy: 'https://app.testfairy.com' })
    await expect(ask({ type: 'cannot', stepIndex: index(id), variant: 0 }, tf)).resolves.toEqual({ type: 'ok' })
    expect((await fakeBrowser.storage.session.get('slots')).slots).toEqual({})
    expect(await stored()).toMatchObject({ stepIndex: index(id), cannot: { message, step: index(id) } })
  })

  it.each([
    ['a step whose page has no such variant', 'tf-webhook-name', tf, index('tf-webhook-name')],
    ['a step that is not the current one', 'tf-event-feedback', tf, index('tf-open-preferences')],
    ['another site', 'tf-event-feedback', cc, index('tf-event-feedback')],
  ])('erases nothing for %s', async (_what, id, url, stepIndex) => {
    await held()
    await at(id, { testfairy: 'https://app.testfairy.com' })
    await expect(ask({ type: 'cannot', stepIndex, variant: 0 }, url)).resolves.toBeUndefined()
    expect((await fakeBrowser.storage.session.get('slots')).slots).toEqual({ endpoint, apiKey: key })
    expect((await stored()).cannot).toBeUndefined()
  })

  it('keeps that the form of the current step’s button was sent, until the step moves', async () => {
    await at('cc-source-submit')
    await expect(ask({ type: 'sent', stepIndex: index('cc-source-submit') }, cc)).resolves.toEqual({ type: 'ok' })
    expect(await stored()).toMatchObject({ stepIndex: index('cc-source-submit'), sent: index('cc-source-submit') })
    await ask({ type: 'step', command: 'advance', from: index('cc-source-submit') }, cc)
    expect((await stored()).sent).toBeUndefined()
  })

  it.each([
    ['a step that is no button', 'cc-source-name', cc, index('cc-source-name')],
    ['a step that is not the current one', 'cc-source-submit', cc, index('cc-source-name')],
    ['another site', 'cc-source-submit', tf, index('cc-source-submit')],
  ])('keeps no sent form for %s', async (_what, id, url, stepIndex) => {
    await at(id)
    await expect(ask({ type: 'sent', stepIndex }, url)).resolves.toBeUndefined()
    expect((await stored()).sent).toBeUndefined()
  })

  it('uses the person’s own setting over the default', async () => {
    await fakeBrowser.storage.local.set({ settings: { webhookName: 'Centercode beta' } })
    await held()
    await at('tf-webhook-name', { testfairy: 'https://app.testfairy.com' })
    await expect(ask({ type: 'fill-value', stepIndex: index('tf-webhook-name') }, tf)).resolves.toEqual({ type: 'fill-value-reply', value: 'Centercode beta' })
  })

  it('remembers a pointed selector per origin and step, and records misses without the query string, over a damaged record', async () => {
    await fakeBrowser.storage.local.set({ misses: { not: 'a list' } })
    await at('cc-modify-type')
    const i = index('cc-modify-type')
    await ask({ type: 'pointed', stepIndex: i, selector: '#modify' }, cc)
    await ask({ type: 'missed', stepIndex: i, tried: [{ finder: { by: 'css', selector: 'a' }, count: 3 }] }, cc)
    const local = await fakeBrowser.storage.local.get(['pointed', 'misses'])
    expect(local.pointed).toEqual({ 'https://acme.centercode.com cc-modify-type': '#modify' })
    expect(local.misses).toMatchObject([{ site: 'centercode', stepId: 'cc-modify-type', path: '/project/admin/externalsource.html', tried: [{ count: 3 }] }])
  })
})

describe('answerMessage: a community on its own domain', () => {
  const own = 'https://beta.globex.example'
  const granted = new Set<string>()
  beforeEach(async () => {
    granted.clear()
    // the fake browser has no permissions API: the part the background asks of it
    ;(fakeBrowser as unknown as { permissions: object }).permissions = {
      contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
    }
    await at('cc-modify-type', { community: own })
  })
  const pointed = (url: string) => ask({ type: 'pointed', stepIndex: index('cc-modify-type'), selector: '#x' }, url)

  it('answers its pages as Centercode once the person allowed the site', async () => {
    granted.add(`${own}/*`)
    await expect(pointed(`${own}/project/home.html`)).resolves.toEqual({ type: 'ok' })
  })
  it.each([
    ['not allowed (yet, or taken back)', `${own}/`, false],
    ['another origin, allowed or not', 'https://beta.globex.example.evil.example/', true],
    ['the same host over http', 'http://beta.globex.example/', true],
    ['the same host on another port', 'https://beta.globex.example:8443/', true],
    ['a community under centercode.com', cc, true],
  ])('answers nothing from a page %s', async (_what, url, allow) => {
    if (allow) granted.add(`${own}/*`)
    await expect(pointed(url)).resolves.toBeUndefined()
  })
})

describe('answerMessage: the test feedback, sent once', () => {
  let posts = 0
  const realFetch = globalThis.fetch
  afterEach(() => {
    globalThis.fetch = realFetch
  })
  beforeEach(async () => {
    posts = 0
    globalThis.fetch = (async () => (posts++, new Response('{}', { status: 200 }))) as typeof fetch
    await held()
    await at('cc-verify')
  })
  const verify = (again = false) => ask({ type: 'send', stepIndex: index('cc-verify'), again }, cc)

  it('answers a repeated request with the answer it has, without sending again', async () => {
    await expect(verify()).resolves.toMatchObject({ ok: true, messageKey: 'testAccepted' })
    await expect(verify()).resolves.toMatchObject({ ok: true })
    expect(posts).toBe(1)
    await verify(true)
    expect(posts).toBe(2)
  })
  it('sends once when two tabs on the step ask at the same time; both get the answer', async () => {
    const [first, second] = await Promise.all([verify(), verify()])
    expect(first).toMatchObject({ ok: true })
    expect(second).toEqual(first)
    expect(posts).toBe(1)
  })
  it('says the answer was lost, rather than send twice, when a stopped background left one on its way', async () => {
    await fakeBrowser.storage.session.set({ sending: { stepId: 'cc-verify', at: Date.now() } })
    await expect(verify()).resolves.toMatchObject({ ok: false, messageKey: 'testInterrupted' })
    expect(posts).toBe(0)
    await expect(verify(true)).resolves.toMatchObject({ ok: true })
    expect(posts).toBe(1)
  })
  it('sends again once the one on its way is long gone', async () => {
    await fakeBrowser.storage.session.set({ sending: { stepId: 'cc-verify', at: Date.now() - 120_000 } })
    await expect(verify()).resolves.toMatchObject({ ok: true })
    expect(posts).toBe(1)
  })
})
