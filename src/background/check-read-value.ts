// A value a step read from a page is checked against what its slot must hold before it is kept.
import { isApiKey } from '../domain/api-key'
import { checkEndpoint, endpointMessageKey, fillKeyPlaceholder, hasKeyPlaceholder, isKeyPart } from '../domain/endpoint'

export type ReadCheck = { ok: true; value: string } | { ok: false; messageKey: string; args?: string[] }

/**
 * `pageOrigin` is the origin of the page the value was read on; `readKey` gives the API key read earlier
 * (for an endpoint shown with a placeholder instead of the key).
 */
export async function checkReadValue(slot: string, raw: string, pageOrigin: string, readKey: () => Promise<string | null>): Promise<ReadCheck> {
  const value = raw.trim()
  if (slot === 'apiKey') return isApiKey(value) ? { ok: true, value } : { ok: false, messageKey: 'apiKeyNotAKey' }
  if (slot === 'projectKey' || slot === 'sourceKey') return isKeyPart(value) ? { ok: true, value } : { ok: false, messageKey: `${slot}NotAKey` }
  if (slot !== 'endpoint') return { ok: true, value }
  let text = value
  if (hasKeyPlaceholder(text)) {
    const key = await readKey()
    const filled = key ? fillKeyPlaceholder(text, key) : null
    if (!filled) return { ok: false, messageKey: 'endpointPlaceholderNoKey' }
    text = filled
  }
  const check = checkEndpoint(text, pageOrigin)
  if (check.ok) return { ok: true, value: check.endpoint.url }
  return { ok: false, messageKey: endpointMessageKey(check.problem), ...(check.problem === 'wrongHost' ? { args: [new URL(pageOrigin).host] } : {}) }
}
