// A value a step read from a page is checked against what its slot must hold before it is kept: the endpoint
// against the setup's community, never against the page it was read on.
import { fillKeyPlaceholder, hasKeyPlaceholder } from '../setup/values/endpoint'
import { checkSlot, type SlotCheck } from '../setup/values/slots'

export type ReadCheck = SlotCheck

/**
 * `community` is the origin the setup is bound to; `readKey` gives the API key read earlier (for an endpoint
 * shown with a placeholder instead of the key).
 */
export async function checkReadValue(slot: string, raw: string, community: string | undefined, readKey: () => Promise<string | null>): Promise<ReadCheck> {
  const value = raw.trim()
  if (slot !== 'endpoint' || !hasKeyPlaceholder(value)) return checkSlot(slot, value, community)
  const key = await readKey()
  const filled = key ? fillKeyPlaceholder(value, key) : null
  if (!filled) return { ok: false, messageKey: 'endpointPlaceholderNoKey' }
  return checkSlot(slot, filled, community)
}
