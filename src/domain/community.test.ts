import { describe, expect, it } from 'vitest'
import messages from '../../public/_locales/en/messages.json' with { type: 'json' }
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
    expect(communityOrigin(input)).toEqual({ ok: true, origin })
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
    ['https://acme.centercode.com.evil.example', 'communityNotCentercode'],
    ['https://acme-centercode.com', 'communityNotCentercode'],
    ['https://a.b.centercode.com', 'communityNotCentercode'],
    ['https://user@acme.centercode.com', 'communityNotCentercode'],
    ['https://acme.centercode.com:8443', 'communityNotCentercode'],
    ['https://xn--cntercode-z7a.com', 'communityNotCentercode'],
    ['https://acme.cеntercode.com', 'communityNotCentercode'],
    ['-acme', 'communityNotCentercode'],
  ])('%j is refused: %s', (input, messageKey) => {
    expect(communityOrigin(input)).toEqual({ ok: false, messageKey })
    expect(messages).toHaveProperty(messageKey)
  })
})
