// The webhook events each product generation offers, with every label the dashboard shows for them.
import type { TestFairyOptions } from '../options'

/** The REST API's action names (dashboards.md: crash, feedback, upload, new-udid; the newer product adds download). */
export type WebhookEvent = 'crash' | 'feedback' | 'upload' | 'download' | 'new-udid'

export interface EventDefinition {
  event: WebhookEvent
  /** Checkbox label in the "Add Integration" form and the older add form. */
  addLabel: string
  /** Checkbox label in the edit form. */
  editLabel: string
  /** The checkbox's name in the older generation's classic form. */
  legacyName: string
  /** Its label in the older generation's add and edit forms (dashboards.md: "On every download" is its fourth). */
  legacyLabel: string
}

const crash: EventDefinition = { event: 'crash', addLabel: 'App crash', editLabel: 'On every crash', legacyName: 'on_crash', legacyLabel: 'On every crash' }
const feedback: EventDefinition = { event: 'feedback', addLabel: 'User feedback', editLabel: 'On each feedback', legacyName: 'on_feedback', legacyLabel: 'On each feedback' }
const upload: EventDefinition = { event: 'upload', addLabel: 'New upload', editLabel: 'On every new app version', legacyName: 'on_new_version', legacyLabel: 'On every new app version' }
const download: EventDefinition = { event: 'download', addLabel: 'App download', editLabel: 'On every app download', legacyName: 'on_download', legacyLabel: 'On every download' }
const newDevice: EventDefinition = { event: 'new-udid', addLabel: 'New device', editLabel: 'On every new device', legacyName: 'on_new_device', legacyLabel: 'On every new device' }

/** Every event either generation knows (a form may submit one its generation does not offer). */
export const allEvents: readonly EventDefinition[] = [crash, feedback, upload, download, newDevice]

/**
 * TestFairy's events (with User feedback; the older Webhooks page adds a fourth, download; the Sauce-era a fourth,
 * new device), or the newer product's (Sauce Labs: upload, download, new-udid).
 */
export function eventsFor(options: Pick<TestFairyOptions, 'feedbackEvent'> & Partial<Pick<TestFairyOptions, 'generation'>>): EventDefinition[] {
  if (!options.feedbackEvent) return [upload, download, newDevice]
  if (options.generation === 'webhooks') return [crash, feedback, upload, download]
  if (options.generation === 'sauce') return [crash, feedback, upload, newDevice]
  return [crash, feedback, upload]
}

/** The current generation's checkbox name for an event (one name per box: the controlled form keys state by name). */
export const actionInputName = (event: WebhookEvent): string => `actions-${event}`
