// The words the imitation shows, as data: top bar, settings sidebar, integration rows, messages.
import type { TestFairyOptions } from '../options'

export interface Link {
  label: string
  path: string
}

/** Top bar sections; the DOM holds them in title case, CSS shows them uppercase (as the real top bar does). */
export const topNavigation: Link[] = [
  { label: 'Dashboard', path: '/' },
  { label: 'Testers', path: '/testers/' },
  { label: 'Crashes', path: '/crashes/' },
  { label: 'Feedback', path: '/feedback/' },
  { label: 'Sessions', path: '/sessions/' },
]

/** Pages outside settings, with a title (each a busy list page). */
export const plainPages: Record<string, string> = {
  '/testers/': 'Testers',
  '/crashes/': 'Crashes',
  '/feedback/': 'Feedback',
  '/sessions/': 'Sessions',
  '/upload/': 'New Upload',
  '/team/': 'Team',
  '/product-changes/': 'Product Changes',
  '/testers-view/': 'Testers view',
}

export interface SidebarItem extends Link {
  /** A small glyph class (CSS-drawn). */
  icon: string
  /** The panel's heading. */
  heading: string
}

const item = (label: string, path: string, icon: string, heading = label): SidebarItem => ({ label, path, icon, heading })

export const settingsItems = {
  sdkToken: item('SDK App Token', '/settings/', 'code'),
  apiKey: item('Upload API Key', '/settings/api-key/', 'key'),
  notifications: item('Notifications', '/settings/notifications/', 'bell'),
  integrations: item('Integrations', '/settings/integrations/', 'link'),
  webhooks: item('Webhooks', '/settings/webhooks/', 'link'),
  bugSystems: item('Bug Systems', '/settings/bug-system/', 'bug'),
  emailTemplates: item('Email Templates', '/settings/email-templates/', 'pencil'),
  emailIntegration: item('Email Integration', '/settings/email-integration/', 'link'),
  customTemplates: item('Custom Templates', '/settings/custom-templates/', 'pencil'),
  security: item('Security', '/settings/security/', 'lock'),
  account: item('Account', '/settings/account/', 'user'),
  billing: item('Billing', '/settings/billing/', 'lock'),
  whitelist: item('Users Whitelist', '/settings/users-whitelist/', 'lock'),
} satisfies Record<string, SidebarItem>

export type SauceNaming = NonNullable<TestFairyOptions['sauceNaming']>

/** The Sauce-era's own words, per naming: the earlier TestFairy ones, or the later Sauce Mobile App Distribution ones. */
export function sauceLabels(naming: SauceNaming = 'testfairy'): { product: string; settings: string; accessKey: string } {
  const product = naming === 'sauce' ? 'Sauce Mobile App Distribution' : 'TestFairy'
  return { product, settings: `${product} Settings`, accessKey: `${product} Access Key` }
}

/** The Sauce-era's settings items that no other generation has (its access key item, per naming, at /settings/). */
export const sauceItems = {
  accessKey: {
    testfairy: item(sauceLabels('testfairy').accessKey, '/settings/', 'key'),
    sauce: item(sauceLabels('sauce').accessKey, '/settings/', 'key'),
  },
  appDistribution: item('App Distribution', '/settings/app-distribution/', 'code'),
  allowlist: item('Users Allowlist', '/settings/users-allowlist/', 'lock'),
} as const satisfies Record<string, SidebarItem | Record<SauceNaming, SidebarItem>>

/** Its access key item, in the account's naming. */
export const sauceAccessKey = (naming: SauceNaming = 'testfairy'): SidebarItem => sauceItems.accessKey[naming]

/**
 * The sidebar of Account Preferences: the current generation, the older one as its screenshots show it, or the
 * Sauce-era's (dashboards.md: access key, App Distribution, …, "Users Allowlist", not "Whitelist").
 */
export function sidebarFor(options: Pick<TestFairyOptions, 'generation' | 'sauceNaming'>): SidebarItem[] {
  const s = settingsItems
  switch (options.generation) {
    case 'integrations':
      return [s.sdkToken, s.apiKey, s.notifications, s.integrations, s.bugSystems, s.emailTemplates, s.security, s.account, s.billing, s.whitelist]
    case 'sauce':
      return [sauceAccessKey(options.sauceNaming), sauceItems.appDistribution, s.notifications, s.integrations, s.emailTemplates, s.security, s.account, sauceItems.allowlist]
    default:
      return [s.sdkToken, s.apiKey, s.notifications, s.bugSystems, s.webhooks, s.emailIntegration, s.customTemplates, s.security, s.account, s.billing, s.whitelist]
  }
}

/** The Sauce-era's Account menu (top right), in the account's naming: the settings, Team, Sign Out. */
export function sauceAccountMenu(naming: SauceNaming = 'testfairy'): (Link & { danger?: true })[] {
  return [
    { label: sauceLabels(naming).settings, path: '/settings/' },
    { label: 'Team', path: '/team/' },
    { label: 'Sign Out', path: '/logout/', danger: true },
  ]
}

export type AvailableKind = 'smtp' | 'gmail' | 'slack' | 'zendesk' | 'centercode' | 'webhook'

export interface AvailableIntegration {
  kind: AvailableKind
  title: string
  subtitle: string
  /** Whether its "Add Integration" opens the webhook form (the others open a connect dialog). */
  webhookForm: boolean
}

export const availableIntegrations: AvailableIntegration[] = [
  { kind: 'smtp', title: 'SMTP Email', subtitle: 'Send emails from your own SMTP server', webhookForm: false },
  { kind: 'gmail', title: 'Gmail', subtitle: 'Send emails from your Google account', webhookForm: false },
  { kind: 'slack', title: 'Slack', subtitle: 'Add webhooks about new versions, crashes and user feedback', webhookForm: false },
  { kind: 'zendesk', title: 'Zendesk', subtitle: 'Receive user feedback as Zendesk tickets', webhookForm: false },
  { kind: 'centercode', title: 'Centercode', subtitle: 'Add incoming webhooks about user feedbacks and crashes', webhookForm: true },
  { kind: 'webhook', title: 'Webhook', subtitle: 'Add incoming webhooks about new versions, crashes and user feedback', webhookForm: true },
]

export const integrationLabels = {
  heading: 'Integrations',
  intro: 'Enable integration to 3rd party services:',
  active: 'Active Integrations',
  emptyTitle: 'No Active Integrations',
  emptySubtitle: 'Add integrations for better service',
  available: 'Available',
  addIntegration: 'Add Integration',
  name: 'Name:',
  url: 'URL:',
  activeLabel: 'Active:',
  eventsIntro: 'The following events will trigger this webhook:',
  projects: 'Projects:',
  allProjects: 'All projects',
  testUrl: 'Test URL',
  addWebhook: 'Add webhook',
  editHeader: 'Webhook',
  saveWebhook: 'Save webhook',
  deleteWebhook: 'Delete webhook',
} as const

export const legacyLabels = {
  heading: 'Webhooks',
  lead: 'Webhooks connect TestFairy to your own servers.',
  explain: 'Give any URL that should receive the webhook notifications, or a Slack endpoint.',
  addToSlack: 'Add to Slack',
  addWebhook: '+ Add webhook',
  addHeading: 'Add webhook',
  editHeading: 'Edit webhook',
  events: 'Events:',
  fullList: 'See full list of webhooks',
  saved: 'Webhook saved successfully',
  deleted: 'Webhook deleted successfully',
  allWebhooks: 'All webhooks',
  editWebhook: 'Edit Webhook',
  noWebhooks: 'No webhooks yet.',
} as const
