// The Sauce-era TestFairy (generation 'sauce', on Sauce Labs' hosts): routes and server-side rules, no browser.
import { describe, expect, it } from 'vitest'
import { servedHosts } from '../hosts'
import type { DashResponse } from '../http'
import { defaultOptions, type TestFairyOptions } from '../options'
import type { DeliveryResult, SiteContext } from '../site'
import { testfairySite } from './site'

const endpoint = 'https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/appcrashlog?apiKey=Skel0123'

function makeSite(host: string) {
  const context: SiteContext = {
    host,
    renderDelayMs: 400,
    deliver: async (): Promise<DeliveryResult> => ({ reached: true, status: 200, body: '{"ok":true}' }),
  }
  const site = testfairySite(context, defaultOptions.hosts[host] as TestFairyOptions)
  const call = async (method: string, path: string, body = ''): Promise<DashResponse> =>
    site.handle({ method, url: new URL(path, `https://${host}`), headers: { 'content-type': 'application/json' }, body })
  return { site, call }
}

describe('Sauce-era TestFairy', () => {
  it('is served on both data centres, the EU one with the later names', () => {
    expect(defaultOptions.hosts[servedHosts.sauceUs]).toEqual({ site: 'testfairy', generation: 'sauce', feedbackEvent: true, account: 'qa.lead@acme.example' })
    expect(defaultOptions.hosts[servedHosts.sauceEu]).toEqual({
      site: 'testfairy', generation: 'sauce', sauceNaming: 'sauce', feedbackEvent: true, account: 'qa.lead@acme.example',
    })
  })

  it.each([
    [servedHosts.sauceUs, 'TestFairy Settings', 'TestFairy Access Key'],
    [servedHosts.sauceEu, 'Sauce Mobile App Distribution Settings', 'Sauce Mobile App Distribution Access Key'],
  ])('%s: settings titled "%s", the Account menu instead of the e-mail, no Webhooks page', async (host, settings, accessKey) => {
    const { call } = makeSite(host)
    const preferences = await call('GET', '/settings/')
    expect(preferences.status).toBe(200)
    expect(preferences.body).toContain(`<h1>${settings}</h1>`)
    expect(preferences.body).toContain(`<title>${settings} - Sauce Labs</title>`)
    expect(preferences.body).toContain(accessKey)
    expect(preferences.body).toContain('Users Allowlist')
    expect(preferences.body).not.toContain('Whitelist')
    expect(preferences.body).not.toContain('Account Preferences')
    expect(preferences.body).toContain('<button type="button" class="sauce-account-toggle" aria-haspopup="menu" aria-expanded="false" data-account-toggle>Account</button>')
    expect(preferences.body).toMatch(new RegExp(`<template data-account-menu-items>.*role="menuitem" href="/settings/"[^>]*>${settings}</a>`, 's'))
    expect(preferences.body).not.toContain('qa.lead@acme.example</button>')
    expect(preferences.body).not.toContain('class="account-toggle"')
    for (const path of ['/', '/settings/integrations/', '/settings/app-distribution/', '/settings/notifications/', '/settings/email-templates/', '/settings/security/', '/settings/account/', '/settings/users-allowlist/', '/team/', '/logout/']) {
      expect((await call('GET', path)).status, path).toBe(200)
    }
    for (const path of ['/settings/webhooks/', '/settings/webhooks/add/', '/settings/users-whitelist/', '/settings/billing/', '/settings/api-key/']) {
      expect((await call('GET', path)).status, path).toBe(404)
    }
  })

  it('the Integrations page: the Centercode row and four events in the form', async () => {
    const { call } = makeSite(servedHosts.sauceUs)
    const page = await call('GET', '/settings/integrations/')
    expect(page.body).toContain('data-add-integration="centercode"')
    const template = /<template data-dialog-content="centercode"[\s\S]*?<\/template>/.exec(page.body ?? '')?.[0] ?? ''
    expect([...template.matchAll(/<span>([^<]+)<\/span>/g)].map((m) => m[1])).toEqual(['App crash', 'User feedback', 'New upload', 'New device', 'All projects'])
  })

  it('accepts exactly crash, feedback, upload and new-udid', async () => {
    const { call, site } = makeSite(servedHosts.sauceEu)
    const save = (actions: string) =>
      call('POST', '/api/1/webhook/', JSON.stringify({ 'webhook-name': 'Centercode', 'webhook-url': endpoint, 'webhook-status': 'active', actions, 'all-projects': 'true', integration: 'centercode' }))
    const refused = await save('feedback,download')
    expect(refused.status).toBe(400)
    expect(JSON.parse(refused.body ?? '')).toEqual({ status: 'fail', errors: { actions: ['Select a valid choice. download is not one of the available choices.'] } })
    expect((await save('crash,feedback,upload,new-udid')).status).toBe(200)
    expect(site.state.webhooks).toEqual([
      { id: 1, integration: 'centercode', name: 'Centercode', url: endpoint, active: true, events: ['crash', 'feedback', 'upload', 'new-udid'], allProjects: true },
    ])
  })
})
