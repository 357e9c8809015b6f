// Which of the two dashboards a URL belongs to, and its origin. Pure: no DOM, no browser APIs.

export const sites = ['testfairy', 'centercode'] as const
export type Site = (typeof sites)[number]

/** Registrable domains of each site; a dashboard or community is one label under it (app., a private cloud, a community). */
const siteDomains: Record<Site, string> = {
  testfairy: 'testfairy.com',
  centercode: 'centercode.com',
}

/**
 * The Sauce-era TestFairy (2021-25, dashboards.md): one dashboard per Sauce Labs data centre, US and EU, each
 * with its own accounts. The only TestFairy dashboards outside testfairy.com.
 */
export const sauceDashboards: readonly string[] = ['https://mobile.saucelabs.com', 'https://mobile.eu-central-1.saucelabs.com']

/**
 * The match patterns of each site's pages: https, any subdomain (and, for TestFairy, the two Sauce Labs
 * dashboards). What the manifest asks for; a setup narrows it to its own origins.
 */
export const sitePatterns: Record<Site, string[]> = {
  // written out (no call): a page's script that imports this module carries none of it
  testfairy: [`https://*.${siteDomains.testfairy}/*`, 'https://mobile.saucelabs.com/*', 'https://mobile.eu-central-1.saucelabs.com/*'],
  centercode: [`https://*.${siteDomains.centercode}/*`],
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
  if (sauceDashboards.includes(origin)) return 'testfairy'
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
