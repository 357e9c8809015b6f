// The imitation TestFairy dashboard: routes a host's requests to its pages and endpoints.
//   /                          busy dashboard           /testers/ /crashes/ /feedback/ /sessions/ ... plain pages
//   /settings/...              Account Preferences (panels render late, sidebar navigates by pushState)
//   generation 'integrations': /settings/integrations/ (+ /settings/integrations/active/), JSON /api/1/webhook/...
//   generation 'webhooks':     /settings/webhooks/, /settings/webhooks/add/, /settings/webhooks/<id>/edit/ (classic forms)
//   generation 'app-distribution': App Distribution 2026, routed by pages/app-distribution.ts (no /settings/ at all:
//                              profile menu > /org/integrations/ > /org/integrations/webhooks/, JSON /api/v3/webhooks)
//   generation 'sauce':        Sauce-era, on Sauce Labs' hosts: the 'integrations' pages and JSON API, with the Account
//                              menu's "TestFairy Settings" (or the later names) and their own sidebar (layout.ts, labels.ts)
import type { DashResponse } from '../http'
import type { TestFairyOptions } from '../options'
import type { Site, SiteContext } from '../site'
import { notFound, type PageContext } from './layout'
import { handleAppDistribution } from './pages/app-distribution'
import { dashboardPage, plainPage, signedOutPage } from './pages/dashboard'
import { activeIntegrationsFragment, integrationsPage } from './pages/integrations'
import { simpleSettingsPage } from './pages/settings'
import { handleLegacyWebhooks } from './pages/webhooks'
import { createState, type TestFairyState } from './state'
import { handleWebhookApi } from './webhook-api'
import { WebhookStore } from './webhook-store'

/** Our own small mark (no asset of the real product). */
const favicon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><circle cx="8" cy="8" r="7" fill="#1a8cff"/><path d="M5 4h6v2H9v6H7V6H5z" fill="#fff"/></svg>'

export interface TestFairySite extends Site {
  readonly state: TestFairyState
}

export function testfairySite(context: SiteContext, options: TestFairyOptions): TestFairySite {
  const state = createState()
  const store = new WebhookStore(state, options, context)

  async function handle(request: PageContext['request']): Promise<DashResponse> {
    const page: PageContext = { context, options, state, request }
    if (options.generation === 'app-distribution') return handleAppDistribution(page)
    const path = request.url.pathname
    // the Sauce-era keeps the current generation's Integrations page and API
    const current = options.generation === 'integrations' || options.generation === 'sauce'

    if (path.startsWith('/api/')) {
      const answer = current ? await handleWebhookApi(request, store, () => state.webhooks) : undefined
      return answer ?? notFound(page)
    }
    if (path.startsWith('/settings/webhooks/')) return (!current && (await handleLegacyWebhooks(page, store))) || notFound(page)
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(page)
    if (path === '/') return dashboardPage(page)
    if (path === '/favicon.ico') return { status: 200, headers: { 'content-type': 'image/svg+xml' }, body: favicon }
    if (path === '/logout/') return signedOutPage(page)
    if (path === '/settings') return { status: 301, headers: { location: '/settings/' } }
    if (current && path === '/settings/integrations/') return integrationsPage(page)
    if (current && path === '/settings/integrations/active/') return activeIntegrationsFragment(page)
    return simpleSettingsPage(page, path) ?? plainPage(page, path) ?? notFound(page)
  }

  return { state, handle }
}
