// The values a setup reads from pages and keeps (in the background's session storage): a fixed set, each with
// its own check. The endpoint belongs to the setup's community and no other. Pure: no DOM, no browser APIs.
import { isApiKey } from './api-key'
import { checkEndpoint, endpointMessageKey, isKeyPart } from './endpoint'

export const slotNames = ['apiKey', 'projectKey', 'sourceKey', 'endpoint'] as const
export type SlotName = (typeof slotNames)[number]

export function isSlotName(name: string): name is SlotName {
  return (slotNames as readonly string[]).includes(name)
}

export type SlotCheck = { ok: true; value: string } | { ok: false; messageKey: string; args?: string[] }

/**
 * Whether `raw` may be kept in `slot` for a setup of `community` (an origin): the API key and the two key parts by
 * their shapes, the endpoint as an endpoint of that community (its normal form is what is kept).
 */
export function checkSlot(slot: string, raw: string, community: string | undefined): SlotCheck {
  const value = raw.trim()
  switch (slot) {
    case 'apiKey':
      return isApiKey(value) ? { ok: true, value } : { ok: false, messageKey: 'apiKeyNotAKey' }
    case 'projectKey':
    case 'sourceKey':
      return isKeyPart(value) ? { ok: true, value } : { ok: false, messageKey: `${slot}NotAKey` }
    case 'endpoint': {
      if (!community) return { ok: false, messageKey: 'readRefused' }
      const check = checkEndpoint(value, community)
      if (check.ok) return { ok: true, value: check.endpoint.url }
      return { ok: false, messageKey: endpointMessageKey(check.problem), ...(check.problem === 'wrongHost' ? { args: [new URL(community).host] } : {}) }
    }
    default:
      return { ok: false, messageKey: 'readRefused' }
  }
}

/** Whether a value is fit to be kept in (or leave) its slot exactly as it is: it passes the check, already in its normal form. */
export function holdsAsIs(slot: string, value: string, community: string | undefined): boolean {
  const check = checkSlot(slot, value, community)
  return check.ok && check.value === value
}
