// Which of the two dashboards a URL belongs to. Pure: no DOM, no browser APIs.

export const sites = ['testfairy', 'centercode'] as const
export type Site = (typeof sites)[number]

/** Registrable domains of each site; any subdomain (app., a private cloud, a community) belongs to it. */
const siteDomains: Record<Site, string> = {
  testfairy: 'testfairy.com',
  centercode: 'centercode.com',
}

/** The match pattern of each site's pages: https, any subdomain. */
export const sitePatterns: Record<Site, string> = {
  testfairy: `https://*.${siteDomains.testfairy}/*`,
  centercode: `https://*.${siteDomains.centercode}/*`,
}

/** The site a page is on, or null. Only https pages count: the extension never runs on plain http. */
export function siteOf(url: string | undefined): Site | null {
  if (!url) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' || parsed.port !== '') return null
  const host = parsed.hostname
  for (const site of sites) {
    const domain = siteDomains[site]
    if (host === domain || host.endsWith(`.${domain}`)) return site
  }
  return null
}
