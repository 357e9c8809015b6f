// App Distribution 2026's webhook API, v3, called by the Webhooks page's script (a guess at its shape; the docs say
// only that v3 accepts the events upload, download and new-udid, and that webhook URLs are checked against SSRF):
//   GET   /api/v3/webhooks         the list
//   POST  /api/v3/webhooks         create: { name, url, events: string[], appIds: string[] } (no apps: all apps)
//   PATCH /api/v3/webhooks/<id>    { active: boolean }, the list's on/off toggle
//   POST  /api/v3/webhooks/test    { url }: sends a sample "New build uploaded" to the URL, says what came back
// Every create and update is recorded in state.received, as received; every test in state.testDeliveries.
import { isIP } from 'node:net'
import { jsonOf, jsonResponse, type DashRequest, type DashResponse } from '../http'
import type { SiteContext } from '../site'
import type { WebhookEvent } from './events'
import { webhookTimestamp } from './feedback-payload'
import type { StoredWebhook, TestFairyState } from './state'

export const v3Paths = {
  webhooks: '/api/v3/webhooks',
  one: (id: number) => `/api/v3/webhooks/${id}`,
  test: '/api/v3/webhooks/test',
} as const

/** The events App Distribution offers, in the form's order, with the form's labels. No feedback event. */
export const appDistributionEvents: readonly { event: WebhookEvent; label: string }[] = [
  { event: 'upload', label: 'New build uploaded' },
  { event: 'download', label: 'Build downloaded' },
  { event: 'new-udid', label: 'New iOS device registered' },
]

export interface DistributedApp {
  id: string
  name: string
  platform: 'Android' | 'iOS'
  version: string
  testers: number
  downloads: number
  updated: string
}

/** The organisation's apps (the Apps page and the webhook form's Apps list). */
export const distributedApps: readonly DistributedApp[] = [
  { id: '1001', name: 'Hooli Chat', platform: 'Android', version: '5.2.0 (5200)', testers: 148, downloads: 1210, updated: '2 hours ago' },
  { id: '1002', name: 'Hooli Chat', platform: 'iOS', version: '5.2.0 (311)', testers: 131, downloads: 987, updated: '3 hours ago' },
  { id: '1003', name: 'Hooli Maps', platform: 'Android', version: '2.9.4 (294)', testers: 62, downloads: 240, updated: 'yesterday' },
  { id: '1004', name: 'Hooli Phone', platform: 'iOS', version: '1.0.0 (12)', testers: 18, downloads: 35, updated: '4 days ago' },
  { id: '1005', name: 'Field Survey', platform: 'Android', version: '0.7.1 (71)', testers: 9, downloads: 14, updated: 'last week' },
]

export const v3Messages = {
  nameRequired: 'Name is required.',
  nameTooLong: (max: number) => `Name must be at most ${max} characters.`,
  urlRequired: 'URL is required.',
  urlInvalid: 'Enter a valid URL.',
  urlNotHttps: 'The URL must start with https://.',
  urlNotAllowed: 'This URL is not allowed.',
  eventsRequired: 'Choose at least one event.',
  eventsNotList: 'Events must be a list of event names.',
  unknownEvent: (event: string) => `Unknown event: ${event}`,
  appsNotList: 'Apps must be a list of app ids.',
  unknownApp: (id: string) => `Unknown app: ${id}`,
} as const

const maxNameLength = 100

/** Errors keyed by the form's fields: name, url, events, appIds. */
export type V3Errors = Partial<Record<'name' | 'url' | 'events' | 'appIds', string[]>>

/** Names no public server has: loopback, this machine, private networks' own suffixes. */
const privateSuffixes = ['localhost', 'local', 'internal', 'intranet', 'lan', 'home', 'corp', 'home.arpa', 'localdomain']

/**
 * The URL's problems, the SSRF check included: https only, a public-looking DNS name only (no IP address of any
 * kind, no loopback or private name, no single-label name, no credentials).
 */
export function v3UrlErrors(raw: unknown): string[] {
  const text = typeof raw === 'string' ? raw.trim() : ''
  if (text === '') return [v3Messages.urlRequired]
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return [v3Messages.urlInvalid]
  }
  if (url.protocol !== 'https:') return [v3Messages.urlNotHttps]
  // the URL parser has already turned 2130706433, 0x7f.1 and the like into 127.0.0.1
  const host = url.hostname.toLowerCase().replace(/\.$/, '')
  const bare = host.replace(/^\[|\]$/g, '')
  const labels = host.split('.')
  if (
    isIP(bare) !== 0 ||
    !host.includes('.') ||
    privateSuffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`)) ||
    /^\d+$/.test(labels.at(-1) ?? '') ||
    url.username !== '' ||
    url.password !== ''
  ) {
    return [v3Messages.urlNotAllowed]
  }
  return []
}

type Checked = { ok: true; value: { name: string; url: string; events: WebhookEvent[]; appIds: string[] } } | { ok: false; errors: V3Errors }

export function validateV3Webhook(body: Record<string, unknown>): Checked {
  const errors: V3Errors = {}
  const name = typeof body.name === 'string' ? body.name.trim() : ''
  if (name === '') errors.name = [v3Messages.nameRequired]
  else if (name.length > maxNameLength) errors.name = [v3Messages.nameTooLong(maxNameLength)]
  const urlProblems = v3UrlErrors(body.url)
  if (urlProblems.length) errors.url = urlProblems

  const offered = appDistributionEvents.map((e) => e.event as string)
  let events: string[] = []
  if (!Array.isArray(body.events) || body.events.some((e) => typeof e !== 'string')) {
    errors.events = [body.events === undefined ? v3Messages.eventsRequired : v3Messages.eventsNotList]
  } else {
    events = [...new Set((body.events as string[]).map((e) => e.trim()).filter((e) => e !== ''))]
    const unknown = events.filter((e) => !offered.includes(e))
    if (unknown.length) errors.events = unknown.map(v3Messages.unknownEvent)
    else if (events.length === 0) errors.events = [v3Messages.eventsRequired]
  }

  let appIds: string[] = []
  if (body.appIds !== undefined && (!Array.isArray(body.appIds) || body.appIds.some((a) => typeof a !== 'string'))) {
    errors.appIds = [v3Messages.appsNotList]
  } else {
    appIds = [...new Set((body.appIds as string[] | undefined) ?? [])]
    const unknown = appIds.filter((id) => !distributedApps.some((app) => app.id === id))
    if (unknown.length) errors.appIds = unknown.map(v3Messages.unknownApp)
  }

  if (Object.keys(errors).length) return { ok: false, errors }
  // the order the form lists them in, whatever order they came in
  const ordered = offered.filter((e) => events.includes(e)) as WebhookEvent[]
  return { ok: true, value: { name, url: String(body.url).trim(), events: ordered, appIds } }
}

/** A sample "New build uploaded", as the form's "Test" sends it; links point at the organisation's own host. */
export function sampleUploadPayload(host: string, now: Date = new Date()) {
  const base = `https://${host}`
  return {
    event: 'upload' as const,
    timestamp: webhookTimestamp(now),
    appName: 'Sample App',
    platform: 'android',
    version: '1.0',
    build: 1,
    filesize: 4_718_592,
    buildUrl: `${base}/apps/1000/builds/2000`,
    iconUrl: `${base}/apps/1000/builds/2000/icon.png`,
    uploader: 'owner@example.com',
    text: 'This is a test webhook sent by App Distribution.',
  }
}

const badRequest = () => jsonResponse({ status: 'fail', message: 'Bad request: expected a JSON object.' }, 400)
const failed = (errors: V3Errors) =>
  jsonResponse({ status: 'fail', message: Object.values(errors).flat().join(' '), errors }, 400)

function objectOf(request: DashRequest): Record<string, unknown> | undefined {
  const body = jsonOf(request)
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined
}

/** The body's fields as strings, as the state records what it received. */
const fieldsOf = (body: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]))

/** The API's answer, or undefined when the path is none of its own. */
export async function handleV3Api(request: DashRequest, state: TestFairyState, context: SiteContext): Promise<DashResponse | undefined> {
  const path = request.url.pathname.replace(/(.)\/$/, '$1')
  const method = request.method

  if (path === v3Paths.webhooks) {
    if (method === 'GET') return jsonResponse({ status: 'ok', webhooks: state.webhooks })
    if (method !== 'POST') return jsonResponse({ status: 'fail', message: 'Method not allowed.' }, 405)
    const body = objectOf(request)
    if (!body) return badRequest()
    const fields = fieldsOf(body)
    const checked = validateV3Webhook(body)
    if (!checked.ok) {
      state.received.push({ action: 'create', path, fields, outcome: 'invalid', errors: checked.errors })
      return failed(checked.errors)
    }
    const { appIds, ...rest } = checked.value
    const webhook: StoredWebhook = {
      id: state.nextId++, integration: 'webhook', name: rest.name, url: rest.url, active: true, events: rest.events,
      allProjects: appIds.length === 0, ...(appIds.length ? { appIds } : {}),
    }
    state.webhooks.push(webhook)
    state.received.push({ action: 'create', path, webhookId: webhook.id, fields, outcome: 'saved' })
    return jsonResponse({ status: 'ok', webhook }, 201)
  }

  if (path === v3Paths.test) {
    if (method !== 'POST') return jsonResponse({ status: 'fail', message: 'Method not allowed.' }, 405)
    const body = objectOf(request)
    if (!body) return badRequest()
    const errors = v3UrlErrors(body.url)
    if (errors.length) return failed({ url: errors })
    const url = String(body.url).trim()
    const payload = sampleUploadPayload(context.host)
    const result = await context.deliver(url, payload)
    const answer = result.reached ? `Response: ${result.status}${result.body ? `\n${result.body.slice(0, 2000)}` : ''}` : result.reason
    state.testDeliveries.push({ url, payload, answer })
    return jsonResponse({ status: 'ok', reached: result.reached, message: answer })
  }

  const one = /^\/api\/v3\/webhooks\/(\d+)$/.exec(path)
  if (one) {
    const id = Number(one[1])
    const webhook = state.webhooks.find((w) => w.id === id)
    if (method === 'GET') return webhook ? jsonResponse({ status: 'ok', webhook }) : jsonResponse({ status: 'fail', message: 'Webhook not found.' }, 404)
    if (method !== 'PATCH') return jsonResponse({ status: 'fail', message: 'Method not allowed.' }, 405)
    const body = objectOf(request)
    if (!body) return badRequest()
    const fields = fieldsOf(body)
    if (!webhook) {
      state.received.push({ action: 'update', path, webhookId: id, fields, outcome: 'not-found' })
      return jsonResponse({ status: 'fail', message: 'Webhook not found.' }, 404)
    }
    if (typeof body.active !== 'boolean') {
      const errors = { active: ['Active must be true or false.'] }
      state.received.push({ action: 'update', path, webhookId: id, fields, outcome: 'invalid', errors })
      return jsonResponse({ status: 'fail', message: errors.active[0], errors }, 400)
    }
    webhook.active = body.active
    state.received.push({ action: 'update', path, webhookId: id, fields, outcome: 'saved' })
    return jsonResponse({ status: 'ok', webhook })
  }

  if (path.startsWith('/api/')) return jsonResponse({ status: 'fail', message: 'Not found.' }, 404)
  return undefined
}
