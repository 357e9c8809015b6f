// App Distribution 2026 (the imitation TestFairy's newest generation): routes and the v3 API's rules, no browser.
import { describe, expect, it } from 'vitest'
import type { DashResponse } from '../http'
import type { DeliveryResult, SiteContext } from '../site'
import { v3UrlErrors } from './app-distribution-api'
import { initialsOf } from './pages/app-distribution'
import { testfairySite } from './site'

const host = 'hooli.testfairy.com'
const endpoint = 'https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/appcrashlog?apiKey=Skel0123'

function makeSite() {
  const deliveries: { url: string; payload: unknown }[] = []
  const context: SiteContext = {
    host,
    renderDelayMs: 400,
    deliver: async (url, payload): Promise<DeliveryResult> => {
      deliveries.push({ url, payload })
      return { reached: true, status: 200, body: '{"ok":true}' }
    },
  }
  const site = testfairySite(context, { site: 'testfairy', generation: 'app-distribution', feedbackEvent: false, account: 'owner@hooli.example' })
  const call = async (method: string, path: string, body?: unknown): Promise<DashResponse> =>
    site.handle({
      method,
      url: new URL(path, `https://${host}`),
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body),
    })
  const json = (response: DashResponse) => JSON.parse(response.body ?? '') as Record<string, unknown>
  return { site, deliveries, call, json }
}

describe('App Distribution 2026 pages', () => {
  it('serves Apps, Integrations and Webhooks (late), and 404 for every /settings/ path', async () => {
    const { call } = makeSite()
    for (const path of ['/', '/org/integrations/', '/org/integrations/webhooks/', '/testers/', '/insights/', '/profile/', '/org/']) {
      const page = await call('GET', path)
      expect(page.status, path).toBe(200)
      expect(page.body, path).toContain('/static/testfairy/app-distribution.js')
    }
    expect((await call('GET', '/org/integrations/')).body).toMatch(/<template data-late>[\s\S]*role="img" aria-label="Connected"/)
    expect((await call('GET', '/org/integrations/')).body).not.toMatch(/centercode/i)
    const fragment = await call('GET', '/org/integrations/webhooks/?fragment=1')
    expect(fragment.body).not.toContain('<html')
    expect(fragment.body).toContain('No webhooks yet')
    for (const path of ['/settings', '/settings/', '/settings/integrations/', '/settings/webhooks/', '/settings/webhooks/add/', '/nowhere/']) {
      const page = await call('GET', path)
      expect(page.status, path).toBe(404)
      expect(page.body, path).toContain('Page not found')
    }
    expect((await call('POST', '/api/1/webhook/', { 'webhook-name': 'x' })).status).toBe(404) // no legacy API here
  })

  it('shows the account as initials', () => {
    expect(initialsOf('owner@hooli.example')).toBe('OH')
    expect(initialsOf('qa.lead@acme.example')).toBe('QL')
  })
})

describe('App Distribution 2026 webhook API v3', () => {
  it.each([
    ['', 'URL is required.'],
    ['hooks.example.com/x', 'Enter a valid URL.'],
    ['http://hooks.example.com/x', 'The URL must start with https://.'],
    ['https://localhost/x', 'This URL is not allowed.'],
    ['https://api.localhost/x', 'This URL is not allowed.'],
    ['https://127.0.0.1/x', 'This URL is not allowed.'],
    ['https://2130706433/x', 'This URL is not allowed.'],
    ['https://0x7f.1/x', 'This URL is not allowed.'],
    ['https://10.1.2.3/x', 'This URL is not allowed.'],
    ['https://192.168.0.10/x', 'This URL is not allowed.'],
    ['https://[::1]/x', 'This URL is not allowed.'],
    ['https://intranet/x', 'This URL is not allowed.'],
    ['https://build.corp/x', 'This URL is not allowed.'],
    ['https://metadata.internal/x', 'This URL is not allowed.'],
    ['https://user:secret@hooks.example.com/x', 'This URL is not allowed.'],
  ])('refuses %j: %s', (url, message) => {
    expect(v3UrlErrors(url)).toEqual([message])
  })

  it('accepts a public https URL', () => {
    expect(v3UrlErrors(endpoint)).toEqual([])
  })

  it('creates a webhook for all apps, or for the apps chosen, and records every request', async () => {
    const { call, json, site } = makeSite()
    const empty = await call('POST', '/api/v3/webhooks', { name: ' ', url: '', events: [], appIds: [] })
    expect(empty.status).toBe(400)
    expect(json(empty).errors).toEqual({ name: ['Name is required.'], url: ['URL is required.'], events: ['Choose at least one event.'] })
    const unknownApp = await call('POST', '/api/v3/webhooks', { name: 'x', url: endpoint, events: ['upload'], appIds: ['9999'] })
    expect(json(unknownApp).errors).toEqual({ appIds: ['Unknown app: 9999'] })

    const all = await call('POST', '/api/v3/webhooks', { name: 'Build server', url: endpoint, events: ['new-udid', 'upload'], appIds: [] })
    expect(all.status).toBe(201)
    const some = await call('POST', '/api/v3/webhooks', { name: 'Chat', url: endpoint, events: ['download'], appIds: ['1002'] })
    expect(some.status).toBe(201)
    expect(site.state.webhooks).toEqual([
      { id: 1, integration: 'webhook', name: 'Build server', url: endpoint, active: true, events: ['upload', 'new-udid'], allProjects: true },
      { id: 2, integration: 'webhook', name: 'Chat', url: endpoint, active: true, events: ['download'], allProjects: false, appIds: ['1002'] },
    ])
    expect(json(await call('GET', '/api/v3/webhooks')).webhooks).toEqual(site.state.webhooks)
    expect(site.state.received.map((r) => r.outcome)).toEqual(['invalid', 'invalid', 'saved', 'saved'])
  })

  it('refuses any event but upload, download and new-udid', async () => {
    const { call, json, site } = makeSite()
    for (const events of [['feedback'], ['upload', 'feedback'], ['crash']]) {
      const refused = await call('POST', '/api/v3/webhooks', { name: 'Centercode', url: endpoint, events, appIds: [] })
      expect(refused.status).toBe(400)
      expect(json(refused).errors).toEqual({ events: events.filter((e) => e !== 'upload').map((e) => `Unknown event: ${e}`) })
    }
    expect(site.state.webhooks).toEqual([])
  })

  it('switches a webhook off and on', async () => {
    const { call, site } = makeSite()
    await call('POST', '/api/v3/webhooks', { name: 'Build server', url: endpoint, events: ['upload'], appIds: [] })
    expect((await call('PATCH', '/api/v3/webhooks/1', { active: false })).status).toBe(200)
    expect(site.state.webhooks[0]?.active).toBe(false)
    expect((await call('PATCH', '/api/v3/webhooks/1', { active: 'no' })).status).toBe(400)
    expect((await call('PATCH', '/api/v3/webhooks/7', { active: true })).status).toBe(404)
    expect(site.state.received.map((r) => [r.action, r.outcome])).toEqual([['create', 'saved'], ['update', 'saved'], ['update', 'invalid'], ['update', 'not-found']])
  })

  it('Test sends a sample "New build uploaded" only to an allowed URL, and says what came back', async () => {
    const { call, json, deliveries, site } = makeSite()
    const refused = await call('POST', '/api/v3/webhooks/test', { url: 'https://169.254.169.254/latest/meta-data/' })
    expect([refused.status, json(refused).errors]).toEqual([400, { url: ['This URL is not allowed.'] }])
    expect(deliveries).toEqual([])
    const sent = await call('POST', '/api/v3/webhooks/test', { url: endpoint })
    expect(json(sent)).toEqual({ status: 'ok', reached: true, message: 'Response: 200\n{"ok":true}' })
    expect(deliveries[0]).toMatchObject({ url: endpoint, payload: { event: 'upload', buildUrl: `https://${host}/apps/1000/builds/2000` } })
    expect(site.state.received).toEqual([]) // tests are not saves
    expect(site.state.testDeliveries).toHaveLength(1)
  })
})
