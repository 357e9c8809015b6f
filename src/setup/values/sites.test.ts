import { describe, expect, it } from 'vitest'
import { sauceDashboards, siteOf, sitePatterns } from './sites'

describe('siteOf', () => {
  it.each([
    ['https://app.testfairy.com/settings/integrations/', 'testfairy'],
    ['https://app.testfairy.com/', 'testfairy'],
    ['https://globex.testfairy.com/settings/', 'testfairy'],
    ['https://APP.TestFairy.com/settings/', 'testfairy'],
    // the Sauce-era dashboards, one per data centre, and no other host of saucelabs.com
    ['https://mobile.saucelabs.com/settings/', 'testfairy'],
    ['https://mobile.eu-central-1.saucelabs.com/', 'testfairy'],
    ['https://saucelabs.com/', null],
    ['https://app.saucelabs.com/', null],
    ['https://mobile.us-west-1.saucelabs.com/', null],
    ['https://mobile.saucelabs.com.evil.example/', null],
    ['http://mobile.saucelabs.com/', null],
    ['https://acme.centercode.com/', 'centercode'],
    ['https://training.centercode.com/project/home.html?cap=1234', 'centercode'],
    ['https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=x', 'centercode'],
    // not ours: the companies' own sites, deeper hosts, other ports and schemes
    ['https://testfairy.com/', null],
    ['https://www.testfairy.com/', null],
    ['https://www.centercode.com/', null],
    ['https://centercode.com/', null],
    ['https://a.b.centercode.com/', null],
    ['https://user@acme.centercode.com/', null],
    ['http://app.testfairy.com/', null],
    ['https://app.testfairy.com:8443/', null],
    ['https://testfairy.com.evil.example/', null],
    ['https://eviltestfairy.com/', null],
    ['https://centercode.com.example.org/', null],
    ['https://example.com/?next=https://app.testfairy.com/', null],
    ['chrome-extension://abc/index.html', null],
    ['not a url', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (url, site) => {
    expect(siteOf(url)).toBe(site)
  })
})

describe('sitePatterns', () => {
  it('match every TestFairy dashboard outside testfairy.com: the Sauce-era data centres', () => {
    expect(sitePatterns.testfairy.slice(1)).toEqual(sauceDashboards.map((origin) => `${origin}/*`))
  })
})
