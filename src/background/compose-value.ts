// A slot's value put together from what earlier steps read, for a page that shows none: the endpoint URL from
// the community's origin, the project key, the source key and the API key. Checked exactly as one read from a
// page; the person sees it masked before it is kept.
import { composeEndpoint, endpointMessageKey, maskEndpoint } from '../domain/endpoint'

export type Composed = { ok: true; value: string; preview: string } | { ok: false; messageKey: string; args?: string[] }

export async function composeValue(slot: string, pageOrigin: string, readSlot: (name: string) => Promise<string | null>): Promise<Composed> {
  if (slot !== 'endpoint') return { ok: false, messageKey: 'readRefused' }
  const [projectKey, sourceKey, apiKey] = await Promise.all([readSlot('projectKey'), readSlot('sourceKey'), readSlot('apiKey')])
  if (!apiKey) return { ok: false, messageKey: 'composeNoKey' }
  if (!projectKey || !sourceKey) return { ok: false, messageKey: 'composeMissingPart' }
  const check = composeEndpoint({ origin: pageOrigin, projectKey, sourceKey, apiKey })
  if (!check.ok) return { ok: false, messageKey: endpointMessageKey(check.problem) }
  return { ok: true, value: check.endpoint.url, preview: maskEndpoint(check.endpoint) }
}
