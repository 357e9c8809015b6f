// Phase 3 in TestFairy, as data: from any dashboard page to Preferences > Integrations (or, in the older
// generation, Webhooks), the Centercode "Add Integration" form (or "+ Add webhook"), every field filled, and the
// saved webhook checked against the endpoint the extension holds. The endpoint is asked for at the URL step only
// and erased once the webhook is confirmed.
import type { Finder, Step } from '../../engine/step'
import { defaultSettings } from '../values/defaults'

const site = 'testfairy'

/** The events the webhook sends besides User feedback; the person's settings may tick them. */
export interface ExtraEvents {
  crash: boolean
  upload: boolean
}
export const defaultExtraEvents: ExtraEvents = { crash: false, upload: false }

/** The slots only the setup needed: erased once TestFairy holds the endpoint. */
const secrets = ['endpoint', 'apiKey', 'projectKey', 'sourceKey']

/** A Centercode endpoint shown as text: an existing or saved webhook's URL. */
const endpointText = '^https://\\S+/api/v1/projects/[^/\\s]+/feedback/[^/\\s?]+\\?apiKey=\\S+$'
const webhookUrlShown: Finder[] = [
  { by: 'text', text: { pattern: endpointText }, selector: 'span, div, td, a, code, p, li, dd', generation: 'any: the URL in a list of webhooks' },
]
const urlField: Finder[] = [
  { by: 'label', text: { pattern: '^url:?$' }, generation: 'any' },
  { by: 'css', selector: 'input[name="webhook-url"], input[name="url"]', generation: 'unlabelled, by field name' },
]
const formShown: Finder[] = urlField
/** The list's way to a new webhook: the Centercode row's "Add Integration", or the older "+ Add webhook". */
const addButtons: Finder[] = [
  { by: 'role', role: 'button', name: 'Add Integration', near: { by: 'text', text: 'Centercode', selector: 'div, span, h3, h4, strong, td' }, generation: 'current: the Centercode row' },
  { by: 'role', role: 'button', name: 'Add Integration', near: { by: 'text', text: { includes: 'user feedbacks and crashes' } }, generation: 'current: the row, by its subtitle' },
  { by: 'role', role: 'link', name: { pattern: '^\\+?\\s*add webhook$' }, generation: 'older: + Add webhook' },
  { by: 'role', role: 'button', name: { pattern: '^\\+?\\s*add webhook$' }, generation: 'older, as a button' },
]
/**
 * The generic Webhook row's "Add Integration", for accounts whose list has no Centercode row (dashboards.md: the
 * Centercode integration is a webhook with a preset; the Webhook row does the same job).
 */
const webhookRowButtons: Finder[] = [
  { by: 'role', role: 'button', name: 'Add Integration', near: { by: 'text', text: { includes: 'about new versions, crashes and user feedback' } }, generation: 'current, no Centercode row: the Webhook row, by its subtitle' },
  { by: 'role', role: 'button', name: 'Add Integration', near: { by: 'text', text: 'Webhook', selector: 'div, span, h3, h4, strong, td' }, generation: 'current, no Centercode row: the Webhook row, by its title' },
]
/**
 * Where TestFairy's webhook forms are: Preferences > Integrations (its dialog) or the older Webhooks pages. The
 * same pattern as the step that opens them, so a reload that closed the form is seen as one page (retrace.ts).
 */
const webhookPages = '^/settings/(integrations|webhooks)/'
/**
 * App Distribution 2026 (ORG.testfairy.com): no Preferences, webhooks under the profile menu, and no feedback event
 * (dashboards.md). Told by its profile menu where the classic e-mail menu would be, or its webhook form's events;
 * the setup cannot be finished there, so what the extension held for it is erased as soon as it shows.
 */
const appDistribution: Finder[] = [
  { by: 'role', role: 'button', name: { pattern: '^(profile|my profile|account menu|user menu)$' }, generation: 'App Distribution 2026: the profile icon, top right' },
  { by: 'role', role: 'button', name: { pattern: '^new webhook$' }, generation: 'App Distribution 2026: its webhook list' },
]
const appDistributionEvents: Finder[] = [
  { by: 'label', text: { pattern: '^new build uploaded$' }, generation: 'App Distribution 2026: the webhook form' },
  { by: 'label', text: { pattern: '^new ios device registered$' }, generation: 'App Distribution 2026: the webhook form' },
]
/** What "Test URL" answered, on the form. */
const testAnswer: Finder[] = [{ by: 'css', selector: '.test-result, [data-test-result]', generation: 'any' }]
/** The older generation's banner after saving. */
const savedBanner: Finder[] = [{ by: 'text', text: { pattern: '^webhook saved successfully' }, generation: 'older' }]
/** A form's own error messages (Django's error lists, ARIA alerts), as the page words them. */
const formErrors: Finder[] = [
  { by: 'css', selector: 'ul.errorlist li, .errorlist:not(ul), .invalid-feedback, [role="alert"]', generation: 'any' },
]

export function testfairySteps(events: ExtraEvents = defaultExtraEvents, webhookName: string = defaultSettings.webhookName): Step[] {
  return [
    {
      id: 'tf-open-preferences',
      site,
      page: {},
      // the e-mail menu first (the Sauce-era Account menu); once it is open, its Preferences (Settings) item
      target: [
        { by: 'role', role: 'menuitem', name: 'Preferences', generation: 'any: the menu, open' },
        { by: 'role', role: 'link', name: 'Preferences', generation: 'a menu of plain links' },
        { by: 'role', role: 'menuitem', name: { pattern: '^(testfairy|sauce mobile app distribution) settings$' }, generation: 'Sauce-era: the Account menu, open' },
        { by: 'role', role: 'button', name: { pattern: '^\\S+@\\S+$' }, generation: 'any: the e-mail menu, closed' },
        { by: 'role', role: 'button', name: 'Account', generation: 'Sauce-era: the Account menu, closed' },
      ],
      action: { kind: 'click' },
      message: 'tfOpenPreferences',
      lookFor: 'tfOpenPreferencesLookFor',
      shortcut: '/settings/',
      unavailable: [{ when: appDistribution, message: 'tfAppDistribution', forget: secrets }],
      done: [{ kind: 'url', path: '^/settings/' }],
    },
    {
      id: 'tf-open-integrations',
      site,
      page: { path: '^/settings/' },
      target: [
        { by: 'role', role: 'link', name: 'Integrations', generation: 'current' },
        { by: 'role', role: 'link', name: 'Webhooks', generation: 'older' },
      ],
      action: { kind: 'click' },
      message: 'tfOpenIntegrations',
      lookFor: 'tfOpenIntegrationsLookFor',
      done: [{ kind: 'url', path: '^/settings/(integrations|webhooks)/' }],
    },
    {
      id: 'tf-existing-webhook',
      site,
      page: { path: '^/settings/(integrations|webhooks)/$' },
      target: webhookUrlShown,
      // the list of webhooks or integrations, once it shows
      shows: addButtons,
      action: {
        kind: 'match',
        slot: 'endpoint',
        same: 'tf-already-set-up',
        different: [{ message: 'tfEditExisting', goto: 'tf-edit-webhook' }, { message: 'tfAddAnother' }],
      },
      message: 'tfExistingWebhook',
      ifPresent: true,
      done: [{ kind: 'value' }],
    },
    {
      id: 'tf-add-integration',
      site,
      page: { path: webhookPages },
      target: addButtons,
      shows: addButtons,
      action: { kind: 'click' },
      message: 'tfAddIntegration',
      lookFor: 'tfAddIntegrationLookFor',
      done: [{ kind: 'appears', target: formShown }],
    },
    {
      // where the list has no Centercode row, the guide comes here from the step before (standing.ts: its page is
      // not shown, this one is); the card says why the Webhook row will do
      id: 'tf-add-webhook-row',
      site,
      page: { path: webhookPages },
      target: webhookRowButtons,
      shows: webhookRowButtons,
      // only lists without a Centercode row show it: not on the common way the counter counts
      ifPresent: true,
      action: { kind: 'click' },
      message: 'tfAddWebhookRow',
      lookFor: 'tfAddIntegrationLookFor',
      done: [{ kind: 'appears', target: formShown }],
    },
    {
      // reached by "Edit it" on an existing Centercode webhook; on the way from Add Integration its form is open
      id: 'tf-edit-webhook',
      site,
      page: {},
      target: [
        { by: 'role', role: 'button', name: { pattern: '/api/v1/projects/\\S+/feedback/' }, generation: 'current: the active integration' },
        { by: 'role', role: 'link', name: { pattern: '^edit webhook$' }, near: webhookUrlShown[0], generation: 'older: Edit Webhook beside it' },
      ],
      action: { kind: 'click' },
      message: 'tfEditWebhook',
      done: [{ kind: 'appears', target: formShown }],
    },
    {
      // first, before anything is filled: a product without the event gets a plain message and nothing filled
      id: 'tf-event-feedback',
      site,
      page: { when: formShown },
      target: [
        { by: 'label', text: { pattern: '^(user feedback|on each feedback)$' }, generation: 'add form; edit form' },
        { by: 'css', selector: 'input[type="checkbox"][name*="feedback" i]', generation: 'by field name' },
      ],
      action: { kind: 'check', checked: true },
      message: 'tfEventFeedback',
      lookFor: 'tfEventFeedbackLookFor',
      unavailable: [{
        // the newer product's events, which have no feedback (one finder each: either alone tells it)
        when: [
          { by: 'label', text: { pattern: '^(on every )?new device$' } },
          { by: 'label', text: { pattern: '^(app download|on every app download)$' } },
          ...appDistributionEvents,
        ],
        message: 'tfNoFeedbackEvent',
        // the setup cannot be finished on this dashboard: what the extension held for it goes
        forget: secrets,
      }],
      done: [{ kind: 'value' }],
    },
    {
      id: 'tf-webhook-name',
      site,
      page: { when: formShown },
      target: [{ by: 'label', text: { pattern: '^name:?$' } }, { by: 'css', selector: 'input[name="webhook-name"], input[name="name"]' }],
      action: { kind: 'fill', value: { setting: 'webhookName' } },
      message: 'tfWebhookName',
      done: [{ kind: 'value' }],
    },
    {
      id: 'tf-webhook-url',
      site,
      // the endpoint goes only into the webhook form, which every generation has under Preferences
      page: { path: webhookPages, when: formShown },
      target: urlField,
      action: { kind: 'fill', value: { slot: 'endpoint' } },
      message: 'tfWebhookUrl',
      done: [{ kind: 'value' }],
    },
    {
      id: 'tf-webhook-active',
      site,
      page: { when: formShown },
      target: [{ by: 'label', text: { pattern: '^active:?$' } }, { by: 'css', selector: 'input[type="checkbox"][name="webhook-status"], input[type="checkbox"][name="active"]' }],
      action: { kind: 'check', checked: true },
      message: 'tfWebhookActive',
      done: [{ kind: 'value' }],
    },
    {
      id: 'tf-event-crash',
      site,
      page: { when: formShown },
      target: [{ by: 'label', text: { pattern: '^(app crash|on every crash)$' } }],
      action: { kind: 'check', checked: events.crash },
      message: events.crash ? 'tfEventCrashOn' : 'tfEventCrashOff',
      optional: true,
      ifPresent: true,
      done: [{ kind: 'value' }],
    },
    {
      id: 'tf-event-upload',
      site,
      page: { when: formShown },
      target: [{ by: 'label', text: { pattern: '^(new upload|on every new app version)$' } }],
      action: { kind: 'check', checked: events.upload },
      message: events.upload ? 'tfEventUploadOn' : 'tfEventUploadOff',
      optional: true,
      ifPresent: true,
      done: [{ kind: 'value' }],
    },
    {
      id: 'tf-test-url',
      site,
      page: { when: formShown },
      target: [{ by: 'role', role: 'button', name: 'Test URL' }],
      action: { kind: 'click' },
      message: 'tfTestUrl',
      optional: true,
      // "Do it for me" sends nothing twice: its test feedback at the end proves the same
      autoSkip: true,
      problems: formErrors,
      // the older form posts the test and comes back with its answer
      done: [{ kind: 'clicked' }, { kind: 'appears', target: testAnswer }],
    },
    {
      id: 'tf-save-webhook',
      site,
      page: { when: formShown },
      target: [{ by: 'role', role: 'button', name: { pattern: '^(add|save) webhook$' } }],
      action: { kind: 'click' },
      message: 'tfSaveWebhook',
      confirm: { message: 'autoConfirmWebhook', args: [webhookName], yes: 'autoYesSave' },
      problems: formErrors,
      // the older form posts and lands on the list, where the click may not have been heard
      done: [{ kind: 'clicked' }, { kind: 'appears', target: savedBanner }],
    },
    {
      id: 'tf-confirm-saved',
      site,
      page: {},
      // reached in order, once saved: a webhook's URL alone is shown on other pages too (Preferences, the list);
      // the older list says it was saved, once (the person may have sent the form before the guide got there)
      target: webhookUrlShown,
      shows: savedBanner,
      action: { kind: 'match', slot: 'endpoint', same: 'tf-verify' },
      message: 'tfConfirmSaved',
      lookFor: 'tfConfirmSavedLookFor',
      problems: formErrors,
      done: [{ kind: 'value' }],
    },
    {
      // only on the way from an existing webhook with this endpoint
      id: 'tf-already-set-up',
      site,
      page: {},
      action: { kind: 'acknowledge' },
      message: 'tfAlreadySetUp',
      done: [{ kind: 'value' }],
    },
    {
      // the proof: a test feedback through the same endpoint TestFairy now holds; then the secrets go
      id: 'tf-verify',
      site,
      page: {},
      action: { kind: 'send', slot: 'endpoint', forget: secrets },
      message: 'tfVerify',
      confirm: { message: 'autoConfirmSend', yes: 'autoYesSend' },
      optional: true,
      done: [{ kind: 'value' }],
    },
  ]
}
