// The current generation's Preferences > Integrations panel: active integrations with their edit forms, the
// "Available" rows, the modal dialog and the (framework-controlled) webhook forms the page's script mounts in it.
import { html, type Raw } from '../../html'
import { htmlResponse, type DashResponse } from '../../http'
import { actionInputName, eventsFor, type EventDefinition } from '../events'
import { availableIntegrations, integrationLabels as L, settingsItems, type AvailableIntegration } from '../labels'
import { card, settingsPage, type PageContext } from '../layout'
import type { StoredWebhook } from '../state'

const titleOf = (kind: string) => availableIntegrations.find((i) => i.kind === kind)?.title ?? 'Webhook'

function errorList(field: string): Raw {
  return html`<ul class="errorlist" data-errors-for="${field}" hidden></ul>`
}

function textRow(label: string, name: string, value: string, placeholder: string): Raw {
  return html`<div class="form-row"><div class="form-label">${label}</div><div class="form-field"><input type="text" name="${name}" value="${value}" placeholder="${placeholder}" autocomplete="off">${errorList(name)}</div></div>`
}

function checkbox(name: string, checked: boolean, label: string): Raw {
  return html`<label class="check"><input type="checkbox" name="${name}"${checked ? html` checked` : ''}> <span>${label}</span></label>`
}

/** The add form (mode 'add', no webhook) or an active webhook's edit form. */
export function webhookForm(events: EventDefinition[], integration: string, webhook?: StoredWebhook): Raw {
  const editing = webhook !== undefined
  return html`<form class="${editing ? 'webhook-form webhook-edit' : 'webhook-form'}" data-webhook-form="${editing ? 'edit' : 'add'}" data-integration="${integration}"${
    editing ? html` data-webhook-id="${webhook.id}"` : ''
  } novalidate>
  ${editing ? html`<h4 class="form-header">${L.editHeader}</h4>` : ''}
  <div class="form-section">
    ${textRow(L.name, 'webhook-name', webhook?.name ?? '', editing ? '' : `My ${titleOf(integration)} Integration`)}
    ${textRow(L.url, 'webhook-url', webhook?.url ?? '', 'https://')}
    <div class="form-row"><div class="form-label">${L.activeLabel}</div><div class="form-field"><input type="checkbox" name="webhook-status"${
      (webhook?.active ?? true) ? html` checked` : ''
    }></div></div>
  </div>
  <div class="form-section">
    <p class="form-note">${L.eventsIntro}</p>
    <div class="event-list">
      ${events.map((e) => checkbox(actionInputName(e.event), webhook?.events.includes(e.event) ?? false, editing ? e.editLabel : e.addLabel))}
      ${errorList('actions')}
    </div>
  </div>
  <div class="form-section">
    <p class="form-note">${L.projects}</p>
    ${checkbox('all-projects', webhook?.allProjects ?? true, L.allProjects)}
  </div>
  <div class="test-result" data-test-result role="status" hidden></div>
  <div class="form-buttons">
    ${editing ? html`<button type="button" class="btn btn-danger" data-delete-webhook>${L.deleteWebhook}</button>` : ''}
    <button type="button" class="btn btn-grey" data-test-url>${L.testUrl}</button>
    <button type="submit" class="btn btn-primary">${editing ? L.saveWebhook : L.addWebhook}</button>
  </div>
</form>`
}

/** The Active Integrations block; the page's script fetches it again after each change. */
export function activeIntegrations(page: PageContext): Raw {
  const events = eventsFor(page.options)
  const webhooks = page.state.webhooks
  return html`<div class="active-integrations" data-active-integrations>${
    webhooks.length === 0
      ? html`<div class="empty-active"><div class="empty-title">${L.emptyTitle}</div><div class="empty-subtitle">${L.emptySubtitle}</div></div>`
      : webhooks.map(
          (w) => html`<div class="active-integration" data-webhook-id="${w.id}">
  <button type="button" class="active-summary" data-toggle-edit aria-expanded="false">
    <span class="integration-icon icon-${w.integration}" aria-hidden="true"></span>
    <span class="active-text"><span class="integration-title">${titleOf(w.integration)}</span><span class="active-name">${w.name}</span><span class="active-url">${w.url}</span></span>
    <span class="${w.active ? 'status status-on' : 'status status-off'}">${w.active ? 'Active' : 'Inactive'}</span>
  </button>
  <div class="active-edit" hidden>${webhookForm(events, w.integration, w)}</div>
</div>`,
        )
  }</div>`
}

function availableRow(integration: AvailableIntegration): Raw {
  return html`<li class="integration-row" data-integration="${integration.kind}">
  <span class="integration-icon icon-${integration.kind}" aria-hidden="true"></span>
  <div class="integration-text"><div class="integration-title">${integration.title}</div><div class="integration-subtitle">${integration.subtitle}</div></div>
  <button type="button" class="btn btn-primary btn-add" data-add-integration="${integration.kind}"><span class="glyph glyph-link" aria-hidden="true"></span>${L.addIntegration}</button>
</li>`
}

/** What each row's dialog holds, mounted fresh by the script on every opening. */
function dialogTemplate(page: PageContext, integration: AvailableIntegration): Raw {
  const content = integration.webhookForm
    ? webhookForm(eventsFor(page.options), integration.kind)
    : html`<div class="connect"><p>Connect your ${integration.title} account to send TestFairy notifications there.</p><div class="form-buttons"><button type="button" class="btn btn-grey" data-close-dialog>Cancel</button><button type="button" class="btn btn-primary" disabled>Connect</button></div></div>`
  return html`<template data-dialog-content="${integration.kind}" data-title="${integration.title}">${content}</template>`
}

/** The rows this account lists: all of them, or (centercodeRow false) all but Centercode's. */
function availableFor(page: PageContext): AvailableIntegration[] {
  return page.options.centercodeRow === false ? availableIntegrations.filter((i) => i.kind !== 'centercode') : availableIntegrations
}

export function integrationsPage(page: PageContext): DashResponse {
  const available = availableFor(page)
  const panel = card(
    L.heading,
    'link',
    html`<p class="intro">${L.intro}</p>
<h3 class="section-title">${L.active}</h3>
${activeIntegrations(page)}
<h3 class="section-title">${L.available}</h3>
<ul class="available">${available.map(availableRow)}</ul>
<dialog class="integration-dialog" data-integration-dialog aria-labelledby="integration-dialog-title">
  <div class="dialog-header"><h3 id="integration-dialog-title" data-dialog-title></h3><button type="button" class="dialog-close" data-close-dialog aria-label="Close">×</button></div>
  <div class="dialog-body" data-dialog-body></div>
</dialog>
${available.map((i) => dialogTemplate(page, i))}`,
  )
  return settingsPage(page, settingsItems.integrations, panel)
}

/** GET /settings/integrations/active/: the Active Integrations block alone. */
export function activeIntegrationsFragment(page: PageContext): DashResponse {
  return htmlResponse(activeIntegrations(page).html)
}
