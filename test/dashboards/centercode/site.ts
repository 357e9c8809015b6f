// STUB, to be replaced: the imitation Centercode community.
import { html, htmlPage } from '../html'
import { htmlResponse } from '../http'
import type { CentercodeOptions } from '../options'
import type { Site, SiteContext } from '../site'

export function centercodeSite(context: SiteContext, options: CentercodeOptions): Site {
  const state = { apiKeys: [] as unknown[] }
  return {
    state,
    handle: (request) =>
      htmlResponse(htmlPage({
        title: 'Centercode',
        site: 'centercode',
        body: html`<header><strong>Centercode</strong></header><main><h1>Community home</h1><p>${context.host}${request.url.pathname} ${options.projectName}</p></main>`,
      })),
  }
}
