// Feedback types and their External Sources. Legacy: Project Tools > Feedback Types > hover a type > Modify >
// External Sources tab (full page loads). Current: Management > Project configuration > Feedback types > the
// pencil (aria-label "Modify") > tabs swapped by pushState. Both hide External Sources until an API key exists.
import { html, Raw } from '../html'
import { formOf, htmlResponse, redirectResponse, type DashRequest, type DashResponse } from '../http'
import type { Community } from './context'
import { apiKeyPlaceholder, endpointUrl } from './endpoint'
import { typeNameFor } from './labels'
import { errorSummary, fieldError, page, sectionBar, titleBar } from './layout'
import type { TypeTab } from './paths'
import { sourceInputOf, validateSource, type SourceInput } from './sources'
import type { ExternalSource, FeedbackType } from './state'
import { latestApiKey, parameterFieldName, statusOptions } from './state'

const pencil = html`<svg class="icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false"><path d="M13.6 2.6a2 2 0 0 1 2.8 0l1 1a2 2 0 0 1 0 2.8L7 16.8l-4.4 1 1-4.4z"/></svg>`

function typeName(c: Community, type: FeedbackType): string {
  return typeNameFor(type.name, c.options)
}

function hasApiKey(c: Community): boolean {
  return c.state.apiKeys.length > 0
}

/** Whether this community's edition and features have External Sources at all (dashboards.md: Team and Legacy, with Enhanced Integrations). */
export function offersSources(c: Community): boolean {
  return c.options.externalSources !== false && c.options.enhancedIntegrations !== false
}

function apiHint(c: Community): Raw {
  if (!offersSources(c)) return html``
  const where =
    c.options.generation === 'legacy'
      ? `${c.labels.communityTools} > ${c.labels.configuration} > ${c.labels.apiKeys}`
      : `${c.labels.communityConfiguration} > ${c.labels.integrationCenter} > ${c.labels.apiKeys}`
  return html`<div class="alert alert-info api-hint" data-api-hint role="note">API features become available once your community has an API key. Create one under <a href="${c.paths.apiKeys}">${where}</a>.</div>`
}

export function findType(c: Community, typeId: string | null | undefined): FeedbackType | undefined {
  return c.types.find((t) => t.id === typeId)
}

export function feedbackTypesPage(c: Community): DashResponse {
  const { labels, paths } = c
  const count = (t: FeedbackType) => c.state.feedback.filter((f) => f.typeId === t.id).length
  if (c.options.generation === 'legacy') {
    return page(c, {
      title: labels.feedbackTypes,
      area: 'project',
      main: html`${titleBar(c, labels.feedbackTypes)}
<table class="grid type-table">
  <thead><tr><th>Name</th><th>Submissions</th><th>Status</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
  <tbody>${c.types.map(
    (t) => html`<tr class="type-row" tabindex="0" data-type-id="${t.id}">
    <td class="type-name">${typeName(c, t)}</td><td>${count(t)}</td><td>Active</td>
    <td class="row-actions-cell"><span class="row-actions"><a href="${paths.feedbackType(t.id, 'form')}">${labels.modify}</a> <a href="#copy">Copy</a> <a href="#archive">Archive</a></span></td>
  </tr>`,
  )}</tbody>
</table>`,
    })
  }
  return page(c, {
    title: labels.feedbackTypes,
    area: 'project',
    main: html`${titleBar(c, labels.feedbackTypes)}
<p class="breadcrumbs"><a href="${paths.projectConfiguration}">${labels.projectConfiguration}</a> / ${labels.feedbackTypes}</p>
<ul class="type-list">${c.types.map(
      // the whole cell opens the type too (the help centre: "click the table cell of the desired Feedback Type")
      (t) => html`<li class="type-item" data-type-id="${t.id}" data-href="${paths.feedbackType(t.id, 'form')}">
  <div><strong class="type-name">${typeName(c, t)}</strong><span class="muted">${t.elements.length} fields · ${count(t)} submissions</span></div>
  <button type="button" class="icon-button" aria-label="${labels.modify}" title="${labels.modify}" data-href="${paths.feedbackType(t.id, 'form')}">${pencil}</button>
</li>`,
    )}</ul>`,
  })
}

export function projectConfigurationPage(c: Community): DashResponse {
  const { labels, paths } = c
  return page(c, {
    title: labels.projectConfiguration,
    area: 'project',
    main: html`${titleBar(c, `${labels.projectConfiguration}: ${c.options.projectName}`)}
<div class="cards">
  <a class="card" href="#details"><strong>Project details</strong><span>Name, dates, phases</span></a>
  <a class="card" href="${paths.feedbackTypes}"><strong>${labels.feedbackTypes}</strong><span>Forms, workflows and integrations of each type</span></a>
  <a class="card" href="#teams"><strong>Teams</strong><span>${c.options.teams.join(', ')}</span></a>
  <a class="card" href="#surveys"><strong>Surveys</strong><span>Questionnaires and schedules</span></a>
</div>`,
  })
}

function tabs(c: Community, type: FeedbackType, active: TypeTab): Raw {
  const { labels, paths } = c
  const legacy = c.options.generation === 'legacy'
  const entries: [TypeTab, string][] = legacy
    ? [['form', 'Form'], ['workflow', 'Workflow']]
    : [['form', 'Form'], ['workflow', 'Workflow'], ['integrations', 'Integrations']]
  if (hasApiKey(c) && offersSources(c)) entries.push(['sources', labels.externalSources])
  return html`<nav class="tabs" aria-label="${typeName(c, type)} settings">${entries.map(
    ([tab, text]) =>
      html`<a href="${paths.feedbackType(type.id, tab)}" ${legacy ? '' : new Raw('data-spa')} class="tab${tab === active ? ' active' : ''}" ${tab === active ? new Raw('aria-current="page"') : ''}>${text}</a>`,
  )}</nav>`
}


/** Legacy: a full page with tabs. Current: the tab panel alone for ?fragment, else the page around it. */
function typeArea(c: Community, type: FeedbackType, tab: TypeTab, panel: Raw, fragment: boolean, status = 200): DashResponse {
  if (fragment) return htmlResponse(html`<template data-late>${panel}</template>`.html, status)
  const legacy = c.options.generation === 'legacy'
  return page(c, {
    title: typeName(c, type),
    area: 'project',
    status,
    main: legacy
      ? html`${titleBar(c, typeName(c, type))}${tabs(c, type, tab)}${hasApiKey(c) || tab === 'sources' ? '' : apiHint(c)}<div class="tab-panel">${panel}</div>`
      : html`<p class="breadcrumbs"><a href="${c.paths.feedbackTypes}">${c.labels.feedbackTypes}</a> / ${typeName(c, type)}</p>${titleBar(c, typeName(c, type))}${tabs(c, type, tab)}<div class="tab-panel" data-spa-panel>${panel}</div>`,
  })
}

function formTab(c: Community, type: FeedbackType): Raw {
  return html`${sectionBar(c, c.options.generation === 'legacy' ? 'Form Fields' : 'Form fields')}
<table class="grid"><thead><tr><th>Field</th><th>Type</th><th>Required</th></tr></thead><tbody>${type.elements.map(
    (e, i) => html`<tr><td>${e.name}</td><td>${e.mappable ? (i === 0 ? 'Text' : 'Text area') : 'Choice'}</td><td>${i === 0 ? 'Yes' : 'No'}</td></tr>`,
  )}</tbody></table>`
}

function workflowTab(c: Community): Raw {
  return html`${sectionBar(c, 'Workflow')}
<table class="grid"><thead><tr><th>Team</th><th>Statuses</th></tr></thead><tbody>${c.options.teams.map(
    (team) => html`<tr><td>${team}</td><td>${statusOptions.join(' → ')}</td></tr>`,
  )}</tbody></table>`
}

function integrationsTab(c: Community, type: FeedbackType): Raw {
  return html`${sectionBar(c, 'Integrations')}
${hasApiKey(c) && offersSources(c) ? html`<p>Bring feedback in from other tools with <a href="${c.paths.feedbackType(type.id, 'sources')}" data-spa>${c.labels.externalSources}</a>.</p>` : apiHint(c)}
<ul class="plain"><li>Jira: not connected</li><li>Slack: not connected</li></ul>`
}

function sourcesTab(c: Community, type: FeedbackType): Raw {
  const { labels, paths } = c
  if (!hasApiKey(c)) return apiHint(c)
  const sources = c.state.sources[type.id] ?? []
  const legacy = c.options.generation === 'legacy'
  return html`${sectionBar(c, labels.externalSources)}
<table class="grid sources-table"><thead><tr><th>Name</th><th>Key</th><th>Team</th><th>Status</th></tr></thead><tbody>${
    sources.length === 0
      ? html`<tr class="empty"><td colspan="4">No external sources have been created.</td></tr>`
      : sources.map(
          (s) => html`<tr><td><a href="${paths.source(type.id, s.key)}" ${legacy ? '' : new Raw('data-spa')}>${s.name}</a></td><td>${s.key}</td><td>${s.team}</td><td>${s.status || 'No Selection'}</td></tr>`,
        )
  }</tbody></table>
<div class="button-bar"><a class="${legacy ? 'button button-primary' : 'btn btn-primary'}" href="${paths.sourceCreate(type.id)}" ${legacy ? '' : new Raw('data-spa')}>${labels.createExternalSource}</a></div>`
}

export function typeTabPage(c: Community, type: FeedbackType, tab: TypeTab, fragment: boolean): DashResponse {
  const panel =
    tab === 'form' ? formTab(c, type) : tab === 'workflow' ? workflowTab(c) : tab === 'integrations' ? integrationsTab(c, type) : sourcesTab(c, type)
  return typeArea(c, type, tab, panel, fragment)
}

/**
 * 'form-only': the API Endpoint URL on the creation form, made as the Key is typed (app.js), the one place it is
 * shown; the key it carries is the community's newest.
 */
function formEndpoint(c: Community, sourceKey: string): Raw | string {
  const key = latestApiKey(c.state)
  if (c.options.endpointPresentation !== 'form-only' || !key) return ''
  const template = endpointUrl(c.site.host, c.options.projectKey, sourceKeySlot, key.key)
  const url = sourceKey ? template.replace(sourceKeySlot, encodeURIComponent(sourceKey)) : ''
  return html`<div class="field endpoint"><label for="endpoint-url">${c.labels.apiEndpointUrl}</label><input type="text" id="endpoint-url" class="endpoint-input" readonly value="${url}" placeholder="Type a Key first" data-endpoint-template="${template}"><p class="note">Copy or save your ${c.labels.apiEndpointUrl}: it is not shown again once you click Submit.</p></div>`
}

/** Where the form's endpoint template takes the Key typed (app.js replaces it). */
const sourceKeySlot = 'SOURCE_KEY_TYPED'

const emptySource = (type: FeedbackType): SourceInput => ({
  name: '',
  key: '',
  team: '',
  status: '',
  statusParameter: '',
  parameters: Object.fromEntries(type.elements.filter((e) => e.mappable).map((e) => [e.name, ''])),
})

function sourceForm(c: Community, type: FeedbackType, input: SourceInput, errors: Record<string, string>): Raw {
  const { labels, paths } = c
  const legacy = c.options.generation === 'legacy'
  const teamChosen = input.team !== ''
  const needsStatusParameter = teamChosen && input.status === ''
  return html`${titleBar(c, labels.createExternalSourceTitle)}
<form class="cc-form source-form" method="post" action="${paths.sourceCreate(type.id)}" novalidate>
${errorSummary(errors)}
<div class="field">
  <label for="source-name">Name<span class="required" aria-hidden="true">*</span></label>
  <input type="text" id="source-name" name="name" value="${input.name}" required class="${errors.name ? 'invalid' : ''}">
  ${fieldError(errors, 'name')}
</div>
<div class="field">
  <label for="source-key">Key<span class="required" aria-hidden="true">*</span></label>
  <input type="text" id="source-key" name="key" value="${input.key}" required class="${errors.key ? 'invalid' : ''}">
  ${fieldError(errors, 'key')}
</div>
${formEndpoint(c, input.key)}
${sectionBar(c, 'Workflow')}
<div class="field-row">
  <div class="field">
    <label for="source-team">Team<span class="required" aria-hidden="true">*</span></label>
    <select id="source-team" name="team" required class="${errors.team ? 'invalid' : ''}"><option value="">&lt;Select&gt;</option>${c.options.teams.map(
      (team) => html`<option value="${team}" ${team === input.team ? 'selected' : ''}>${team}</option>`,
    )}</select>
    ${fieldError(errors, 'team')}
  </div>
  <div class="field">
    <label for="source-status">Status</label>
    <select id="source-status" name="status" ${teamChosen ? '' : 'disabled'}><option value="">No Selection</option>${statusOptions.map(
      (s) => html`<option value="${s}" ${s === input.status ? 'selected' : ''}>${s}</option>`,
    )}</select>
    ${fieldError(errors, 'status')}
  </div>
</div>
${sectionBar(c, legacy ? 'Incoming Fields' : 'Incoming fields')}
<h3 class="field-heading">Workflow Parameters</h3>
<table class="grid params workflow-params">
  <thead><tr><th>Field</th><th>Parameter</th></tr></thead>
  <tbody>
    <tr class="empty" data-workflow-empty ${needsStatusParameter ? 'hidden' : ''}><td colspan="2">Configure Workflow Fields</td></tr>
    <tr data-status-parameter ${needsStatusParameter ? '' : 'hidden'}><td>Status<span class="required" aria-hidden="true">*</span></td><td><input type="text" name="workflow_status" value="${input.statusParameter}" class="${errors.workflow_status ? 'invalid' : ''}"></td></tr>
  </tbody>
</table>
${fieldError(errors, 'workflow_status')}
<h3 class="field-heading">Element Parameters</h3>
<table class="grid params element-params">
  <thead><tr><th>Field</th><th>Parameter</th></tr></thead>
  <tbody>${type.elements.map((e) => {
    const name = parameterFieldName(e.name)
    return html`<tr><td>${e.name}</td><td>${
      e.mappable
        ? html`<input type="text" name="${name}" value="${input.parameters[e.name] ?? ''}" class="${errors[name] ? 'invalid' : ''}">${fieldError(errors, name)}`
        : html`<span class="icon-minus" role="img" aria-label="Not mappable" title="This field cannot take an incoming parameter"></span>`
    }</td></tr>`
  })}</tbody>
</table>
<div class="form-actions"><button type="submit" class="${legacy ? 'button button-primary' : 'btn btn-primary'}">Submit</button> <a class="cancel" href="${paths.feedbackType(type.id, 'sources')}">Cancel</a></div>
</form>`
}

export function sourceCreatePage(c: Community, type: FeedbackType, fragment: boolean): DashResponse {
  if (!hasApiKey(c)) return typeArea(c, type, 'sources', apiHint(c), fragment)
  return typeArea(c, type, 'sources', sourceForm(c, type, emptySource(type), {}), fragment)
}

export function submitSource(c: Community, request: DashRequest, type: FeedbackType): DashResponse {
  const form = formOf(request)
  const input = sourceInputOf(form, type)
  const existing = c.state.sources[type.id] ?? []
  const errors: Record<string, string> = hasApiKey(c)
    ? validateSource(input, existing, c.options.teams)
    : { apiKey: 'External Sources need a community API key.' }
  const ok = Object.keys(errors).length === 0
  c.state.received.push({
    at: new Date().toISOString(),
    method: request.method,
    path: request.url.pathname + request.url.search,
    fields: Object.fromEntries([...new Set(form.keys())].map((k) => [k, form.getAll(k).length > 1 ? form.getAll(k) : (form.get(k) ?? '')])),
    outcome: ok ? 'accepted' : 'rejected',
    ...(ok ? {} : { errors }),
  })
  if (!ok) return typeArea(c, type, 'sources', sourceForm(c, type, input, errors), false)
  const source: ExternalSource = {
    id: c.state.nextId++,
    typeId: type.id,
    name: input.name,
    key: input.key,
    team: input.team,
    status: input.status,
    workflowParameters: input.status === '' && input.statusParameter ? { Status: input.statusParameter } : {},
    elementParameters: Object.fromEntries(Object.entries(input.parameters).filter(([, p]) => p)),
    created: new Date().toISOString(),
  }
  c.state.sources[type.id] = [...existing, source]
  return redirectResponse(c.paths.source(type.id, source.key))
}

function endpointBlock(c: Community, source: ExternalSource): Raw | string {
  const key = latestApiKey(c.state)
  const label = c.labels.apiEndpointUrl
  if (!key) return apiHint(c)
  const url = endpointUrl(c.site.host, c.options.projectKey, source.key, key.key)
  switch (c.options.endpointPresentation) {
    case 'readonly-input':
      return html`<div class="field endpoint"><label for="endpoint-url">${label}</label><input type="text" id="endpoint-url" class="endpoint-input" readonly value="${url}"></div>`
    case 'text-with-copy':
      return html`<div class="field endpoint"><span class="label">${label}</span><div class="copy-row"><code class="endpoint-url" id="endpoint-url">${url}</code><button type="button" class="${c.options.generation === 'legacy' ? 'button' : 'btn btn-secondary'}" data-action="copy" data-copy-target="endpoint-url">Copy</button></div><span class="copy-status" data-copy-status role="status"></span></div>`
    case 'placeholder-key': {
      const shown = endpointUrl(c.site.host, c.options.projectKey, source.key, apiKeyPlaceholder)
      return html`<div class="field endpoint"><span class="label">${label}</span><code class="endpoint-url" id="endpoint-url">${shown}</code><p class="note">Substitute your API key for ${apiKeyPlaceholder}: use a key from ${c.labels.apiKeys} in the community configuration.</p></div>`
    }
    case 'form-only':
      // shown on the creation form only: here, the details alone
      return ''
    case 'none':
      // No URL at all: only its parts, as a line of text (legacy) or a definition list (current).
      return c.options.generation === 'legacy'
        ? html`<div class="api-info"><p class="note">Send feedback to this source through the Centercode API with a key from ${c.labels.apiKeys}.</p><p>Project key: <code>${c.options.projectKey}</code></p></div>`
        : html`<dl class="api-details"><div><dt>Project key</dt><dd>${c.options.projectKey}</dd></div><div><dt>Source key</dt><dd>${source.key}</dd></div></dl><p class="note">Use these with an API key to send feedback to this source.</p>`
  }
}

export function sourcePage(c: Community, type: FeedbackType, sourceKey: string, fragment: boolean): DashResponse | undefined {
  const source = (c.state.sources[type.id] ?? []).find((s) => s.key === sourceKey)
  if (!source) return undefined
  const legacy = c.options.generation === 'legacy'
  const mappings = [...Object.entries(source.workflowParameters), ...Object.entries(source.elementParameters)]
  const panel = html`${titleBar(c, source.name)}
<div class="alert alert-success" role="status">External source saved.</div>
${hasApiKey(c) ? endpointBlock(c, source) : apiHint(c)}
<table class="details">
  <tr><th scope="row">Name</th><td>${source.name}</td></tr>
  <tr><th scope="row">Key</th><td>${source.key}</td></tr>
  <tr><th scope="row">Team</th><td>${source.team}</td></tr>
  <tr><th scope="row">Status</th><td>${source.status || 'No Selection'}</td></tr>
</table>
${sectionBar(c, legacy ? 'Incoming Fields' : 'Incoming fields')}
<table class="grid"><thead><tr><th>Field</th><th>Parameter</th></tr></thead><tbody>${
    mappings.length === 0 ? html`<tr class="empty"><td colspan="2">No parameters configured.</td></tr>` : mappings.map(([f, p]) => html`<tr><td>${f}</td><td><code>${p}</code></td></tr>`)
  }</tbody></table>
<div class="button-bar"><a href="${c.paths.feedbackType(type.id, 'sources')}" ${legacy ? '' : new Raw('data-spa')}>Back to ${c.labels.externalSources}</a></div>`
  return typeArea(c, type, 'sources', panel, fragment)
}

export function redirectToTab(c: Community, type: FeedbackType): DashResponse {
  return redirectResponse(c.paths.feedbackType(type.id, 'form'), 302)
}
