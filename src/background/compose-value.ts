// A slot's value put together from what earlier steps read, for a page that shows none: the endpoint URL from
// the setup's community, the project key, the source key and the API key. Checked exactly as one read from a
// page; the person sees what it points at (never any part of the key) before it is kept.
import { composeEndpoint, endpointMessageKey } from '../setup/values/endpoint'

/** What the person checks: the community's host, the project and the source (the key stays out of sight). */
export type ComposedParts = [host: string, project: string, source: string]
export type Composed = { ok: true; value: string; parts: ComposedParts } | { ok: false; messageKey: string; args?: string[] }

export async function composeValue(slot: string, community: string | undefined, readSlot: (name: string) => Promise<string | null>): Promise<Composed> {
  if (slot !== 'endpoint' || !community) return { ok: false, messageKey: 'readRefused' }
  const [projectKey, sourceKey, apiKey] = await Promise.all([readSlot('projectKey'), readSlot('sourceKey'), readSlot('apiKey')])
  if (!apiKey) return { ok: false, messageKey: 'composeNoKey' }
  if (!projectKey || !sourceKey) return { ok: false, messageKey: 'composeMissingPart' }
  const check = composeEndpoint({ origin: community, projectKey, sourceKey, apiKey })
  if (!check.ok) return { ok: false, messageKey: endpointMessageKey(check.problem) }
  return { ok: true, value: check.endpoint.url, parts: [new URL(check.endpoint.origin).host, check.endpoint.projectKey, check.endpoint.sourceKey] }
}
