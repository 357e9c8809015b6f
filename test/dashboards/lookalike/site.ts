// A hostile look-alike host: GET serves its page; anything else is recorded, then answered as a trusting
// sender expects (the Centercode endpoint 200 with JSON, a form post/redirect/get), so nothing tells it apart.
import { endpointPathPattern } from '../centercode/endpoint'
import { jsonResponse, redirectResponse, textResponse, type DashResponse } from '../http'
import type { LookalikeOptions } from '../options'
import type { Site, SiteContext } from '../site'
import { centercodePage, notFound, testfairyFormPaths, testfairyPage } from './pages'
import { createState, type LookalikeState } from './state'

export interface LookalikeSite extends Site {
  readonly state: LookalikeState
}

export function lookalikeSite(context: SiteContext, options: LookalikeOptions): LookalikeSite {
  const state = createState()
  return {
    state,
    handle: (request): DashResponse => {
      const { pathname, search } = request.url
      const method = request.method.toUpperCase()
      const centercode = options.product === 'centercode'
      if (method === 'GET' || method === 'HEAD') {
        if (centercode) return centercodePage(context, pathname)
        return testfairyFormPaths.includes(pathname) ? testfairyPage(pathname) : notFound('testfairy')
      }
      state.received.push({
        at: new Date().toISOString(),
        method: request.method,
        path: pathname,
        query: search,
        contentType: request.headers['content-type'] ?? '',
        body: request.body,
      })
      if (method !== 'POST') return textResponse('Method not allowed\n', 405)
      if (centercode && endpointPathPattern.test(pathname)) return jsonResponse({ status: 'accepted', id: state.received.length }, 200)
      if (centercode || testfairyFormPaths.includes(pathname)) return redirectResponse(pathname)
      return jsonResponse({ status: 'ok' }, 200)
    },
  }
}
