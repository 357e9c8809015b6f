// The imitation TestFairy account's in-memory state: one per site instance (per host), fresh on configure.
import { randomBytes } from 'node:crypto'
import type { WebhookEvent } from './events'

export type IntegrationKind = 'centercode' | 'webhook'

export interface StoredWebhook {
  id: number
  /** Which "Available" row it was added from (the older generation only has 'webhook'). */
  integration: IntegrationKind
  name: string
  url: string
  active: boolean
  events: WebhookEvent[]
  allProjects: boolean
  /** The apps it is limited to (App Distribution's "Apps"), only when some were chosen (then allProjects is false). */
  appIds?: string[]
}

/** One save, update or delete request, exactly as the server received it, in order. */
export interface ReceivedRequest {
  action: 'create' | 'update' | 'delete'
  /** The request path, e.g. /api/1/webhook/ or /settings/webhooks/add/. */
  path: string
  webhookId?: number
  /** The request's fields as strings (JSON body or url-encoded form). */
  fields: Record<string, string>
  outcome: 'saved' | 'deleted' | 'invalid' | 'not-found'
  errors?: Record<string, string[]>
}

/** One "Test URL" the server sent. */
export interface TestDelivery {
  url: string
  payload: unknown
  answer: string
}

export interface TestFairyState {
  webhooks: StoredWebhook[]
  received: ReceivedRequest[]
  testDeliveries: TestDelivery[]
  nextId: number
  /** A one-shot message for the next webhooks list page (Django's messages framework, in short). */
  flash: string | undefined
  /** The older generation's CSRF token (its classic forms carry it; a POST without it is refused). */
  csrfToken: string
  feedbackCount: number
}

export function createState(): TestFairyState {
  return {
    webhooks: [],
    received: [],
    testDeliveries: [],
    nextId: 1,
    flash: undefined,
    csrfToken: randomBytes(16).toString('hex'),
    feedbackCount: 7,
  }
}
