// The imitation TestFairy's words as data: the Sauce-era's per naming, and each generation's sidebar.
import { describe, expect, it } from 'vitest'
import { eventsFor } from './events'
import { sauceAccessKey, sauceAccountMenu, sauceLabels, sidebarFor } from './labels'

describe('Sauce-era labels', () => {
  it('the earlier names by default, the later ones with naming "sauce"', () => {
    expect(sauceLabels()).toEqual({ product: 'TestFairy', settings: 'TestFairy Settings', accessKey: 'TestFairy Access Key' })
    expect(sauceLabels('testfairy')).toEqual(sauceLabels())
    expect(sauceLabels('sauce')).toEqual({
      product: 'Sauce Mobile App Distribution',
      settings: 'Sauce Mobile App Distribution Settings',
      accessKey: 'Sauce Mobile App Distribution Access Key',
    })
  })

  it.each([
    [undefined, 'TestFairy Settings', 'TestFairy Access Key'],
    ['testfairy', 'TestFairy Settings', 'TestFairy Access Key'],
    ['sauce', 'Sauce Mobile App Distribution Settings', 'Sauce Mobile App Distribution Access Key'],
  ] as const)('naming %s: the Account menu and the sidebar', (naming, settings, accessKey) => {
    expect(sauceAccountMenu(naming).map((i) => [i.label, i.path])).toEqual([[settings, '/settings/'], ['Team', '/team/'], ['Sign Out', '/logout/']])
    const sidebar = sidebarFor({ generation: 'sauce', ...(naming ? { sauceNaming: naming } : {}) })
    expect(sidebar.map((i) => i.label)).toEqual([
      accessKey, 'App Distribution', 'Notifications', 'Integrations', 'Email Templates', 'Security', 'Account', 'Users Allowlist',
    ])
    expect(sidebar[0]).toBe(sauceAccessKey(naming))
    expect(sidebar[0]?.path).toBe('/settings/')
    expect(new Set(sidebar.map((i) => i.path)).size).toBe(sidebar.length)
    expect(sidebar.map((i) => i.path).filter((p) => p.startsWith('/settings/webhooks'))).toEqual([])
  })

  it('the other generations keep their sidebars whatever the naming', () => {
    expect(sidebarFor({ generation: 'integrations', sauceNaming: 'sauce' }).map((i) => i.label)).toEqual([
      'SDK App Token', 'Upload API Key', 'Notifications', 'Integrations', 'Bug Systems', 'Email Templates', 'Security', 'Account', 'Billing', 'Users Whitelist',
    ])
    expect(sidebarFor({ generation: 'webhooks' }).map((i) => i.label)).toContain('Webhooks')
  })
})

describe('webhook events per generation', () => {
  it('the Sauce-era offers crash, feedback, upload and new device, with their add and edit labels', () => {
    const events = eventsFor({ generation: 'sauce', feedbackEvent: true })
    expect(events.map((e) => [e.event, e.addLabel, e.editLabel])).toEqual([
      ['crash', 'App crash', 'On every crash'],
      ['feedback', 'User feedback', 'On each feedback'],
      ['upload', 'New upload', 'On every new app version'],
      ['new-udid', 'New device', 'On every new device'],
    ])
  })

  it('the other generations are unchanged', () => {
    expect(eventsFor({ generation: 'integrations', feedbackEvent: true }).map((e) => e.event)).toEqual(['crash', 'feedback', 'upload'])
    expect(eventsFor({ generation: 'webhooks', feedbackEvent: true }).map((e) => e.event)).toEqual(['crash', 'feedback', 'upload', 'download'])
    expect(eventsFor({ generation: 'sauce', feedbackEvent: false }).map((e) => e.event)).toEqual(['upload', 'download', 'new-udid'])
  })
})
