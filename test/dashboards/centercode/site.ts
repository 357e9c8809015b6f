// The imitation Centercode community: routes a request to its page by generation, path and method.
import { textResponse, wantsFragment, type DashRequest, type DashResponse } from '../http'
import type { CentercodeOptions } from '../options'
import type { Site, SiteContext } from '../site'
import { communityOf, type Community } from './context'
import { handleFeedbackRequest, isEndpointPath } from './endpoint'
import { notFound } from './layout'
import { apiKeyCreatedPage, apiKeyFormPage, apiKeyListPage, configurationPage, integrationCenterPage, submitApiKey } from './pages-api-keys'
import { communityHome, feedbackList, isPlaceholder, placeholder, projectHome } from './pages-home'
import {
  feedbackTypesPage,
  findType,
  projectConfigurationPage,
  redirectToTab,
  sourceCreatePage,
  sourcePage,
  submitSource,
  typeTabPage,
} from './pages-sources'
import type { TypeTab } from './paths'
import { createState, type CentercodeState } from './state'

export function centercodeSite(context: SiteContext, options: CentercodeOptions): Site {
  const state: CentercodeState = createState()
  const community = communityOf(context, options, state)
  return {
    state,
    handle: (request) => {
      if (isEndpointPath(request.url.pathname)) return handleFeedbackRequest(request, state, options)
      // what the edition or its features do not have is not there at all (dashboards.md)
      const where = `${request.url.pathname}${request.url.search}`
      if (options.enhancedIntegrations === false && /api-?keys/i.test(where)) return notFound(community)
      if ((options.externalSources === false || options.enhancedIntegrations === false) && /externalsource|external-sources|tab=sources/i.test(where)) return notFound(community)
      const method = request.method.toUpperCase()
      const response = options.generation === 'legacy' ? legacyRoute(community, request, method) : currentRoute(community, request, method)
      return response ?? (method === 'GET' || method === 'HEAD' ? notFound(community) : textResponse('Method not allowed\n', 405))
    },
  }
}

function legacyRoute(c: Community, request: DashRequest, method: string): DashResponse | undefined {
  const { pathname, searchParams } = request.url
  const get = method === 'GET' || method === 'HEAD'
  const post = method === 'POST'
  if (get && (pathname === '/' || pathname === '/welcome/' || pathname === '/welcome')) return communityHome(c)
  if (get && isPlaceholder(pathname)) return placeholder(c, pathname)
  if (get && pathname === '/project/home.html') return projectHome(c)
  if (get && pathname === '/project/feedback/') return feedbackList(c)
  if (get && pathname === '/admin/configuration.html') return configurationPage(c)
  if (get && pathname === '/admin/apikeys/') return apiKeyListPage(c)
  if (pathname === '/admin/apikeys/generate.html') return get ? apiKeyFormPage(c) : post ? submitApiKey(c, request) : undefined
  if (get && pathname === '/admin/apikeys/generated.html') return apiKeyCreatedPage(c, request)
  if (get && pathname === '/project/admin/feedbacktypes.html') return feedbackTypesPage(c)
  const type = findType(c, searchParams.get('ft'))
  if (get && pathname === '/project/admin/feedbacktype.html' && type) {
    const tab = searchParams.get('tab')
    const tabs: Record<string, TypeTab> = { form: 'form', workflow: 'workflow', sources: 'sources' }
    return tab && tabs[tab] ? typeTabPage(c, type, tabs[tab], false) : redirectToTab(c, type)
  }
  if (pathname === '/project/admin/externalsource.html' && type) {
    if (post) return submitSource(c, request, type)
    if (!get) return undefined
    const sourceKey = searchParams.get('source')
    if (sourceKey !== null) return sourcePage(c, type, sourceKey, false)
    if (searchParams.get('action') === 'create') return sourceCreatePage(c, type, false)
  }
  return undefined
}

function currentRoute(c: Community, request: DashRequest, method: string): DashResponse | undefined {
  const { pathname } = request.url
  const get = method === 'GET' || method === 'HEAD'
  const post = method === 'POST'
  const fragment = wantsFragment(request)
  const path = pathname.replace(/(.)\/$/, '$1')
  if (get && (path === '/' || path === '/welcome')) return communityHome(c)
  if (get && isPlaceholder(path)) return placeholder(c, path)
  if (get && path === c.paths.projectHome) return projectHome(c)
  if (get && path === c.paths.feedbackList) return feedbackList(c)
  if (get && path === c.paths.configuration) return configurationPage(c)
  if (get && path === c.paths.integrationCenter) return integrationCenterPage(c)
  if (get && path === c.paths.apiKeys) return apiKeyListPage(c)
  if (path === c.paths.apiKeyCreate) return get ? apiKeyFormPage(c) : post ? submitApiKey(c, request) : undefined
  if (get && path === c.paths.projectConfiguration) return projectConfigurationPage(c)
  if (get && path === c.paths.feedbackTypes) return feedbackTypesPage(c)
  if (!path.startsWith(`${c.paths.feedbackTypes}/`)) return undefined
  const [typeId, tabName, sourceKey, ...rest] = path.slice(c.paths.feedbackTypes.length + 1).split('/')
  const type = findType(c, typeId)
  if (!type || rest.length > 0) return undefined
  if (tabName === undefined) return get ? redirectToTab(c, type) : undefined
  const tabs: Record<string, TypeTab> = { form: 'form', workflow: 'workflow', integrations: 'integrations', 'external-sources': 'sources' }
  const tab = tabs[tabName]
  if (!tab) return undefined
  if (sourceKey === undefined) return get ? typeTabPage(c, type, tab, fragment) : undefined
  if (tab !== 'sources') return undefined
  if (sourceKey === 'new') return get ? sourceCreatePage(c, type, fragment) : post ? submitSource(c, request, type) : undefined
  return get ? sourcePage(c, type, decodeURIComponent(sourceKey), fragment) : undefined
}
