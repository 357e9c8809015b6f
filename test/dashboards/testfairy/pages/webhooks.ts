// The older generation's Preferences > Webhooks: a list page and classic server-rendered add/edit forms
// (POST, then redirect to the list with a one-shot "Webhook saved successfully"; errors re-render the form).
import { html, type Raw } from '../../html'
import { formOf, htmlResponse, redirectResponse, type DashRequest, type DashResponse } from '../../http'
import { allEvents, eventsFor, type EventDefinition } from '../events'
import { integrationLabels as F, legacyLabels as L, settingsItems } from '../labels'
import { card, fullPage, settingsPage, type PageContext } from '../layout'
import type { StoredWebhook } from '../state'
import type { WebhookErrors, WebhookInput } from '../validate-webhook'
import type { WebhookStore } from '../webhook-store'

export const legacyPaths = {
  list: '/settings/webhooks/',
  add: '/settings/webhooks/add/',
  slack: '/settings/webhooks/slack/',
  edit: (id: number) => `/settings/webhooks/${id}/edit/`,
  delete: (id: number) => `/settings/webhooks/${id}/delete/`,
} as const

interface FormValues {
  name: string
  url: string
  active: boolean
  events: string[]
  allProjects: boolean
}

const valuesOf = (w: StoredWebhook): FormValues => ({ name: w.name, url: w.url, active: w.active, events: w.events, allProjects: w.allProjects })
const emptyValues: FormValues = { name: '', url: '', active: true, events: [], allProjects: true }

function inputOf(form: URLSearchParams): WebhookInput {
  return {
    name: form.get('name') ?? '',
    url: form.get('url') ?? '',
    active: form.has('active'),
    events: allEvents.filter((e) => form.has(e.legacyName)).map((e) => e.event),
    allProjects: form.has('all_projects'),
  }
}

const errorList = (messages: string[] | undefined): Raw =>
  messages?.length ? html`<ul class="errorlist">${messages.map((m) => html`<li>${m}</li>`)}</ul>` : html``

const checkbox = (name: string, checked: boolean, label: string): Raw =>
  html`<label class="check"><input type="checkbox" name="${name}"${checked ? html` checked` : ''}> <span>${label}</span></label>`

function legacyForm(
  page: PageContext,
  values: FormValues,
  options: { webhook?: StoredWebhook; errors?: WebhookErrors; testAnswer?: string },
): Raw {
  const events: EventDefinition[] = eventsFor(page.options)
  // TestFairy's own older form (dashboards.md): "Events:" and four "On every …" boxes; the newer product's keeps its labels
  const feedbackProduct = page.options.feedbackEvent
  const { webhook, errors = {} } = options
  const action = webhook ? legacyPaths.edit(webhook.id) : legacyPaths.add
  return html`<form class="legacy-form" method="post" action="${action}" novalidate>
  <input type="hidden" name="csrfmiddlewaretoken" value="${page.state.csrfToken}">
  <div class="form-section">
    <div class="form-row"><div class="form-label">${F.name}</div><div class="form-field"><input type="text" name="name" value="${values.name}" maxlength="100">${errorList(errors.name)}</div></div>
    <div class="form-row"><div class="form-label">${F.url}</div><div class="form-field"><input type="text" name="url" value="${values.url}">${errorList(errors.url)}</div></div>
    <div class="form-row"><div class="form-label">${F.activeLabel}</div><div class="form-field"><input type="checkbox" name="active"${values.active ? html` checked` : ''}></div></div>
    <div class="form-row"><div class="form-label"></div><div class="form-field"><button type="submit" name="action" value="test" class="btn btn-grey">${F.testUrl}</button></div></div>
  </div>
  <div class="form-section">
    <div class="form-row"><div class="form-label">${L.events}</div><div class="form-field event-list">
      ${events.map((e) => checkbox(e.legacyName, values.events.includes(e.event), feedbackProduct ? e.legacyLabel : webhook ? e.editLabel : e.addLabel))}
      ${errorList(errors.events)}
    </div></div>
  </div>
  <div class="form-section">
    <p class="form-note">${F.projects}</p>
    ${checkbox('all_projects', values.allProjects, F.allProjects)}
  </div>
  ${options.testAnswer !== undefined ? html`<div class="test-result" role="status">${options.testAnswer}</div>` : ''}
  <div class="form-buttons legacy-buttons">
    <button type="submit" name="action" value="save" class="btn btn-primary">${webhook ? F.saveWebhook : F.addWebhook}</button>
    ${webhook ? html`<button type="submit" formaction="${legacyPaths.delete(webhook.id)}" class="btn btn-danger">${F.deleteWebhook}</button>` : ''}
  </div>
</form>`
}

function header(): Raw {
  return html`<div class="webhooks-header">
  <h2 class="webhooks-title">${L.heading}</h2>
  <div class="webhooks-actions">
    <a class="btn btn-white" data-spa href="${legacyPaths.slack}"><span class="slack-mark" aria-hidden="true"></span>${L.addToSlack}</a>
    <a class="btn btn-white btn-link-blue" data-spa href="${legacyPaths.add}">${L.addWebhook}</a>
  </div>
</div>
<p class="webhooks-lead">${L.lead}</p>
<p class="webhooks-explain">${L.explain}</p>`
}

export function webhooksListPage(page: PageContext): DashResponse {
  const flash = page.state.flash
  page.state.flash = undefined
  const webhooks = page.state.webhooks
  const panel = html`<div class="card card-plain">${header()}
${flash ? html`<div class="alert alert-success" role="status"><span class="tick-circle" aria-hidden="true"></span>${flash}</div>` : ''}
${
  webhooks.length
    ? html`<div class="webhook-list"><div class="webhook-list-header"><span class="glyph glyph-list" aria-hidden="true"></span>${L.allWebhooks}</div>
<ul>${webhooks.map(
        (w) => html`<li class="webhook-item" data-webhook-id="${w.id}"><span class="${w.active ? 'status-tick on' : 'status-tick off'}" title="${
          w.active ? 'Active' : 'Inactive'
        }"></span><span class="webhook-name">${w.name}</span><span class="webhook-url">${w.url}</span><a class="btn btn-white btn-link-blue" data-spa href="${legacyPaths.edit(
          w.id,
        )}">${L.editWebhook}</a></li>`,
      )}</ul></div>`
    : ''
}</div>`
  return settingsPage(page, settingsItems.webhooks, panel)
}

function formPage(page: PageContext, heading: string, form: Raw, status = 200): DashResponse {
  // the edit page's panel links back to the list (dashboards.md)
  const back = heading === L.editHeading ? html`<p class="form-back"><a data-spa href="${legacyPaths.list}">${L.fullList}</a></p>` : ''
  return settingsPage(page, settingsItems.webhooks, html`<div class="card card-plain">${header()}<h3 class="form-title">${heading}</h3>${form}${back}</div>`, status)
}

export function slackPage(page: PageContext): DashResponse {
  return settingsPage(
    page,
    settingsItems.webhooks,
    card('Slack', 'link', html`<p>Slack is not connected to this account.</p><p><a data-spa href="${legacyPaths.list}">Back to Webhooks</a></p>`),
  )
}

function csrfFailure(page: PageContext): DashResponse {
  return fullPage(page, 'Forbidden', html`<div class="not-found"><h1>Forbidden (403)</h1><p>CSRF verification failed. Request aborted.</p></div>`, 403)
}

/** GET and POST of /settings/webhooks/... ; undefined when the path is not one of them. */
export async function handleLegacyWebhooks(page: PageContext, store: WebhookStore): Promise<DashResponse | undefined> {
  const request: DashRequest = page.request
  const path = request.url.pathname
  if (path === legacyPaths.list && request.method === 'GET') return webhooksListPage(page)
  if (path === legacyPaths.slack && request.method === 'GET') return slackPage(page)
  const edit = /^\/settings\/webhooks\/(\d+)\/edit\/$/.exec(path)
  const del = /^\/settings\/webhooks\/(\d+)\/delete\/$/.exec(path)
  if (path !== legacyPaths.add && !edit && !del) return undefined

  const webhook = edit || del ? store.find(Number((edit ?? del)?.[1])) : undefined
  if (request.method === 'GET') {
    if (del) return redirectResponse(legacyPaths.list)
    if (edit && !webhook) return undefined
    return webhook
      ? formPage(page, L.editHeading, legacyForm(page, valuesOf(webhook), { webhook }))
      : formPage(page, L.addHeading, legacyForm(page, emptyValues, {}))
  }
  if (request.method !== 'POST') return htmlResponse('Method not allowed', 405)

  const form = formOf(request)
  const fields = Object.fromEntries(form.entries())
  if (form.get('csrfmiddlewaretoken') !== page.state.csrfToken) return csrfFailure(page)
  if (del) {
    const deleted = store.delete(path, Number(del[1]), fields)
    if (deleted) page.state.flash = L.deleted
    return redirectResponse(legacyPaths.list)
  }
  const input = inputOf(form)
  const values: FormValues = { ...input }
  const heading = webhook ? L.editHeading : L.addHeading
  if (edit && !webhook) return undefined
  if (form.get('action') === 'test') {
    const tested = await store.test(input.url)
    return formPage(
      page,
      heading,
      legacyForm(page, values, tested.ok ? { ...(webhook ? { webhook } : {}), testAnswer: tested.answer } : { ...(webhook ? { webhook } : {}), errors: { url: tested.errors } }),
    )
  }
  const result = webhook ? store.update(path, webhook.id, fields, input) : store.create(path, fields, input, 'webhook')
  if (result.ok) {
    page.state.flash = L.saved
    return redirectResponse(legacyPaths.list)
  }
  if (!('errors' in result)) return undefined
  return formPage(page, heading, legacyForm(page, values, { ...(webhook ? { webhook } : {}), errors: result.errors }))
}
