// The Centercode community a setup is for, as the person types it ("acme", "acme.centercode.com", or any
// address in it): its origin, or what is wrong. Pure: no DOM, no browser APIs.
import { isCentercodeCommunityOrigin } from './endpoint'

export type CommunityCheck = { ok: true; origin: string } | { ok: false; messageKey: string }

const fail = (messageKey: string): CommunityCheck => ({ ok: false, messageKey })

export function communityOrigin(input: string): CommunityCheck {
  const text = input.trim()
  if (text === '') return fail('communityEmpty')
  if (/\s/.test(text)) return fail('communityNotUrl')
  // "acme": the community's name alone
  if (/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(text)) return { ok: true, origin: `https://${text.toLowerCase()}.centercode.com` }
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return fail('communityNotUrl')
  }
  if (url.protocol === 'http:') return fail('communityNotHttps')
  if (url.protocol !== 'https:') return fail('communityNotUrl')
  if (url.username || url.password || url.port) return fail('communityNotCentercode')
  return isCentercodeCommunityOrigin(url.origin) ? { ok: true, origin: url.origin } : fail('communityNotCentercode')
}
