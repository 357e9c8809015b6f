// Saving, changing, deleting and testing webhooks: shared by both generations, recorded in the state.
import type { TestFairyOptions } from '../options'
import type { SiteContext } from '../site'
import { eventsFor } from './events'
import { sampleFeedbackPayload } from './feedback-payload'
import type { IntegrationKind, ReceivedRequest, StoredWebhook, TestFairyState } from './state'
import { urlErrors, validateWebhook, type WebhookErrors, type WebhookInput } from './validate-webhook'

export type StoreResult = { ok: true; webhook: StoredWebhook } | { ok: false; errors: WebhookErrors } | { ok: false; notFound: true }

export class WebhookStore {
  constructor(
    private readonly state: TestFairyState,
    private readonly options: TestFairyOptions,
    private readonly context: SiteContext,
  ) {}

  find(id: number): StoredWebhook | undefined {
    return this.state.webhooks.find((w) => w.id === id)
  }

  private record(entry: ReceivedRequest): void {
    this.state.received.push(entry)
  }

  create(path: string, fields: Record<string, string>, input: WebhookInput, integration: IntegrationKind): StoreResult {
    const checked = validateWebhook(input, eventsFor(this.options).map((e) => e.event))
    if (!checked.ok) {
      this.record({ action: 'create', path, fields, outcome: 'invalid', errors: checked.errors })
      return checked
    }
    const webhook: StoredWebhook = { id: this.state.nextId++, integration, ...checked.value }
    this.state.webhooks.push(webhook)
    this.record({ action: 'create', path, webhookId: webhook.id, fields, outcome: 'saved' })
    return { ok: true, webhook }
  }

  update(path: string, id: number, fields: Record<string, string>, input: WebhookInput): StoreResult {
    const webhook = this.find(id)
    if (!webhook) {
      this.record({ action: 'update', path, webhookId: id, fields, outcome: 'not-found' })
      return { ok: false, notFound: true }
    }
    const checked = validateWebhook(input, eventsFor(this.options).map((e) => e.event))
    if (!checked.ok) {
      this.record({ action: 'update', path, webhookId: id, fields, outcome: 'invalid', errors: checked.errors })
      return checked
    }
    Object.assign(webhook, checked.value)
    this.record({ action: 'update', path, webhookId: id, fields, outcome: 'saved' })
    return { ok: true, webhook }
  }

  delete(path: string, id: number, fields: Record<string, string>): boolean {
    const index = this.state.webhooks.findIndex((w) => w.id === id)
    this.record({ action: 'delete', path, webhookId: id, fields, outcome: index < 0 ? 'not-found' : 'deleted' })
    if (index < 0) return false
    this.state.webhooks.splice(index, 1)
    return true
  }

  /**
   * "Test URL": sends a sample feedback to the URL (in-process, only ever to an imitated host) and says what
   * came back, in words. An invalid URL gets the form's error and nothing is sent.
   */
  async test(rawUrl: string): Promise<{ ok: true; answer: string; reached: boolean } | { ok: false; errors: string[] }> {
    const errors = urlErrors(rawUrl)
    if (errors.length) return { ok: false, errors }
    const url = rawUrl.trim()
    const payload = sampleFeedbackPayload()
    const result = await this.context.deliver(url, payload)
    const answer = result.reached ? `Response: ${result.status}${result.body ? `\n${result.body.slice(0, 2000)}` : ''}` : result.reason
    this.state.testDeliveries.push({ url, payload, answer })
    return { ok: true, answer, reached: result.reached }
  }
}
