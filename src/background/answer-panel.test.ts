import { fakeBrowser } from '@webext-core/fake-browser'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defaults } from '../setup/values/settings'
import { setupFlow } from '../setup/flows/setup-flow'
import { progressKey, startProgress, type Progress } from '../setup/state/progress'
import { answerPanel, type PanelView } from './answer-panel'
import { readSlot } from './setup-store'

const opened: string[] = []
let openTabs: string[] = []
vi.mock('./open-site', () => ({
  bringUp: async (origin: string) => void opened.push(origin),
  detectCommunity: async () => openTabs.find((o) => o.endsWith('.centercode.com')) ?? null,
  openOrigins: async (site: string) => openTabs.filter((o) => (site === 'testfairy' ? o.endsWith('.testfairy.com') : o.endsWith('.centercode.com'))),
  originFor: async (site: string, progress: Progress | null) =>
    site === 'centercode' ? (progress?.community ?? null) : (progress?.testfairy ?? 'https://app.testfairy.com'),
}))

// a community on its own domain: what the person allowed, and what the background did about it
const allowed = new Set<string>()
// synced: how many sites had been brought up at each registration of the guide's scripts
const own = { synced: [] as number[], givenBack: [] as string[] }
vi.mock('./guide-scripts', () => ({ syncGuideScripts: async () => void own.synced.push(opened.length) }))
vi.mock('./own-domain', async (original) => ({
  ...(await original<typeof import('./own-domain')>()),
  hasAccess: async (origin: string) => allowed.has(origin),
  giveBackAccess: async (origin: string) => {
    own.givenBack.push(origin)
    allowed.delete(origin)
  },
}))

const ownId = 'our-extension-id'
const ownOrigin = 'chrome-extension://our-extension-id/'
const panel = { id: ownId, url: `${ownOrigin}src/panel/index.html` }
const ask = (message: object, sender: object = panel) => answerPanel(message, sender, ownId, ownOrigin)
const key = `Skel${'0123456789abcdef'.repeat(2)}`
const endpoint = `https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=${key}`
const progress = async () => (await fakeBrowser.storage.local.get(progressKey))[progressKey] as Progress | undefined
const flow = setupFlow()
/** The endpoint held in the background's session storage, as the Centercode phases leave it. */
const hold = () => fakeBrowser.storage.session.set({ slots: { endpoint, apiKey: key }, held: true })

beforeEach(() => {
  fakeBrowser.reset()
  opened.length = 0
  openTabs = []
  allowed.clear()
  Object.assign(own, { synced: [], givenBack: [] })
})

describe('answerPanel: who may ask', () => {
  it.each([
    ['a content script on a dashboard', { id: ownId, url: 'https://acme.centercode.com/' }],
    ['another extension', { id: 'other', url: 'chrome-extension://other/panel.html' }],
    ['a page of another extension posing with our id', { id: 'other', url: `${ownOrigin}src/panel/index.html` }],
  ])('answers nothing to %s, not even the endpoint', async (_what, sender) => {
    await hold()
    await expect(ask({ type: 'reveal-endpoint' }, sender)).resolves.toBeUndefined()
    await expect(ask({ type: 'panel-view' }, sender)).resolves.toBeUndefined()
  })
  it('ignores a malformed request', async () => {
    await expect(ask({ type: 'start', community: 42 })).resolves.toBeUndefined()
    await expect(ask({ type: 'reveal-endpoint', extra: true })).resolves.toBeUndefined()
  })
})

describe('answerPanel: a community on its own domain', () => {
  const community = 'https://beta.globex.example'
  it('keeps the setup but goes nowhere until the person allows the site, and says so', async () => {
    await expect(ask({ type: 'start', community: 'beta.globex.example' })).resolves.toEqual({
      type: 'refused', messageKey: 'communityNeedsAccess', args: ['beta.globex.example'],
    })
    expect((await progress())?.community).toBe(community)
    expect(opened).toEqual([])
    expect(own.synced).toEqual([])
    expect(await ask({ type: 'panel-view' })).toMatchObject({ community, access: false })
    await expect(ask({ type: 'continue' })).resolves.toMatchObject({ type: 'refused', messageKey: 'communityNeedsAccess' })
    expect(opened).toEqual([])
  })
  it('once allowed, registers its script before bringing the site up', async () => {
    await ask({ type: 'start', community: 'beta.globex.example' })
    allowed.add(community)
    await expect(ask({ type: 'continue' })).resolves.toEqual({ type: 'ok' })
    expect(own.synced).toEqual([0])
    expect(opened).toEqual([community])
    expect(await ask({ type: 'panel-view' })).toMatchObject({ access: true })
  })
  it('gives the access back on Reset', async () => {
    allowed.add(community)
    await ask({ type: 'start', community: 'beta.globex.example' })
    await ask({ type: 'reset' })
    expect(own.givenBack).toEqual([community])
  })
  it('gives the access back when a new setup starts for another community', async () => {
    allowed.add(community)
    await ask({ type: 'start', community: 'beta.globex.example' })
    await ask({ type: 'start', community: 'acme' })
    expect(own.givenBack).toEqual([community])
  })
  it('asks no access for a community on centercode.com, and registers its guide before bringing it up', async () => {
    await expect(ask({ type: 'start', community: 'acme' })).resolves.toEqual({ type: 'ok' })
    await ask({ type: 'reset' })
    expect(own).toEqual({ synced: [0], givenBack: [] })
    expect(opened).toEqual(['https://acme.centercode.com'])
    expect(await ask({ type: 'panel-view' })).toMatchObject({ access: true })
  })
})

describe('answerPanel: starting', () => {
  it('starts for the community an open tab shows, and brings that tab up', async () => {
    openTabs = ['https://acme.centercode.com']
    await expect(ask({ type: 'start' })).resolves.toEqual({ type: 'ok' })
    expect(await progress()).toMatchObject({ stepIndex: 0, community: 'https://acme.centercode.com', paused: false })
    expect(opened).toEqual(['https://acme.centercode.com'])
  })
  it.each([
    ['the TestFairy it named, open in a tab', ['https://globex.testfairy.com'], 'globex.testfairy.com', 'https://globex.testfairy.com'],
    ['not one no tab is open on (bound on its page later, as in the guided way)', [], 'globex.testfairy.com', undefined],
    ['not one that is no TestFairy', ['https://globex.testfairy.com'], 'evil.example', undefined],
    ['nothing named: none bound', ['https://globex.testfairy.com'], undefined, undefined],
  ])('"Do it for me": starts doing it, bound to %s', async (_what, tabs, named, bound) => {
    openTabs = ['https://acme.centercode.com', ...tabs]
    await expect(ask({ type: 'start', auto: true, ...(named ? { testfairy: named } : {}) })).resolves.toEqual({ type: 'ok' })
    expect(await progress()).toMatchObject({ auto: true, community: 'https://acme.centercode.com' })
    expect((await progress())?.testfairy).toBe(bound)
  })
  it('says which TestFairy "Do it for me" would use before a setup: one open in a tab, else app.testfairy.com', async () => {
    expect(await ask({ type: 'panel-view' })).toMatchObject({ autoTestFairy: 'https://app.testfairy.com', auto: false })
    openTabs = ['https://globex.testfairy.com']
    expect(await ask({ type: 'panel-view' })).toMatchObject({ autoTestFairy: 'https://globex.testfairy.com' })
    await ask({ type: 'start', community: 'acme' })
    // (while one runs, none: "Do it for me" is offered only to start)
    expect(await ask({ type: 'panel-view' })).toMatchObject({ autoTestFairy: null })
  })
  it('a pause from the panel stops "Do it for me" too', async () => {
    openTabs = ['https://acme.centercode.com']
    await ask({ type: 'start', auto: true })
    await ask({ type: 'pause', paused: true })
    expect(await progress()).toMatchObject({ paused: true, auto: false })
  })
  it('takes a community typed by the person over a detected one', async () => {
    openTabs = ['https://acme.centercode.com']
    await ask({ type: 'start', community: 'initech' })
    expect((await progress())?.community).toBe('https://initech.centercode.com')
  })
  it.each([
    ['nothing typed and no tab open', undefined, 'communityEmpty'],
    ['a look-alike', 'acme.centercode.com.evil.example', 'communityLookAlike'],
    ['plain http', 'http://acme.centercode.com', 'communityNotHttps'],
  ])('refuses %s, and starts nothing', async (_what, community, messageKey) => {
    await expect(ask({ type: 'start', ...(community ? { community } : {}) })).resolves.toEqual({ type: 'refused', messageKey })
    expect(await progress()).toBeUndefined()
    expect(opened).toEqual([])
  })
  it('builds the flow from the person’s settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { ...defaults, apiKeyName: 'Feedback pipe', events: { crash: true, upload: false } } })
    await ask({ type: 'start', community: 'acme' })
    const steps = (await progress())!.flow.steps
    expect(steps.find((s) => s.id === 'cc-existing-key')?.target).toEqual([expect.objectContaining({ text: 'Feedback pipe' })])
    expect(steps.find((s) => s.id === 'tf-event-crash')?.action).toEqual({ kind: 'check', checked: true })
  })
  it('continues on the current step’s site', async () => {
    await hold()
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community: 'https://acme.centercode.com', stepIndex: flow.steps.findIndex((s) => s.site === 'testfairy'), paused: true } })
    await expect(ask({ type: 'continue' })).resolves.toEqual({ type: 'ok' })
    expect(opened).toEqual(['https://app.testfairy.com'])
    expect((await progress())?.paused).toBe(false)
  })
  it.each([
    ['globex', 'https://globex.testfairy.com'],
    ['https://globex.testfairy.com/settings/', 'https://globex.testfairy.com'],
  ])('asks which TestFairy until one is known, and continues on the one the person typed: %j', async (typed, origin) => {
    await hold()
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community: 'https://acme.centercode.com', stepIndex: flow.steps.findIndex((s) => s.site === 'testfairy') } })
    expect(await ask({ type: 'panel-view' })).toMatchObject({ asksTestFairy: true, testfairyChosen: null })
    await expect(ask({ type: 'continue', testfairy: typed })).resolves.toEqual({ type: 'ok' })
    expect(opened).toEqual([origin])
    // remembered, not bound: the person answers on its own page
    expect(await progress()).toMatchObject({ testfairyChosen: origin })
    expect((await progress())?.testfairy).toBeUndefined()
    expect(await ask({ type: 'panel-view' })).toMatchObject({ asksTestFairy: true, testfairyChosen: origin })
  })
  it.each([
    ['globex.testfairy.co', 'testfairyNotTestFairy'],
    ['http://globex.testfairy.com', 'testfairyNotHttps'],
    ['acme.centercode.com', 'testfairyNotTestFairy'],
  ])('refuses a TestFairy address that is not one, in words, and opens nothing: %j', async (typed, messageKey) => {
    await hold()
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community: 'https://acme.centercode.com', stepIndex: flow.steps.findIndex((s) => s.site === 'testfairy') } })
    await expect(ask({ type: 'continue', testfairy: typed })).resolves.toEqual({ type: 'refused', messageKey })
    expect(opened).toEqual([])
    expect((await progress())?.testfairyChosen).toBeUndefined()
  })
  it('does not ask once the setup is bound to a TestFairy', async () => {
    await hold()
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community: 'https://acme.centercode.com', testfairy: 'https://app.testfairy.com', stepIndex: flow.steps.findIndex((s) => s.site === 'testfairy') } })
    expect(await ask({ type: 'panel-view' })).toMatchObject({ asksTestFairy: false })
    await expect(ask({ type: 'continue', testfairy: 'globex' })).resolves.toEqual({ type: 'ok' })
    expect(opened).toEqual(['https://app.testfairy.com'])
  })
  it('continues in Centercode when the browser has forgot the endpoint since: back to the step that leads to it', async () => {
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community: 'https://acme.centercode.com', stepIndex: flow.steps.findIndex((s) => s.id === 'tf-webhook-url'), paused: true } })
    await expect(ask({ type: 'continue' })).resolves.toEqual({ type: 'ok' })
    expect(opened).toEqual(['https://acme.centercode.com'])
    expect(await progress()).toMatchObject({ stepIndex: flow.steps.findIndex((s) => s.id === 'cc-open-feedback-types'), paused: false, notice: { message: 'cardRecapture' } })
  })
})

describe('answerPanel: the endpoint', () => {
  it('shows it masked in the view, and whole only when asked', async () => {
    await hold()
    const view = (await ask({ type: 'panel-view' })) as PanelView
    expect(view.endpoint).toBe('https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=Skel•••••cdef')
    expect(JSON.stringify(view)).not.toContain(key)
    await expect(ask({ type: 'reveal-endpoint' })).resolves.toEqual({ type: 'endpoint', value: endpoint })
  })
  it('takes one pasted by hand, checked like one read from a page, and goes on with TestFairy', async () => {
    await expect(ask({ type: 'paste-endpoint', value: `  ${endpoint}\n` })).resolves.toEqual({ type: 'ok' })
    await expect(readSlot('endpoint')).resolves.toBe(endpoint)
    const started = await progress()
    expect(started?.flow.steps[started.stepIndex]?.phase).toBe('webhook')
    expect(started?.community).toBe('https://acme.centercode.com')
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(key)
  })
  it.each([
    ['cut short', endpoint.slice(0, -3), 'endpointBadApiKey'],
    ['on another site', endpoint.replace('acme.centercode.com', 'acme.example.com'), 'endpointNotCommunity'],
    ['over plain http', endpoint.replace('https:', 'http:'), 'endpointNotHttps'],
    ['with a placeholder', endpoint.replace(key, '{API_KEY}'), 'endpointPlaceholderKey'],
  ])('refuses one %s, saying why, keeping nothing', async (_what, value, messageKey) => {
    await expect(ask({ type: 'paste-endpoint', value })).resolves.toEqual({ type: 'refused', messageKey })
    await expect(readSlot('endpoint')).resolves.toBeNull()
    expect(await progress()).toBeUndefined()
  })
  it('refuses one for another community than the setup’s', async () => {
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community: 'https://initech.centercode.com' } })
    await expect(ask({ type: 'paste-endpoint', value: endpoint })).resolves.toEqual({ type: 'refused', messageKey: 'endpointWrongHost' })
  })
  it('sends the test feedback to the setup’s community and keeps only its outcome', async () => {
    await hold()
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community: 'https://acme.centercode.com' } })
    const fetchMock = vi.fn(async () => new Response('{"error":"Invalid API key."}', { status: 401 }))
    vi.stubGlobal('fetch', fetchMock)
    await expect(ask({ type: 'send-test-feedback' })).resolves.toEqual({ type: 'test', outcome: 'wrongKey', messageKey: 'testWrongKey' })
    expect(fetchMock).toHaveBeenCalledWith(endpoint, expect.objectContaining({ method: 'POST' }))
    expect(((await ask({ type: 'panel-view' })) as PanelView).lastTest).toMatchObject({ outcome: 'wrongKey' })
    vi.unstubAllGlobals()
  })
  it('sends nothing to an endpoint held for another community than the setup’s', async () => {
    await hold()
    await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), community: 'https://initech.centercode.com' } })
    const fetchMock = vi.fn(async () => new Response('{}', { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    await expect(ask({ type: 'send-test-feedback' })).resolves.toMatchObject({ outcome: 'noEndpoint' })
    expect(fetchMock).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })
  it('says there is nothing to test without an endpoint', async () => {
    await expect(ask({ type: 'send-test-feedback' })).resolves.toMatchObject({ outcome: 'noEndpoint' })
  })
})

describe('answerPanel: settings, phases, reset', () => {
  it('saves valid settings and refuses bad ones field by field, keeping the old', async () => {
    await expect(ask({ type: 'save-settings', settings: { ...defaults, webhookName: 'CC beta' } })).resolves.toEqual({ type: 'ok' })
    await expect(ask({ type: 'save-settings', settings: { ...defaults, sourceKey: 'a b', webhookName: '' } })).resolves.toEqual({
      type: 'settings-refused', errors: { sourceKey: 'settingSourceKey', webhookName: 'settingEmpty' },
    })
    expect(((await ask({ type: 'panel-view' })) as PanelView).settings.webhookName).toBe('CC beta')
  })
  it('says which stored settings it could not read, shows their defaults, and keeps the rest until saved', async () => {
    await fakeBrowser.storage.local.set({ settings: { webhookName: 'CC beta', sourceKey: 'has space' } })
    const view = (await ask({ type: 'panel-view' })) as PanelView
    expect(view.settingsReset).toEqual(['sourceKey'])
    expect(view.settings).toEqual({ ...defaults, webhookName: 'CC beta' })
    await ask({ type: 'save-settings', settings: view.settings })
    expect(((await ask({ type: 'panel-view' })) as PanelView).settingsReset).toEqual([])
  })
  it.each([
    ['another version’s progress', { ...startProgress(flow), version: 2 }],
    ['a damaged record', { version: 1, flow: 'gone', stepIndex: 'x' }],
    ['not a record at all', 'step 3'],
  ])('says when stored progress cannot be read (%s), shows nothing started, and a new start replaces it', async (_what, stored) => {
    await fakeBrowser.storage.local.set({ [progressKey]: stored })
    expect(await ask({ type: 'panel-view' })).toMatchObject({ status: 'idle', progressUnreadable: true })
    await ask({ type: 'start', community: 'acme' })
    expect(await ask({ type: 'panel-view' })).toMatchObject({ status: 'running', progressUnreadable: false })
  })
  it.each<[string, number | null, string[]]>([
    ['nothing started', null, ['todo', 'todo', 'todo']],
    ['at the start', 0, ['current', 'todo', 'todo']],
    ['in the source phase', flow.steps.findIndex((s) => s.phase === 'source'), ['done', 'current', 'todo']],
    ['in TestFairy', flow.steps.findIndex((s) => s.phase === 'webhook'), ['done', 'done', 'current']],
    ['all done', flow.steps.length, ['done', 'done', 'done']],
  ])('shows the phases %s', async (_what, stepIndex, states) => {
    if (stepIndex !== null) await fakeBrowser.storage.local.set({ [progressKey]: { ...startProgress(flow), stepIndex } })
    await hold()
    const view = (await ask({ type: 'panel-view' })) as PanelView
    expect(view.phases.map((p) => p.state)).toEqual(states)
    expect(view.status).toBe(stepIndex === null ? 'idle' : stepIndex === flow.steps.length ? 'done' : 'running')
  })
  it('resets everything: progress, the outcome, the secrets, what "Point to it" remembered', async () => {
    await fakeBrowser.storage.local.set({ [progressKey]: startProgress(flow), lastTest: { stepId: null, outcome: 'accepted', at: '' }, pointed: { 'https://acme.centercode.com cc-modify-type': 'a' } })
    await hold()
    await ask({ type: 'reset' })
    expect(await fakeBrowser.storage.local.get([progressKey, 'lastTest', 'pointed'])).toEqual({})
    await expect(readSlot('endpoint')).resolves.toBeNull()
    // a record written afterwards by anyone but the background is not a setup
    expect((await fakeBrowser.storage.session.get('trustedProgress')).trustedProgress).toEqual({ progress: null })
  })
})
