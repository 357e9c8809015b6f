import { describe, expect, it } from 'vitest'
import messages from '../../../public/_locales/en/messages.json' with { type: 'json' }
import { testfairyOrigin } from './testfairy-address'

describe('testfairyOrigin', () => {
  it.each([
    ['globex', 'https://globex.testfairy.com'],
    ['  Globex ', 'https://globex.testfairy.com'],
    ['globex.testfairy.com', 'https://globex.testfairy.com'],
    ['https://globex.testfairy.com/settings/webhooks/', 'https://globex.testfairy.com'],
    ['app.testfairy.com', 'https://app.testfairy.com'],
    ['HTTPS://ACME-2.TestFairy.com?x=1#y', 'https://acme-2.testfairy.com'],
    ['mobile.saucelabs.com', 'https://mobile.saucelabs.com'],
    ['https://mobile.eu-central-1.saucelabs.com/settings/', 'https://mobile.eu-central-1.saucelabs.com'],
  ])('%j → %s', (input, origin) => {
    expect(testfairyOrigin(input)).toEqual({ ok: true, origin })
  })

  it.each([
    ['', 'testfairyEmpty'],
    ['   ', 'testfairyEmpty'],
    ['globex cloud', 'testfairyNotUrl'],
    ['http://globex.testfairy.com', 'testfairyNotHttps'],
    ['ftp://globex.testfairy.com', 'testfairyNotUrl'],
    ['javascript:alert(1)', 'testfairyNotUrl'],
    ['testfairy.com', 'testfairyNotTestFairy'],
    ['www.testfairy.com', 'testfairyNotTestFairy'],
    ['a.b.testfairy.com', 'testfairyNotTestFairy'],
    ['globex.testfairy.com.evil.example', 'testfairyNotTestFairy'],
    ['globex.testfairy.co', 'testfairyNotTestFairy'],
    ['acme.centercode.com', 'testfairyNotTestFairy'],
    ['app.saucelabs.com', 'testfairyNotTestFairy'],
    ['https://globex.testfairy.com:8443/', 'testfairyNotTestFairy'],
    ['https://user:pw@globex.testfairy.com/', 'testfairyNotTestFairy'],
    ['https://[::1]/', 'testfairyNotTestFairy'],
    ['https://127.0.0.1/', 'testfairyNotTestFairy'],
  ])('%j is refused: %s', (input, messageKey) => {
    expect(testfairyOrigin(input)).toEqual({ ok: false, messageKey })
    expect(messages).toHaveProperty(messageKey)
  })
})
