// The External Source feedback API:
//   POST https://{community}/api/v1/projects/{projectKey}/feedback/{sourceKey}?apiKey={key}
// The real request schema and responses are not public; this one accepts a TestFairy webhook JSON object.
import type { DashRequest, DashResponse } from '../http'
import { jsonOf, jsonResponse } from '../http'
import type { CentercodeOptions } from '../options'
import { typeNameFor } from './labels'
import type { CentercodeState, ExternalSource } from './state'
import { feedbackTypesFor } from './state'

export const endpointPathPattern = /^\/api\/v1\/projects\/([^/]+)\/feedback\/([^/]+)\/?$/

export function endpointUrl(host: string, projectKey: string, sourceKey: string, apiKey: string): string {
  return `https://${host}/api/v1/projects/${encodeURIComponent(projectKey)}/feedback/${encodeURIComponent(sourceKey)}?apiKey=${apiKey}`
}

/** The placeholder the 'placeholder-key' presentation shows instead of the key. */
export const apiKeyPlaceholder = '{API_KEY}'

export function isEndpointPath(pathname: string): boolean {
  return endpointPathPattern.test(pathname)
}

/** The most recently made source with this key, across feedback types. */
export function findSource(state: CentercodeState, sourceKey: string): ExternalSource | undefined {
  const all = Object.values(state.sources).flat()
  return all.filter((source) => source.key.toLowerCase() === sourceKey.toLowerCase()).sort((a, b) => b.id - a.id)[0]
}

export function handleFeedbackRequest(
  request: DashRequest,
  state: CentercodeState,
  options: Pick<CentercodeOptions, 'projectKey' | 'generation' | 'renamedLabels'>,
  now: () => Date = () => new Date(),
): DashResponse {
  const match = endpointPathPattern.exec(request.url.pathname)
  if (!match) return jsonResponse({ error: 'Not found.' }, 404)
  if (request.method.toUpperCase() !== 'POST') {
    const response = jsonResponse({ error: 'Method not allowed: this endpoint accepts POST only.' }, 405)
    return { ...response, headers: { ...response.headers, allow: 'POST' } }
  }
  const projectKey = decodeURIComponent(match[1] ?? '')
  const sourceKey = decodeURIComponent(match[2] ?? '')
  if (projectKey !== options.projectKey) return jsonResponse({ error: `Unknown project: ${projectKey}.` }, 404)
  const apiKey = request.url.searchParams.get('apiKey') ?? ''
  if (!apiKey) return jsonResponse({ error: 'Missing API key: add ?apiKey= to the URL.' }, 401)
  const keyRecord = state.apiKeys.find((record) => record.key === apiKey)
  if (!keyRecord) return jsonResponse({ error: 'Invalid API key.' }, 401)
  const source = findSource(state, sourceKey)
  if (!source) return jsonResponse({ error: `Unknown feedback source: ${sourceKey}.` }, 404)
  const payload = jsonOf(request)
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    {return jsonResponse({ error: 'The request body must be a JSON object.' }, 400)}

  const at = now().toISOString()
  keyRecord.lastAccessed = at
  const values = payload as Record<string, unknown>
  const valueOf = (parameter: string | undefined) => {
    const value = parameter ? values[parameter] : undefined
    return value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value)
  }
  const fields: Record<string, string> = {}
  for (const [element, parameter] of Object.entries(source.elementParameters)) fields[element] = valueOf(parameter)
  const type = feedbackTypesFor(options.generation).find((t) => t.id === source.typeId)
  const id = state.nextId++
  state.feedback.push({
    id,
    sourceKey: source.key,
    sourceName: source.name,
    typeId: source.typeId,
    typeName: typeNameFor(type?.name ?? source.typeId, options),
    team: source.team,
    status: source.status || valueOf(source.workflowParameters.Status) || 'New',
    fields,
    submitter: valueOf('email'),
    payload,
    received: at,
  })
  return jsonResponse({ status: 'accepted', id }, 200)
}
