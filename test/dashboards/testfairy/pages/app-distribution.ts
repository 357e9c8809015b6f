// TestFairy's newest generation, App Distribution 2026, on a per-organisation host (ORG.testfairy.com):
//   /                              Apps (busy list, renders late)       /testers/ /insights/ /profile/ /org/  plain pages
//   /org/integrations/             Integrations: "Notifications" > Webhooks (status mark), "Issue trackers" > Jira, Slack
//   /org/integrations/webhooks/    Webhooks: the list with on/off switches, "New Webhook" (modal dialog), JSON API v3
//   /settings/...                  404: there are no Preferences any more
// The top bar has no e-mail drop-down: a "Profile" button (initials) opens the menu with Integrations in it.
// Behaviour is in /static/testfairy/app-distribution.js, looks in /static/testfairy/app-distribution.css.
import { html, htmlPage, type Raw } from '../../html'
import { htmlResponse, wantsFragment, type DashResponse } from '../../http'
import { appDistributionEvents, distributedApps, handleV3Api } from '../app-distribution-api'
import type { PageContext } from '../layout'
import type { StoredWebhook } from '../state'

export const appDistributionPaths = {
  apps: '/',
  integrations: '/org/integrations/',
  webhooks: '/org/integrations/webhooks/',
} as const

/** The words the pages show, as data. */
export const appDistributionLabels = {
  brand: 'App Distribution',
  profile: 'Profile',
  integrations: 'Integrations',
  notifications: 'Notifications',
  webhooks: 'Webhooks',
  webhooksSubtitle: 'Send an HTTP POST to your server when something happens in your apps',
  connected: 'Connected',
  issueTrackers: 'Issue trackers',
  newWebhook: 'New Webhook',
  noWebhooks: 'No webhooks yet',
  noWebhooksHint: 'Create a webhook to let your own servers know about new builds, downloads and devices.',
  name: 'Name',
  url: 'URL',
  test: 'Test',
  events: 'Events',
  apps: 'Apps',
  appsHint: 'None selected: all apps, present and future.',
  allApps: 'All apps',
  cancel: 'Cancel',
  create: 'Create Webhook',
  switchLabel: 'Enabled',
  permissions: 'Only Account Owners and Org Admins can manage webhooks.',
} as const
const L = appDistributionLabels

const navigation = [
  { label: 'Apps', path: '/' },
  { label: 'Testers', path: '/testers/' },
  { label: 'Insights', path: '/insights/' },
] as const

/** Pages with nothing that works, by path: their title and a line of content. */
const plainPages: Record<string, { title: string; text: string }> = {
  '/testers/': { title: 'Testers', text: '368 testers in 12 groups. 4 invitations are pending.' },
  '/insights/': { title: 'Insights', text: 'Downloads this week: 2,486 (up 12% on last week).' },
  '/profile/': { title: 'My profile', text: 'Your name, e-mail address, password and two-factor authentication.' },
  '/org/': { title: 'Organization', text: 'Members, roles, single sign-on and billing of this organization.' },
}

/** Our own small mark (no asset of the real product). */
const favicon =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><rect x="1" y="1" width="14" height="14" rx="4" fill="#5b3fd6"/><path d="M8 3l4 9H4z" fill="#fff"/></svg>'

/** "OH" for owner@hooli.example, "QL" for qa.lead@acme.example. */
export function initialsOf(account: string): string {
  const [local = '', domain = ''] = account.split('@')
  const parts = local.split(/[._+-]+/).filter(Boolean)
  const letters = parts.length >= 2 ? [parts[0], parts[1]] : [parts[0], domain]
  return letters.map((part) => (part ?? '').charAt(0)).join('').toUpperCase() || '?'
}

function topBar(page: PageContext): Raw {
  const here = page.request.url.pathname
  return html`<header class="ad-topbar">
  <a class="ad-brand" href="/"><span class="ad-brand-mark" aria-hidden="true"></span><span class="ad-brand-name">${L.brand}</span></a>
  <nav class="ad-nav" aria-label="Main">
    ${navigation.map((link) => html`<a class="ad-nav-link" href="${link.path}"${link.path === here ? html` aria-current="page"` : ''}>${link.label}</a>`)}
  </nav>
  <div class="ad-topbar-right">
    <span class="ad-org" title="Organization">${page.context.host.split('.')[0]}</span>
    <div class="ad-profile" data-profile>
      <button type="button" class="ad-profile-button" aria-label="${L.profile}" aria-haspopup="menu" aria-expanded="false" data-profile-toggle>${initialsOf(
        page.options.account,
      )}</button>
    </div>
  </div>
</header>`
}

function page(pageContext: PageContext, title: string, main: Raw, status = 200): DashResponse {
  return htmlResponse(
    htmlPage({
      title: `${title} - ${L.brand}`,
      site: 'testfairy',
      script: 'app-distribution.js',
      stylesheet: 'app-distribution.css',
      bodyClass: 'app-distribution',
      bodyAttributes: { 'data-render-delay': String(pageContext.context.renderDelayMs) },
      body: html`${topBar(pageContext)}<main class="ad-main">${main}</main>`,
    }),
    status,
  )
}

/** Content that renders late (the page's script swaps the template in after the render delay). */
function late(content: Raw): Raw {
  return html`<div class="ad-loading" data-loading><span class="ad-spinner" aria-hidden="true"></span>Loading…</div><template data-late>${content}</template>`
}

/** An organisation page whose body is swapped by pushState navigation: the body alone when asked for a fragment. */
function orgPage(pageContext: PageContext, title: string, body: Raw): DashResponse {
  if (wantsFragment(pageContext.request)) return htmlResponse(body.html)
  return page(pageContext, title, html`<div class="ad-org-page" data-spa-panel>${body}</div>`)
}

function notFound(pageContext: PageContext): DashResponse {
  const body = html`<div class="ad-not-found"><h1>Page not found</h1><p>This page does not exist, or has moved.</p><p><a href="/">Go to your apps</a></p></div>`
  if (wantsFragment(pageContext.request)) return htmlResponse(body.html, 404)
  return page(pageContext, 'Page not found', body, 404)
}

// ---- Apps ----------------------------------------------------------------------------------------------------

function appsPage(pageContext: PageContext): DashResponse {
  const total = distributedApps.reduce((sum, app) => sum + app.downloads, 0)
  const content = html`<div class="ad-summary">
  <div class="ad-summary-item"><div class="ad-summary-value">${distributedApps.length}</div><div class="ad-summary-label">Apps</div></div>
  <div class="ad-summary-item"><div class="ad-summary-value">${total}</div><div class="ad-summary-label">Downloads (7 days)</div></div>
  <div class="ad-summary-item"><div class="ad-summary-value">368</div><div class="ad-summary-label">Testers</div></div>
</div>
<div class="ad-card">
  <div class="ad-toolbar"><input type="search" class="ad-search" placeholder="Search apps" aria-label="Search apps"><button type="button" class="ad-button">Upload build</button></div>
  <table class="ad-table">
    <thead><tr><th>App</th><th>Platform</th><th>Latest build</th><th>Testers</th><th>Downloads</th><th>Updated</th></tr></thead>
    <tbody>${distributedApps.map(
      (app) => html`<tr data-app-id="${app.id}"><td><span class="ad-app-icon ad-app-${app.platform.toLowerCase()}" aria-hidden="true"></span>${app.name}</td><td>${app.platform}</td><td>${app.version}</td><td>${app.testers}</td><td>${app.downloads}</td><td>${app.updated}</td></tr>`,
    )}</tbody>
  </table>
</div>`
  return page(pageContext, 'Apps', html`<div class="ad-page-title"><h1>Apps</h1></div>${late(content)}`)
}

function plainPage(pageContext: PageContext, path: string): DashResponse | undefined {
  const plain = plainPages[path]
  if (!plain) return undefined
  return page(pageContext, plain.title, html`<div class="ad-page-title"><h1>${plain.title}</h1></div>${late(html`<div class="ad-card"><p>${plain.text}</p></div>`)}`)
}

// ---- Integrations --------------------------------------------------------------------------------------------

function integrationsBody(): Raw {
  const tracker = (name: string, subtitle: string) =>
    html`<li class="ad-integration"><span class="ad-integration-icon ad-icon-${name.toLowerCase()}" aria-hidden="true"></span><span class="ad-integration-text"><span class="ad-integration-name">${name}</span><span class="ad-integration-subtitle">${subtitle}</span></span><button type="button" class="ad-button ad-button-light" disabled>Connect</button></li>`
  return html`<div class="ad-page-title"><h1>${L.integrations}</h1></div>
${late(html`<section class="ad-section" aria-labelledby="integrations-notifications">
  <h2 id="integrations-notifications">${L.notifications}</h2>
  <ul class="ad-integrations">
    <li class="ad-integration ad-integration-clickable" data-row-link>
      <span class="ad-integration-icon ad-icon-webhook" aria-hidden="true"></span>
      <span class="ad-integration-text"><a class="ad-integration-name" data-spa href="${appDistributionPaths.webhooks}">${L.webhooks}</a><span class="ad-integration-subtitle">${L.webhooksSubtitle}</span></span>
      <span class="ad-status ad-status-connected" role="img" aria-label="${L.connected}"></span>
    </li>
  </ul>
</section>
<section class="ad-section" aria-labelledby="integrations-issue-trackers">
  <h2 id="integrations-issue-trackers">${L.issueTrackers}</h2>
  <ul class="ad-integrations">
    ${tracker('Jira', 'Open issues from a build, a session or a tester’s report')}
    ${tracker('Slack', 'Post new builds and testers’ reports to a channel')}
  </ul>
</section>`)}`
}

// ---- Webhooks ------------------------------------------------------------------------------------------------

const eventLabel = (event: string) => appDistributionEvents.find((e) => e.event === event)?.label ?? event
const appLabel = (id: string) => {
  const app = distributedApps.find((a) => a.id === id)
  return app ? `${app.name} (${app.platform})` : id
}

/** The list block; the page's script fetches it again (?fragment=list) after a change. */
export function webhookList(webhooks: readonly StoredWebhook[]): Raw {
  if (webhooks.length === 0) {
    return html`<div class="ad-webhook-list" data-webhook-list><div class="ad-empty"><p class="ad-empty-title">${L.noWebhooks}</p><p class="ad-empty-hint">${L.noWebhooksHint}</p></div></div>`
  }
  return html`<div class="ad-webhook-list" data-webhook-list><ul class="ad-webhooks" aria-label="${L.webhooks}">${webhooks.map(
    (w) => html`<li class="ad-webhook" data-webhook-id="${w.id}">
  <span class="ad-webhook-text">
    <span class="ad-webhook-name">${w.name}</span>
    <span class="ad-webhook-url">${w.url}</span>
    <span class="ad-webhook-meta">${w.events.map(eventLabel).join(', ')} · ${w.appIds?.length ? w.appIds.map(appLabel).join(', ') : L.allApps}</span>
  </span>
  <button type="button" class="ad-switch" role="switch" aria-checked="${String(w.active)}" aria-label="${L.switchLabel}" data-webhook-switch="${w.id}"><span class="ad-switch-knob" aria-hidden="true"></span></button>
</li>`,
  )}</ul></div>`
}

function errors(field: string): Raw {
  return html`<div class="ad-errors" id="webhook-${field}-errors" data-errors-for="${field}" hidden></div>`
}

/** The "New Webhook" form, mounted fresh in the dialog on every opening (framework-controlled by the script). */
function webhookForm(): Raw {
  return html`<form class="ad-form" data-new-webhook-form novalidate>
  <div class="ad-field">
    <label for="webhook-name">${L.name}</label>
    <input id="webhook-name" type="text" name="name" autocomplete="off" placeholder="e.g. Build server" aria-describedby="webhook-name-errors">
    ${errors('name')}
  </div>
  <div class="ad-field">
    <label for="webhook-url">${L.url}</label>
    <div class="ad-url-row">
      <input id="webhook-url" type="url" name="url" autocomplete="off" placeholder="https://" aria-describedby="webhook-url-errors">
      <button type="button" class="ad-button ad-button-light" data-test-webhook>${L.test}</button>
    </div>
    ${errors('url')}
    <div class="ad-test-result" role="status" data-test-result></div>
  </div>
  <fieldset class="ad-field ad-events" aria-describedby="webhook-events-errors">
    <legend>${L.events}</legend>
    ${appDistributionEvents.map(
      (e) => html`<label class="ad-check"><input type="checkbox" name="event-${e.event}" value="${e.event}"> ${e.label}</label>`,
    )}
    ${errors('events')}
  </fieldset>
  <div class="ad-field">
    <label for="webhook-apps">${L.apps}</label>
    <select id="webhook-apps" name="apps" multiple size="${distributedApps.length}" aria-describedby="webhook-apps-hint webhook-appIds-errors">
      ${distributedApps.map((app) => html`<option value="${app.id}">${app.name} (${app.platform})</option>`)}
    </select>
    <p class="ad-hint" id="webhook-apps-hint">${L.appsHint}</p>
    ${errors('appIds')}
  </div>
  <div class="ad-form-error" data-form-error role="alert" hidden></div>
  <div class="ad-dialog-buttons">
    <button type="button" class="ad-button ad-button-light" data-close-dialog>${L.cancel}</button>
    <button type="submit" class="ad-button">${L.create}</button>
  </div>
</form>`
}

function webhooksBody(pageContext: PageContext): Raw {
  return html`<nav class="ad-breadcrumbs" aria-label="Breadcrumbs"><a data-spa href="${appDistributionPaths.integrations}">${L.integrations}</a><span aria-hidden="true"> / </span><span>${L.webhooks}</span></nav>
<div class="ad-page-title"><h1>${L.webhooks}</h1></div>
${late(html`<div class="ad-card">
  <div class="ad-toolbar"><p class="ad-note">${L.permissions}</p><button type="button" class="ad-button" data-new-webhook>${L.newWebhook}</button></div>
  ${webhookList(pageContext.state.webhooks)}
</div>
<dialog class="ad-dialog" data-webhook-dialog aria-labelledby="new-webhook-title">
  <h2 id="new-webhook-title">${L.newWebhook}</h2>
  <div data-dialog-body></div>
</dialog>
<template data-webhook-form-template>${webhookForm()}</template>`)}`
}

// ---- routing -------------------------------------------------------------------------------------------------

export async function handleAppDistribution(pageContext: PageContext): Promise<DashResponse> {
  const { request } = pageContext
  const path = request.url.pathname
  if (path.startsWith('/api/')) return (await handleV3Api(request, pageContext.state, pageContext.context)) ?? notFound(pageContext)
  if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(pageContext)
  if (path === '/favicon.ico') return { status: 200, headers: { 'content-type': 'image/svg+xml' }, body: favicon }
  if (path === appDistributionPaths.apps) return appsPage(pageContext)
  if (path === '/org/integrations') return { status: 301, headers: { location: appDistributionPaths.integrations } }
  if (path === '/org/integrations/webhooks') return { status: 301, headers: { location: appDistributionPaths.webhooks } }
  if (path === appDistributionPaths.integrations) return orgPage(pageContext, L.integrations, integrationsBody())
  if (path === appDistributionPaths.webhooks) {
    if (request.url.searchParams.get('fragment') === 'list') return htmlResponse(webhookList(pageContext.state.webhooks).html)
    return orgPage(pageContext, L.webhooks, webhooksBody(pageContext))
  }
  if (path === '/logout/') {
    return page(pageContext, 'Signed out', html`<div class="ad-not-found"><h1>You have been signed out.</h1><p><a href="/">Sign in again</a></p></div>`)
  }
  return plainPage(pageContext, path) ?? notFound(pageContext)
}
