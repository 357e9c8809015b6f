// The Centercode community a setup is for, as the person types it ("acme", "acme.centercode.com", a community
// on its own domain, or any address in it): its origin, or what is wrong. Pure: no DOM, no browser APIs.
import { isCentercodeCommunityOrigin } from './endpoint'

export type CommunityCheck = { ok: true; origin: string; ownDomain: boolean } | { ok: false; messageKey: string }

const fail = (messageKey: string): CommunityCheck => ({ ok: false, messageKey })

/** A host name of plain DNS labels under an alphabetic top-level domain: no IP address, no single label. */
const plainHostname = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

export function communityOrigin(input: string): CommunityCheck {
  const text = input.trim()
  if (text === '') return fail('communityEmpty')
  if (/\s/.test(text)) return fail('communityNotUrl')
  // "acme": the community's name alone
  if (/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(text)) return { ok: true, origin: `https://${text.toLowerCase()}.centercode.com`, ownDomain: false }
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
  const host = url.hostname
  if (host === 'centercode.com' || host.endsWith('.centercode.com')) {
    return isCentercodeCommunityOrigin(url.origin) ? { ok: true, origin: url.origin, ownDomain: false } : fail('communityNotCentercode')
  }
  // A community on its own domain: plausible for a white-label product, so allowed, but never one that only
  // looks like Centercode's (or TestFairy's), nor letters that only look like plain ones.
  if (host.split('.').some((label) => label.startsWith('xn--'))) return fail('communityPunycode')
  if (host === 'testfairy.com' || host.endsWith('.testfairy.com')) return fail('communityIsTestFairy')
  if (/centercode|testfairy/.test(host)) return fail('communityLookAlike')
  if (!plainHostname.test(host)) return fail('communityNotCentercode')
  return { ok: true, origin: url.origin, ownDomain: true }
}

/** The match pattern of one community on its own domain: what the extension asks the browser for. */
export function ownDomainPattern(origin: string): string {
  return `${origin}/*`
}
