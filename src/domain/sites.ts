// Which of the two dashboards a URL belongs to, and its origin. Pure: no DOM, no browser APIs.

export const sites = ['testfairy', 'centercode'] as const
export type Site = (typeof sites)[number]

/** Registrable domains of each site; a dashboard or community is one label under it (app., a private cloud, a community). */
const siteDomains: Record<Site, string> = {
  testfairy: 'testfairy.com',
  centercode: 'centercode.com',
}

/** The match pattern of each site's pages: https, any subdomain. What the manifest asks for; a setup narrows it to its own origins. */
export const sitePatterns: Record<Site, string> = {
  testfairy: `https://*.${siteDomains.testfairy}/*`,
  centercode: `https://*.${siteDomains.centercode}/*`,
}

/** Labels under each domain that are the company's own web site, never a dashboard or a community. */
const notADashboard = new Set(['www'])

/** The origin of an https URL on the default port, or null. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' && parsed.port === '' && parsed.username === '' && parsed.password === '' ? parsed.origin : null
  } catch {
    return null
  }
}

/**
 * The site a page is on, or null: one DNS label under the site's domain (`app.testfairy.com`, `acme.centercode.com`),
 * https on the default port. The bare domain, `www.` and deeper labels are the companies' other sites.
 */
export function siteOf(url: string | undefined): Site | null {
  const origin = originOf(url)
  if (!origin) return null
  const host = new URL(origin).hostname
  for (const site of sites) {
    const suffix = `.${siteDomains[site]}`
    const label = host.endsWith(suffix) ? host.slice(0, -suffix.length) : ''
    if (/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(label) && !notADashboard.has(label)) return site
  }
  return null
}

/** The match pattern of one origin's pages: what a setup registers its guide for. */
export function originPattern(origin: string): string {
  return `${origin}/*`
}

/** The TestFairy dashboard a setup goes to when the person names no other: the one most teams use. */
export const defaultTestFairyOrigin = 'https://app.testfairy.com'
