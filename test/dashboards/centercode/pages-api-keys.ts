// Community API keys. Legacy: Community Tools > Configuration > Advanced Configuration > API Keys > "API Key
// Management" > Create an API Key > "Generate API Key" (a plain form POST; the key is shown once on the next
// page). Current: Community configuration > Integration center > API Keys > Create an API Key (a
// framework-controlled form sent as JSON; the key is shown once in a modal dialog).
import { html, type Raw } from '../html'
import { formOf, jsonOf, jsonResponse, redirectResponse, type DashRequest, type DashResponse } from '../http'
import { emailNotifications, generateApiKey, maskApiKey, validateApiKeyInput, type ApiKeyInput } from './api-key'
import type { Community } from './context'
import { errorSummary, fieldError, page, sectionBar, titleBar } from './layout'
import type { ApiKeyRecord } from './state'

const emptyInput: ApiKeyInput = { name: '', description: '', prefix: '', ipRestrictions: [], emailNotification: 'none' }

function date(iso: string | null): string {
  if (!iso) return '-'
  return new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
}

export function configurationPage(c: Community): DashResponse {
  const { labels, paths } = c
  if (c.options.generation === 'legacy') {
    return page(c, {
      title: labels.configuration,
      area: 'community',
      main: html`${titleBar(c, labels.configuration)}
${sectionBar(c, 'General Configuration')}
<ul class="config-links">
  <li><a href="#details">Community Details</a><span>Name, description, time zone</span></li>
  <li><a href="#branding">Branding</a><span>Logo, colours, favicon</span></li>
  <li><a href="#email">Email Templates</a><span>Invitations, reminders, digests</span></li>
  <li><a href="#terms">Terms &amp; Agreements</a><span>NDA and participation terms</span></li>
</ul>
${sectionBar(c, labels.advancedConfiguration)}
<ul class="config-links">
  <li><a href="#sso">Single Sign-On</a><span>SAML identity providers</span></li>
  ${c.options.enhancedIntegrations === false ? '' : html`<li><a href="${paths.apiKeys}">${labels.apiKeys}</a><span>Keys for the Centercode API</span></li>`}
  <li><a href="#strings">UI String Customization</a><span>Rename any label of the community</span></li>
  <li><a href="#retention">Data Retention</a><span>How long closed projects are kept</span></li>
</ul>`,
    })
  }
  return page(c, {
    title: labels.communityConfiguration,
    area: 'community',
    main: html`${titleBar(c, labels.communityConfiguration)}
<div class="cards">
  <a class="card" href="#general"><strong>General</strong><span>Name, time zone, languages</span></a>
  <a class="card" href="#branding"><strong>Branding</strong><span>Logo, colours, login page</span></a>
  <a class="card" href="#access"><strong>Users &amp; access</strong><span>Roles, invitations, single sign-on</span></a>
  <a class="card" href="${paths.integrationCenter}"><strong>${labels.integrationCenter}</strong><span>API keys, webhooks, connected apps</span></a>
  <a class="card" href="#strings"><strong>UI strings</strong><span>Customise any label</span></a>
</div>`,
  })
}

export function integrationCenterPage(c: Community): DashResponse {
  const { labels, paths } = c
  return page(c, {
    title: labels.integrationCenter,
    area: 'community',
    main: html`${titleBar(c, labels.integrationCenter)}
<div class="cards">
  <a class="card" href="#webhooks"><strong>Webhooks</strong><span>Send events to other services</span></a>
  ${
    c.options.enhancedIntegrations === false
      ? html`<div class="card card-muted" role="note"><strong>Enhanced Integrations</strong><span>API keys and external sources come with Enhanced Integrations. Ask your Centercode account manager.</span></div>`
      : html`<a class="card" href="${paths.apiKeys}"><strong>${labels.apiKeys}</strong><span>Let other services use the Centercode API</span></a>`
  }
  <a class="card" href="#sso"><strong>Single sign-on</strong><span>SAML and OpenID Connect</span></a>
  <a class="card" href="#apps"><strong>Connected apps</strong><span>Jira, Slack, Zapier</span></a>
</div>`,
  })
}

export function apiKeyListPage(c: Community): DashResponse {
  const { labels, paths, state } = c
  const keys = state.apiKeys
  if (c.options.generation === 'legacy') {
    return page(c, {
      title: labels.apiKeyManagement,
      area: 'community',
      main: html`${titleBar(c, labels.apiKeyManagement)}
<table class="grid api-key-table">
  <thead><tr><th>Key</th><th>Created</th><th>Last Accessed</th></tr></thead>
  <tbody>${
    keys.length === 0
      ? html`<tr class="empty"><td colspan="3">No API keys have been created.</td></tr>`
      : keys.map((k) => html`<tr title="${k.name}"><td><span class="api-key">${k.key}</span><span class="key-name">${k.name}</span></td><td>${date(k.created)}</td><td>${date(k.lastAccessed)}</td></tr>`)
  }</tbody>
</table>
<div class="button-bar"><a class="button button-primary" href="${paths.apiKeyCreate}">${labels.createApiKey}</a></div>`,
    })
  }
  return page(c, {
    title: labels.apiKeyManagement,
    area: 'community',
    main: html`${titleBar(c, labels.apiKeys, html`<a class="btn btn-primary" href="${paths.apiKeyCreate}">${labels.createApiKey}</a>`)}
<p class="muted">Keys are shown once, when they are created. Store them somewhere safe.</p>
<table class="table api-key-table">
  <thead><tr><th>Name</th><th>Key</th><th>Created</th><th>Last used</th></tr></thead>
  <tbody>${
    keys.length === 0
      ? html`<tr class="empty"><td colspan="4">You have no API keys yet.</td></tr>`
      : keys.map((k) => html`<tr><td>${k.name}</td><td><code>${maskApiKey(k.key)}</code></td><td>${date(k.created)}</td><td>${k.lastAccessed ? date(k.lastAccessed) : 'Never'}</td></tr>`)
  }</tbody>
</table>`,
  })
}

function ipRows(input: ApiKeyInput): Raw {
  return html`${input.ipRestrictions.map(
    (row) => html`<tr class="ip-row"><td>${row.ip}<input type="hidden" name="ip_address" value="${row.ip}"></td><td>${row.description}<input type="hidden" name="ip_description" value="${row.description}"></td><td><button type="button" class="link-button" data-action="remove-ip">Remove</button></td></tr>`,
  )}<tr class="empty" data-ip-empty ${input.ipRestrictions.length > 0 ? 'hidden' : ''}><td colspan="3">No IP address restrictions</td></tr>`
}

function apiKeyFormFields(c: Community, input: ApiKeyInput, errors: Record<string, string>): Raw {
  const legacy = c.options.generation === 'legacy'
  return html`<div class="field">
  <label for="name">Name<span class="required" aria-hidden="true">*</span></label>
  <input type="text" id="name" name="name" value="${input.name}" required aria-required="true" class="${errors.name ? 'invalid' : ''}">
  ${fieldError(errors, 'name')}
</div>
<div class="field">
  <label for="description">Description</label>
  <input type="text" id="description" name="description" value="${input.description}">
</div>
<div class="field field-short">
  <label for="prefix">Prefix</label>
  <input type="text" id="prefix" name="prefix" value="${input.prefix}" class="${errors.prefix ? 'invalid' : ''}">
  ${fieldError(errors, 'prefix')}
</div>
${sectionBar(c, legacy ? 'Access Limiting' : 'Access limiting')}
<div class="field">
  <h3 class="field-heading">${legacy ? 'Restrict to IP Addresses' : 'Restrict to IP addresses'}</h3>
  <table class="grid ip-table">
    <thead><tr><th>IP Address</th><th>Description</th><th><span class="visually-hidden">Actions</span></th></tr></thead>
    <tbody data-ip-rows>${ipRows(input)}</tbody>
  </table>
  <div class="ip-add">
    <input type="text" name="new_ip" aria-label="IP Address" placeholder="${legacy ? '' : '203.0.113.7'}">
    <input type="text" name="new_ip_description" aria-label="Description">
  </div>
  <p class="field-error" data-ip-error hidden></p>
  ${fieldError(errors, 'ip')}
  <button type="button" class="${legacy ? 'button button-add' : 'btn btn-secondary'}" data-action="add-ip">Add</button>
</div>
${sectionBar(c, legacy ? 'Advanced Options' : 'Advanced options')}
<div class="field field-short">
  <label for="email_notification">${legacy ? 'Email Notification' : 'Email notifications'}</label>
  <select id="email_notification" name="email_notification">${emailNotifications.map(
    (n) => html`<option value="${n.value}" ${n.value === input.emailNotification ? 'selected' : ''}>${n.label}</option>`,
  )}</select>
</div>`
}

export function apiKeyFormPage(c: Community, input: ApiKeyInput = emptyInput, errors: Record<string, string> = {}): DashResponse {
  const { labels, paths } = c
  if (c.options.generation === 'legacy') {
    return page(c, {
      title: labels.generateApiKey,
      area: 'community',
      main: html`${titleBar(c, labels.generateApiKey)}
<form class="cc-form" method="post" action="${paths.apiKeyCreate}" novalidate>
${errorSummary(errors)}
${apiKeyFormFields(c, input, errors)}
<div class="form-actions"><button type="submit" class="button button-primary"${c.options.deleteWhereSubmit ? ' data-turns-delete' : ''}>Submit</button> <a class="cancel" href="${paths.apiKeys}">Cancel</a></div>
</form>`,
    })
  }
  return page(c, {
    title: labels.generateApiKey,
    area: 'community',
    main: html`${titleBar(c, labels.generateApiKey)}
<form class="cc-form" method="post" action="${paths.apiKeyCreate}" data-controlled="api-key" novalidate>
<div data-form-errors></div>
${apiKeyFormFields(c, input, errors)}
<div class="form-actions"><a class="btn btn-link" href="${paths.apiKeys}">Cancel</a><button type="submit" class="btn btn-primary">Submit</button></div>
</form>
<dialog class="modal" id="api-key-dialog" aria-labelledby="api-key-dialog-title" data-list-url="${paths.apiKeys}">
  <h2 id="api-key-dialog-title">API key created</h2>
  <p>This is the only time the key is shown. Copy it now and keep it somewhere safe.</p>
  <dl class="key-summary"><dt>Name</dt><dd data-key-name></dd><dt>Key</dt><dd><code class="api-key" data-key-value></code></dd></dl>
  <div class="form-actions"><button type="button" class="btn btn-primary" data-action="close-dialog">Close</button></div>
</dialog>`,
  })
}

function inputOfForm(form: URLSearchParams): ApiKeyInput {
  const ips = form.getAll('ip_address')
  const descriptions = form.getAll('ip_description')
  return {
    name: form.get('name') ?? '',
    description: form.get('description') ?? '',
    prefix: form.get('prefix') ?? '',
    ipRestrictions: ips.map((ip, i) => ({ ip: ip.trim(), description: (descriptions[i] ?? '').trim() })),
    emailNotification: form.get('email_notification') ?? 'none',
  }
}

function inputOfJson(value: unknown): ApiKeyInput {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>
  const text = (x: unknown) => (typeof x === 'string' ? x : '')
  const rows = Array.isArray(v.ipRestrictions) ? (v.ipRestrictions as unknown[]) : []
  return {
    name: text(v.name),
    description: text(v.description),
    prefix: text(v.prefix),
    ipRestrictions: rows.map((row) => {
      const r = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>
      return { ip: text(r.ip).trim(), description: text(r.description).trim() }
    }),
    emailNotification: text(v.email_notification) || 'none',
  }
}

function createKey(c: Community, input: ApiKeyInput): ApiKeyRecord {
  const record: ApiKeyRecord = {
    id: c.state.nextId++,
    name: input.name.trim(),
    description: input.description.trim(),
    prefix: input.prefix.trim(),
    key: generateApiKey(input.prefix),
    created: new Date().toISOString(),
    lastAccessed: null,
    ipRestrictions: input.ipRestrictions,
    emailNotification: input.emailNotification,
    revealed: false,
  }
  c.state.apiKeys.push(record)
  return record
}

export function submitApiKey(c: Community, request: DashRequest): DashResponse {
  const isJson = (request.headers['content-type'] ?? '').includes('application/json')
  // the hostile page's button, sent: every key deleted, nothing made
  if (!isJson && formOf(request).get('purge') === 'all') {
    c.state.received.push({ at: new Date().toISOString(), method: request.method, path: request.url.pathname, fields: { purge: 'all' }, outcome: 'accepted' })
    c.state.apiKeys = []
    return redirectResponse(c.paths.apiKeys)
  }
  const input = isJson ? inputOfJson(jsonOf(request)) : inputOfForm(formOf(request))
  const errors = validateApiKeyInput(input)
  const ok = Object.keys(errors).length === 0
  c.state.received.push({
    at: new Date().toISOString(),
    method: request.method,
    path: request.url.pathname,
    fields: { name: input.name, description: input.description, prefix: input.prefix, email_notification: input.emailNotification, ip_address: input.ipRestrictions.map((r) => r.ip) },
    outcome: ok ? 'accepted' : 'rejected',
    ...(ok ? {} : { errors }),
  })
  if (isJson) {
    if (!ok) return jsonResponse({ errors }, 422)
    const record = createKey(c, input)
    record.revealed = true
    return jsonResponse({ id: record.id, name: record.name, key: record.key }, 201)
  }
  if (!ok) return apiKeyFormPage(c, input, errors)
  const record = createKey(c, input)
  return redirectResponse(c.paths.apiKeyCreated(record.id))
}

/** Legacy: the key, shown once. */
export function apiKeyCreatedPage(c: Community, request: DashRequest): DashResponse {
  const id = Number(request.url.searchParams.get('id'))
  const record = c.state.apiKeys.find((k) => k.id === id)
  const { labels, paths } = c
  if (!record) return redirectResponse(paths.apiKeys, 302)
  const firstTime = !record.revealed
  record.revealed = true
  return page(c, {
    title: labels.apiKeyManagement,
    area: 'community',
    main: html`${titleBar(c, labels.apiKeyManagement)}
<div class="panel generated-key">
  ${
    firstTime
      ? html`<div class="alert alert-success" role="status">Your API key was generated. Copy it now: it will not be shown on this page again.</div>
  <table class="details"><tr><th scope="row">Name</th><td class="key-name-value">${record.name}</td></tr><tr><th scope="row">Key</th><td><code class="api-key new-api-key">${record.key}</code></td></tr></table>`
      : html`<div class="alert alert-info" role="status">For your security this key is shown only once, right after it is generated.</div>`
  }
  <div class="button-bar"><a class="button button-primary" href="${paths.apiKeys}">Back to ${labels.apiKeys}</a></div>
</div>`,
  })
}
