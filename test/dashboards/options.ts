import { servedHosts } from './hosts'

// How each imitated account or community behaves. One server run serves several hosts, each with its own
// options and its own in-memory state; tests change a host's options with server.configure(host, options).

export interface TestFairyOptions {
  site: 'testfairy'
  /**
   * 'integrations': Preferences > Integrations with "Add Integration" rows (current); 'webhooks': the older Webhooks page;
   * 'app-distribution': App Distribution 2026, per-organisation ORG.testfairy.com, no Preferences (profile menu >
   * Integrations > Webhooks), no feedback event (API v3 accepts upload, download, new-udid only);
   * 'sauce': Sauce-era (2021-25), on Sauce Labs' hosts: the Account menu, "TestFairy Settings" (later renamed, see
   * sauceNaming), then the same Integrations page as 'integrations', its webhooks with crash, feedback, upload, new-udid.
   */
  generation: 'integrations' | 'webhooks' | 'app-distribution' | 'sauce'
  /**
   * The Sauce-era's words (generation 'sauce' only): 'testfairy' (default) the earlier ones ("TestFairy Settings",
   * "TestFairy Access Key"); 'sauce' the later ones ("Sauce Mobile App Distribution Settings", "Sauce Mobile App
   * Distribution Access Key").
   */
  sauceNaming?: 'testfairy' | 'sauce'
  /** false imitates the newer product (Sauce Labs Mobile App Distribution) whose webhooks have no User feedback event. */
  feedbackEvent: boolean
  /**
   * false: a classic account whose Integrations list has no Centercode row, only the generic Webhook row, which
   * does the same job (dashboards.md). Absent: the Centercode row is there.
   */
  centercodeRow?: boolean
  /** The signed-in account's e-mail, shown in the top bar. */
  account: string
}

export interface CentercodeOptions {
  site: 'centercode'
  /** 'legacy': 2018 UI (Community Tools / Project Tools menus); 'current': 2025-26 UI (community logo menu, Management). */
  generation: 'legacy' | 'current'
  /**
   * How a saved External Source shows its API Endpoint URL ('none': not at all, only its parts; 'form-only': only
   * on the creation form, as the Key is typed, before the Submit, as the manual's "Copy/Save your API Endpoint
   * URL and click Submit" reads, and nowhere after).
   */
  endpointPresentation: 'readonly-input' | 'text-with-copy' | 'placeholder-key' | 'none' | 'form-only'
  /** true: the community renamed some UI strings (Centercode's "UI String Customization"). */
  renamedLabels: boolean
  /**
   * false: the community lacks Enhanced Integrations (dashboards.md: the API Keys tool appears only with it): no
   * API Keys in the configuration (legacy: simply absent; current: a note in its place), and no External Sources.
   */
  enhancedIntegrations?: boolean
  /** false: an edition without External Sources (Impact, Pro: documented for Team and Legacy only). */
  externalSources?: boolean
  /**
   * A hostile page for "Do it for me": the API key form's Submit turns into "Delete all API keys" (which, sent,
   * deletes every key) the moment the keyboard reaches it, where the button was.
   */
  deleteWhereSubmit?: boolean
  /** The project the setup happens in. */
  projectKey: string
  projectName: string
  /** The community's teams, offered by an External Source's Team select. */
  teams: string[]
}

export type HostOptions = TestFairyOptions | CentercodeOptions

/**
 * A hostile look-alike: another host of one product's domain that is neither the person's community nor their
 * dashboard. It offers whatever a guide that trusted it would act on, and records everything sent to it.
 */
export interface LookalikeOptions {
  site: 'lookalike'
  /** 'centercode': a page showing a Centercode endpoint of its own; 'testfairy': a TestFairy-like webhook form. */
  product: 'centercode' | 'testfairy'
}

export interface DashboardsOptions {
  /** How late the main content of a page renders after the page loads, in ms, as on the real, busy sites. */
  renderDelayMs: number
  /** The person's own accounts and communities. */
  hosts: Record<string, HostOptions>
  /** The hostile look-alike hosts; when not given, defaultLookalikes. */
  lookalikes?: Record<string, LookalikeOptions>
  /**
   * A hostile page on every host: 'styles' restyles and hides whatever it can reach (the guide's element,
   * popovers); 'layers' puts a full-screen layer and a consent banner on top at the highest z-index; 'churn'
   * mutates thousands of nodes a second for as long as the page is open; 'messages' posts look-alikes of
   * the extension's own window messages. Applied to every HTML page.
   */
  hostile?: ('styles' | 'layers' | 'churn' | 'messages')[]
}

export const defaultOptions: DashboardsOptions = {
  renderDelayMs: 400,
  hosts: {
    [servedHosts.testfairy]: { site: 'testfairy', generation: 'integrations', feedbackEvent: true, account: 'qa.lead@acme.example' },
    [servedHosts.testfairyPrivateCloud]: { site: 'testfairy', generation: 'webhooks', feedbackEvent: true, account: 'beta@globex.example' },
    [servedHosts.testfairyAppDistribution]: { site: 'testfairy', generation: 'app-distribution', feedbackEvent: false, account: 'owner@hooli.example' },
    [servedHosts.sauceUs]: { site: 'testfairy', generation: 'sauce', feedbackEvent: true, account: 'qa.lead@acme.example' },
    [servedHosts.sauceEu]: { site: 'testfairy', generation: 'sauce', sauceNaming: 'sauce', feedbackEvent: true, account: 'qa.lead@acme.example' },
    [servedHosts.centercode]: {
      site: 'centercode', generation: 'legacy', endpointPresentation: 'readonly-input', renamedLabels: false,
      projectKey: 'AcmeBeta', projectName: 'Acme Android Beta', teams: ['Beta Team'],
    },
    [servedHosts.centercodeCurrent]: {
      site: 'centercode', generation: 'current', endpointPresentation: 'text-with-copy', renamedLabels: false,
      projectKey: 'InitechPilot', projectName: 'Initech Pilot Programme', teams: ['Product Team', 'Support Team'],
    },
    [servedHosts.centercodeOwnDomain]: {
      site: 'centercode', generation: 'current', endpointPresentation: 'text-with-copy', renamedLabels: false,
      projectKey: 'GlobexBeta', projectName: 'Globex Beta', teams: ['Beta Team'],
    },
  },
}

export const defaultLookalikes: Record<string, LookalikeOptions> = {
  [servedHosts.centercodeOther]: { site: 'lookalike', product: 'centercode' },
  [servedHosts.testfairyOther]: { site: 'lookalike', product: 'testfairy' },
}
