// Server-side validation of a webhook, with the messages a Django form shows.
import type { WebhookEvent } from './events'

export const messages = {
  required: 'This field is required.',
  invalidUrl: 'Enter a valid URL.',
  tooLong: (max: number, length: number) => `Ensure this value has at most ${max} characters (it has ${length}).`,
  invalidChoice: (value: string) => `Select a valid choice. ${value} is not one of the available choices.`,
} as const

export const maxNameLength = 100
export const maxUrlLength = 2048

/** A webhook as submitted, before validation: the same for both generations' forms. */
export interface WebhookInput {
  name: string
  url: string
  active: boolean
  /** The event names as submitted (unchecked strings). */
  events: string[]
  allProjects: boolean
}

export interface ValidWebhook {
  name: string
  url: string
  active: boolean
  events: WebhookEvent[]
  allProjects: boolean
}

/** Errors per field of the form: name, url, events. */
export type WebhookErrors = Partial<Record<'name' | 'url' | 'events', string[]>>

export type Validation = { ok: true; value: ValidWebhook } | { ok: false; errors: WebhookErrors }

// Django's URLValidator, http and https only, absolute URLs only.
const ipv4 = String.raw`(?:0|25[0-5]|2[0-4]\d|1\d?\d?|[1-9]\d?)(?:\.(?:0|25[0-5]|2[0-4]\d|1\d?\d?|[1-9]\d?)){3}`
const ipv6 = String.raw`\[[0-9a-f:.]+\]`
const label = String.raw`[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]{0,61}[a-z0-9\u00a1-\uffff])?`
const tld = String.raw`(?:[a-z\u00a1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})`
const hostname = String.raw`(?:${label}(?:\.${label})*\.${tld}\.?|localhost)`
const urlPattern = new RegExp(
  String.raw`^https?://(?:[^\s:@/]+(?::[^\s:@/]*)?@)?(?:${ipv4}|${ipv6}|${hostname})(?::\d{1,5})?(?:[/?#]\S*)?$`,
  'iu',
)

/** Whether Django's URLField (http/https) accepts the (already stripped) value. */
export function isValidWebhookUrl(url: string): boolean {
  if (url.length > maxUrlLength || !urlPattern.test(url)) return false
  try {
    new URL(url)
    return true
  } catch {
    return false
  }
}

/** Errors for the URL alone (also what "Test URL" checks before sending anything). */
export function urlErrors(rawUrl: string): string[] {
  const url = rawUrl.trim()
  if (url === '') return [messages.required]
  if (!isValidWebhookUrl(url)) return [messages.invalidUrl]
  return []
}

export function validateWebhook(input: WebhookInput, allowedEvents: readonly WebhookEvent[]): Validation {
  const errors: WebhookErrors = {}
  const name = input.name.trim()
  const url = input.url.trim()
  if (name === '') errors.name = [messages.required]
  else if (name.length > maxNameLength) errors.name = [messages.tooLong(maxNameLength, name.length)]
  const urlProblems = urlErrors(url)
  if (urlProblems.length) errors.url = urlProblems
  const events = [...new Set(input.events.map((event) => event.trim()).filter((event) => event !== ''))]
  const unknown = events.find((event) => !(allowedEvents as readonly string[]).includes(event))
  if (unknown !== undefined) errors.events = [messages.invalidChoice(unknown)]
  if (Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, value: { name, url, active: input.active, events: events as WebhookEvent[], allProjects: input.allProjects } }
}
