// The current generation's JSON endpoints, called by the Integrations page's script (a guess at the shape of
// TestFairy's own: /api/1/webhook/ with webhook-name, webhook-url, webhook-status, actions, all-projects).
import { jsonOf, jsonResponse, type DashRequest, type DashResponse } from '../http'
import type { IntegrationKind } from './state'
import type { WebhookErrors, WebhookInput } from './validate-webhook'
import type { WebhookStore } from './webhook-store'

export const apiPaths = {
  list: '/api/1/webhooks/',
  create: '/api/1/webhook/',
  /** POST to update, DELETE to delete. */
  one: (id: number) => `/api/1/webhook/${id}/`,
  test: '/api/1/webhook/test/',
} as const

const truthy = (value: string | undefined) => ['true', 'on', '1', 'active', 'yes'].includes((value ?? '').toLowerCase())

/** The JSON body as string fields (what the server "received"), or undefined when it is not a JSON object. */
function fieldsOf(request: DashRequest): Record<string, string> | undefined {
  if (request.body.trim() === '' && request.method === 'DELETE') return {}
  const body = jsonOf(request)
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined
  return Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))
}

function inputOf(fields: Record<string, string>): WebhookInput {
  return {
    name: fields['webhook-name'] ?? '',
    url: fields['webhook-url'] ?? '',
    active: truthy(fields['webhook-status']),
    events: (fields.actions ?? '').split(','),
    allProjects: truthy(fields['all-projects']),
  }
}

/** Errors keyed by the form's input names, as the page shows them beside the fields. */
function apiErrors(errors: WebhookErrors): Record<string, string[]> {
  const out: Record<string, string[]> = {}
  if (errors.name) out['webhook-name'] = errors.name
  if (errors.url) out['webhook-url'] = errors.url
  if (errors.events) out.actions = errors.events
  return out
}

const badRequest = () => jsonResponse({ status: 'fail', message: 'Bad request: expected a JSON object.' }, 400)
const notFound = () => jsonResponse({ status: 'fail', message: 'Webhook not found.' }, 404)

export async function handleWebhookApi(request: DashRequest, store: WebhookStore, webhooks: () => unknown[]): Promise<DashResponse | undefined> {
  const path = request.url.pathname
  if (path === apiPaths.list && request.method === 'GET') return jsonResponse({ status: 'ok', webhooks: webhooks() })
  if (path === apiPaths.test && request.method === 'POST') {
    const fields = fieldsOf(request)
    if (!fields) return badRequest()
    const result = await store.test(fields['webhook-url'] ?? '')
    return result.ok
      ? jsonResponse({ status: 'ok', reached: result.reached, message: result.answer })
      : jsonResponse({ status: 'fail', errors: { 'webhook-url': result.errors } }, 400)
  }
  if (path === apiPaths.create && request.method === 'POST') {
    const fields = fieldsOf(request)
    if (!fields) return badRequest()
    const integration: IntegrationKind = fields.integration === 'centercode' ? 'centercode' : 'webhook'
    const result = store.create(path, fields, inputOf(fields), integration)
    if (result.ok) return jsonResponse({ status: 'ok', webhook: result.webhook })
    return 'errors' in result ? jsonResponse({ status: 'fail', errors: apiErrors(result.errors) }, 400) : notFound()
  }
  const one = /^\/api\/1\/webhook\/(\d+)\/$/.exec(path)
  if (one) {
    const id = Number(one[1])
    const fields = fieldsOf(request)
    if (!fields) return badRequest()
    if (request.method === 'POST') {
      const result = store.update(path, id, fields, inputOf(fields))
      if (result.ok) return jsonResponse({ status: 'ok', webhook: result.webhook })
      return 'errors' in result ? jsonResponse({ status: 'fail', errors: apiErrors(result.errors) }, 400) : notFound()
    }
    if (request.method === 'DELETE') return store.delete(path, id, fields) ? jsonResponse({ status: 'ok' }) : notFound()
    return jsonResponse({ status: 'fail', message: 'Method not allowed.' }, 405)
  }
  if (path.startsWith('/api/')) return jsonResponse({ status: 'fail', message: 'Not found.' }, 404)
  return undefined
}
