// The hostnames the imitation dashboards answer for. They are the real products' names: the browsers under
// test reach them only through the test rig, which sends every one of them to our local server.

export const servedHosts = {
  testfairy: 'app.testfairy.com',
  /** A private-cloud TestFairy (SUBDOMAIN.testfairy.com). */
  testfairyPrivateCloud: 'globex.testfairy.com',
  /**
   * A TestFairy organisation on the newest generation, App Distribution 2026 (per-organisation ORG.testfairy.com):
   * no Preferences, webhooks under the profile menu's Integrations, no feedback event.
   */
  testfairyAppDistribution: 'hooli.testfairy.com',
  /**
   * The Sauce-era TestFairy (2021-25), one dashboard per Sauce Labs data centre, each with its own accounts and API
   * key: the US data centre's.
   */
  sauceUs: 'mobile.saucelabs.com',
  /** The Sauce-era TestFairy, one dashboard per Sauce Labs data centre: the EU data centre's. */
  sauceEu: 'mobile.eu-central-1.saucelabs.com',
  /** A Centercode community (COMMUNITY.centercode.com) on the legacy UI. */
  centercode: 'acme.centercode.com',
  /** A second community, on the current UI. */
  centercodeCurrent: 'initech.centercode.com',
  /** A white-label community on its own domain (the reserved .example top-level domain: never a real host). */
  centercodeOwnDomain: 'beta.globex.example',
  /**
   * Hostile look-alikes, for security tests: other hosts of the products' domains, neither the person's
   * community nor their dashboard. One shows a Centercode endpoint of its own, one a TestFairy webhook form.
   */
  centercodeOther: 'support.centercode.com',
  testfairyOther: 'status.testfairy.com',
} as const

export const servedHostnames: readonly string[] = Object.values(servedHosts)

export function isServedHost(hostname: string): boolean {
  return servedHostnames.includes(hostname.toLowerCase())
}
