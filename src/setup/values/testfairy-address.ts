// The TestFairy dashboard a person names when theirs is not app.testfairy.com ("acme", "acme.testfairy.com", one
// of the Sauce-era data centres, or any address in them): its origin, or what is wrong. Checked like the community address. Pure: no DOM, no browser
// APIs. Naming it only says which tab to open: the setup is bound to it on its own page, by the person's answer.
import { siteOf } from './sites'

export type TestFairyCheck = { ok: true; origin: string } | { ok: false; messageKey: string }

const fail = (messageKey: string): TestFairyCheck => ({ ok: false, messageKey })

export function testfairyOrigin(input: string): TestFairyCheck {
  const text = input.trim()
  if (text === '') return fail('testfairyEmpty')
  if (/\s/.test(text)) return fail('testfairyNotUrl')
  // "acme": the private cloud's name alone
  const withHost = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i.test(text) ? `${text}.testfairy.com` : text
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(withHost) ? withHost : `https://${withHost}`
  let url: URL
  try {
    url = new URL(withScheme)
  } catch {
    return fail('testfairyNotUrl')
  }
  if (url.protocol === 'http:') return fail('testfairyNotHttps')
  if (url.protocol !== 'https:') return fail('testfairyNotUrl')
  if (url.username || url.password || url.port || siteOf(url.origin) !== 'testfairy') return fail('testfairyNotTestFairy')
  return { ok: true, origin: url.origin }
}
