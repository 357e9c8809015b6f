import { describe, expect, it } from 'vitest'
import messages from '../../../public/_locales/en/messages.json' with { type: 'json' }
import { communityOrigin } from './community'

describe('communityOrigin', () => {
  it.each([
    ['acme', 'https://acme.centercode.com'],
    ['  Acme  ', 'https://acme.centercode.com'],
    ['acme.centercode.com', 'https://acme.centercode.com'],
    ['https://acme.centercode.com', 'https://acme.centercode.com'],
    ['https://ACME.centercode.com/project/home.html?cap=1#x', 'https://acme.centercode.com'],
    ['training-2.centercode.com/', 'https://training-2.centercode.com'],
  ])('%j → %s', (input, origin) => {
    expect(communityOrigin(input)).toEqual({ ok: true, origin, ownDomain: false })
  })

  // a white-label community on its own domain: allowed, and marked so the extension asks the browser for it
  it.each([
    ['beta.globex.example', 'https://beta.globex.example'],
    ['https://Feedback.Acme-Corp.com/project/home.html', 'https://feedback.acme-corp.com'],
    ['feedback.acme.co.uk/', 'https://feedback.acme.co.uk'],
    ['https://beta.acme.io?x=1#top', 'https://beta.acme.io'],
  ])('%j → %s on its own domain', (input, origin) => {
    expect(communityOrigin(input)).toEqual({ ok: true, origin, ownDomain: true })
  })

  it.each([
    ['', 'communityEmpty'],
    ['   ', 'communityEmpty'],
    ['acme beta', 'communityNotUrl'],
    ['http://acme.centercode.com', 'communityNotHttps'],
    ['ftp://acme.centercode.com', 'communityNotUrl'],
    ['javascript:alert(1)', 'communityNotUrl'],
    ['https://www.centercode.com', 'communityNotCentercode'],
    ['https://centercode.com', 'communityNotCentercode'],
    ['https://acme.centercode.com.evil.example', 'communityLookAlike'],
    ['acme.centercode.com.evil.example/login', 'communityLookAlike'],
    ['https://acme-centercode.com', 'communityLookAlike'],
    ['https://centercode.community.example', 'communityLookAlike'],
    ['https://centercode-login.net', 'communityLookAlike'],
    ['https://app.testfairy.com', 'communityIsTestFairy'],
    ['globex.testfairy.com', 'communityIsTestFairy'],
    ['https://testfairy.com.evil.example', 'communityLookAlike'],
    ['https://a.b.centercode.com', 'communityNotCentercode'],
    ['https://user@acme.centercode.com', 'communityNotCentercode'],
    ['https://acme.centercode.com:8443', 'communityNotCentercode'],
    ['https://xn--cntercode-z7a.com', 'communityPunycode'],
    ['https://acme.cеntercode.com', 'communityPunycode'],
    ['https://bücher.example', 'communityPunycode'],
    ['https://127.0.0.1', 'communityNotCentercode'],
    ['https://[::1]', 'communityNotCentercode'],
    ['https://intranet', 'communityNotCentercode'],
    ['https://beta.acme.123', 'communityNotUrl'],
    ['https://user:pw@beta.acme.io', 'communityNotCentercode'],
    ['https://beta.acme.io:8443', 'communityNotCentercode'],
    ['-acme', 'communityNotCentercode'],
  ])('%j is refused: %s', (input, messageKey) => {
    expect(communityOrigin(input)).toEqual({ ok: false, messageKey })
    expect(messages).toHaveProperty(messageKey)
  })
})
