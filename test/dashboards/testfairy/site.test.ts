// The imitation TestFairy site's routes and server-side rules, without a browser.
import { describe, expect, it } from 'vitest'
import type { DashResponse } from '../http'
import type { TestFairyOptions } from '../options'
import type { DeliveryResult, SiteContext } from '../site'
import { testfairySite } from './site'

const endpoint = 'https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/appcrashlog?apiKey=Skel0123'

function makeSite(options: Partial<TestFairyOptions> = {}) {
  const deliveries: { url: string; payload: unknown }[] = []
  const context: SiteContext = {
    host: 'app.testfairy.com',
    renderDelayMs: 400,
    deliver: async (url, payload): Promise<DeliveryResult> => {
      deliveries.push({ url, payload })
      return { reached: true, status: 200, body: '{"ok":true}' }
    },
  }
  const site = testfairySite(context, { site: 'testfairy', generation: 'integrations', feedbackEvent: true, account: 'qa@acme.example', ...options })
  const call = async (method: string, path: string, body = '', contentType = 'application/json'): Promise<DashResponse> =>
    site.handle({ method, url: new URL(path, 'https://app.testfairy.com'), headers: { 'content-type': contentType }, body })
  return { site, deliveries, call }
}

describe('current generation', () => {
  it('serves Integrations, a panel-only fragment, and no older Webhooks page', async () => {
    const { call } = makeSite()
    const page = await call('GET', '/settings/integrations/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('data-render-delay="400"')
    expect(page.body).toMatch(/<template data-late>[\s\S]*Active Integrations/)
    const fragment = await call('GET', '/settings/integrations/?fragment=1')
    expect(fragment.body).not.toContain('<html')
    expect(fragment.body).toContain('Add Integration')
    expect((await call('GET', '/settings/webhooks/')).status).toBe(404)
    expect((await call('GET', '/nowhere/')).status).toBe(404)
    for (const path of ['/settings/', '/settings/api-key/', '/settings/bug-system/', '/settings/security/', '/settings/account/']) {
      expect((await call('GET', path)).status, path).toBe(200)
    }
  })

  it('Test URL sends a feedback payload only to a valid URL, and says what came back', async () => {
    const { call, deliveries, site } = makeSite()
    const bad = await call('POST', '/api/1/webhook/test/', JSON.stringify({ 'webhook-url': 'centercode' }))
    expect(bad.status).toBe(400)
    expect(JSON.parse(bad.body ?? '')).toEqual({ status: 'fail', errors: { 'webhook-url': ['Enter a valid URL.'] } })
    expect(deliveries).toEqual([])
    const good = await call('POST', '/api/1/webhook/test/', JSON.stringify({ 'webhook-url': endpoint }))
    expect(JSON.parse(good.body ?? '')).toEqual({ status: 'ok', reached: true, message: 'Response: 200\n{"ok":true}' })
    expect(deliveries).toHaveLength(1)
    expect(deliveries[0]).toMatchObject({ url: endpoint, payload: { event: 'feedback' } })
    expect(site.state.received).toEqual([]) // tests are not saves
  })

  it('rejects a non-JSON body and records nothing', async () => {
    const { call, site } = makeSite()
    expect((await call('POST', '/api/1/webhook/', 'webhook-name=x', 'application/x-www-form-urlencoded')).status).toBe(400)
    expect(site.state.received).toEqual([])
  })
})

describe('older generation', () => {
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
  const formType = 'application/x-www-form-urlencoded'

  it('has no Integrations page', async () => {
    const { call } = makeSite({ generation: 'webhooks' })
    expect((await call('GET', '/settings/integrations/')).status).toBe(404)
    expect((await call('GET', '/settings/webhooks/')).status).toBe(200)
  })

  it('refuses a form without its CSRF token', async () => {
    const { call, site } = makeSite({ generation: 'webhooks' })
    const response = await call('POST', '/settings/webhooks/add/', form({ name: 'Centercode', url: endpoint, action: 'save' }), formType)
    expect(response.status).toBe(403)
    expect(site.state.webhooks).toEqual([])
  })

  it('saves with post/redirect/get and shows the banner once', async () => {
    const { call, site } = makeSite({ generation: 'webhooks' })
    const token = site.state.csrfToken
    const saved = await call('POST', '/settings/webhooks/add/', form({ csrfmiddlewaretoken: token, name: 'Centercode', url: endpoint, active: 'on', on_feedback: 'on', all_projects: 'on', action: 'save' }), formType)
    expect(saved).toMatchObject({ status: 303, headers: { location: '/settings/webhooks/' } })
    expect(site.state.webhooks).toEqual([{ id: 1, integration: 'webhook', name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true }])
    expect((await call('GET', '/settings/webhooks/')).body).toContain('Webhook saved successfully')
    expect((await call('GET', '/settings/webhooks/')).body).not.toContain('Webhook saved successfully')
  })

  it('without the feedback event, offers none and refuses on_feedback', async () => {
    const { call, site } = makeSite({ generation: 'webhooks', feedbackEvent: false })
    const add = await call('GET', '/settings/webhooks/add/')
    expect(add.body).not.toContain('User feedback')
    expect(add.body).toContain('App download')
    const refused = await call('POST', '/settings/webhooks/add/', form({ csrfmiddlewaretoken: site.state.csrfToken, name: 'Centercode', url: endpoint, on_feedback: 'on', action: 'save' }), formType)
    expect(refused.status).toBe(200)
    expect(refused.body).toContain('Select a valid choice. feedback is not one of the available choices.')
    expect(site.state.webhooks).toEqual([])
    expect(site.state.received.map((r) => r.outcome)).toEqual(['invalid'])
  })
})
