// STUB, to be replaced: the imitation TestFairy dashboard.
import { html, htmlPage } from '../html'
import { htmlResponse } from '../http'
import type { TestFairyOptions } from '../options'
import type { Site, SiteContext } from '../site'

export function testfairySite(context: SiteContext, options: TestFairyOptions): Site {
  const state = { webhooks: [] as unknown[] }
  return {
    state,
    handle: (request) =>
      htmlResponse(htmlPage({
        title: 'TestFairy',
        site: 'testfairy',
        body: html`<header><strong>TestFairy</strong> ${options.account}</header><main><h1>${
          request.url.pathname.startsWith('/settings/') ? 'Account Preferences' : 'Dashboard'
        }</h1><p>${context.host}${request.url.pathname}</p></main>`,
      })),
  }
}
