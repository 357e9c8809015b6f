// @ts-check
// The imitation TestFairy dashboard's behaviour (served under a strict CSP: no inline script or style anywhere).
//  - the account e-mail dropdown (the Sauce-era's "Account" menu), rendered on first click;
//  - late rendering of the main content and pushState navigation inside Account Preferences;
//  - Integrations: the modal dialog, and framework-controlled webhook forms talking JSON to /api/1/webhook/.
// Panels are replaced by navigation, so every handler is delegated from the document.
import { controlForm } from '/static/common/controlled.js'
import { renderLate } from '/static/common/late.js'
import { spaNavigation } from '/static/common/spa.js'

/** The account menu, as data. */
const accountMenu = [
  { label: 'Preferences', href: '/settings/', icon: 'gear' },
  { label: 'Team', href: '/team/', icon: 'team' },
  { label: 'Product Changes', href: '/product-changes/', icon: 'star' },
  { label: 'Switch to testers view', href: '/testers-view/', icon: 'star' },
  { label: 'Sign Out', href: '/logout/', icon: 'door', danger: true },
]

/** @type {WeakMap<HTMLFormElement, { state: Record<string, string | boolean> }>} */
const controllers = new WeakMap()

/** @param {ParentNode} root */
function enhance(root) {
  for (const el of root.querySelectorAll('[data-loading]')) el.remove()
  for (const form of /** @type {NodeListOf<HTMLFormElement>} */ (root.querySelectorAll('form[data-webhook-form]'))) {
    if (!controllers.has(form)) controllers.set(form, controlForm(form, (state) => void submitWebhook(form, state)))
  }
}

// ---- account menu ----------------------------------------------------------------------------------------

function closeAccountMenu() {
  const menu = document.querySelector('[data-account-menu]')
  if (menu) menu.hidden = true
  document.querySelector('[data-account-toggle]')?.setAttribute('aria-expanded', 'false')
}

/** @param {HTMLElement} toggle */
function toggleAccountMenu(toggle) {
  const holder = toggle.closest('[data-account]')
  if (!holder) return
  let menu = /** @type {HTMLElement | null} */ (holder.querySelector('[data-account-menu]'))
  if (!menu) {
    menu = document.createElement('ul')
    menu.className = 'account-menu'
    menu.setAttribute('role', 'menu')
    menu.dataset.accountMenu = ''
    menu.hidden = true
    // the Sauce-era's Account menu brings its own items (a template beside its button); the classic one is the list above
    const items = /** @type {HTMLTemplateElement | null} */ (holder.querySelector('template[data-account-menu-items]'))
    if (items) {
      menu.append(items.content.cloneNode(true))
    } else {
      for (const item of accountMenu) {
        const li = document.createElement('li')
        li.setAttribute('role', 'none')
        const a = document.createElement('a')
        a.setAttribute('role', 'menuitem')
        a.href = item.href
        a.className = item.danger ? 'menu-item danger' : 'menu-item'
        const icon = document.createElement('span')
        icon.className = `menu-icon menu-icon-${item.icon}`
        icon.setAttribute('aria-hidden', 'true')
        a.append(icon, item.label)
        li.append(a)
        menu.append(li)
      }
    }
    holder.append(menu)
  }
  const open = menu.hidden
  menu.hidden = !open
  toggle.setAttribute('aria-expanded', String(open))
}

// ---- integrations ----------------------------------------------------------------------------------------

/** @param {HTMLFormElement} form @param {Record<string, string[]>} errors */
function showErrors(form, errors) {
  for (const list of /** @type {NodeListOf<HTMLElement>} */ (form.querySelectorAll('[data-errors-for]'))) {
    const messages = errors[list.dataset.errorsFor ?? ''] ?? []
    list.replaceChildren(
      ...messages.map((message) => {
        const li = document.createElement('li')
        li.textContent = message
        return li
      }),
    )
    list.hidden = messages.length === 0
    list.previousElementSibling?.classList.toggle('invalid', messages.length > 0)
  }
}

/** @param {HTMLFormElement} form @param {string} text @param {boolean} failed */
function showTestResult(form, text, failed) {
  const box = /** @type {HTMLElement | null} */ (form.querySelector('[data-test-result]'))
  if (!box) return
  box.textContent = text
  box.classList.toggle('failed', failed)
  box.hidden = false
}

/** @param {HTMLFormElement} form @param {Record<string, string | boolean>} state */
function apiFields(form, state) {
  const actions = Object.keys(state)
    .filter((name) => name.startsWith('actions-') && state[name] === true)
    .map((name) => name.slice('actions-'.length))
  return {
    'webhook-name': String(state['webhook-name'] ?? ''),
    'webhook-url': String(state['webhook-url'] ?? ''),
    'webhook-status': state['webhook-status'] ? 'active' : 'inactive',
    actions: actions.join(','),
    'all-projects': state['all-projects'] ? 'true' : 'false',
    integration: form.dataset.integration ?? 'webhook',
  }
}

/** @param {string} url @param {string} method @param {unknown} [body] */
async function callApi(url, method, body) {
  const response = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  /** @type {any} */
  let json = {}
  try {
    json = await response.json()
  } catch {
    json = { status: 'fail', message: `Server error (${response.status})` }
  }
  return { ok: response.ok, json }
}

/** @param {HTMLFormElement} form @param {() => Promise<void>} work */
async function busy(form, work) {
  if (form.classList.contains('busy')) return
  form.classList.add('busy')
  for (const button of form.querySelectorAll('button')) button.disabled = true
  try {
    await work()
  } finally {
    form.classList.remove('busy')
    for (const button of form.querySelectorAll('button')) button.disabled = false
  }
}

async function refreshActive() {
  const current = document.querySelector('[data-active-integrations]')
  if (!current) return
  const response = await fetch('/settings/integrations/active/?fragment=1', { headers: { accept: 'text/html' } })
  if (!response.ok) return
  const template = document.createElement('template')
  template.innerHTML = await response.text()
  const next = template.content.firstElementChild
  if (!next) return
  current.replaceWith(next)
  enhance(next)
}

/** @param {HTMLFormElement} form @param {Record<string, string | boolean>} state */
function submitWebhook(form, state) {
  return busy(form, async () => {
    const editing = form.dataset.webhookForm === 'edit'
    const url = editing ? `/api/1/webhook/${form.dataset.webhookId}/` : '/api/1/webhook/'
    const { ok, json } = await callApi(url, 'POST', apiFields(form, state))
    showErrors(form, json.errors ?? {})
    if (!ok) {
      if (!json.errors) showTestResult(form, json.message ?? 'Something went wrong.', true)
      return
    }
    form.closest('dialog')?.close()
    await refreshActive()
  })
}

/** @param {HTMLFormElement} form */
function testUrl(form) {
  const controller = controllers.get(form)
  if (!controller) return
  return busy(form, async () => {
    showTestResult(form, 'Sending a test feedback…', false)
    const { ok, json } = await callApi('/api/1/webhook/test/', 'POST', { 'webhook-url': String(controller.state['webhook-url'] ?? '') })
    showErrors(form, json.errors ?? {})
    if (ok) showTestResult(form, json.message, !json.reached)
    else showTestResult(form, json.errors?.['webhook-url']?.join(' ') ?? json.message ?? 'Test failed.', true)
  })
}

/** @param {HTMLFormElement} form */
function deleteWebhook(form) {
  return busy(form, async () => {
    const { ok, json } = await callApi(`/api/1/webhook/${form.dataset.webhookId}/`, 'DELETE')
    if (!ok) showTestResult(form, json.message ?? 'Could not delete the webhook.', true)
  }).then(refreshActive)
}

/** @param {string} kind */
function openIntegrationDialog(kind) {
  const dialog = /** @type {HTMLDialogElement | null} */ (document.querySelector('[data-integration-dialog]'))
  const template = /** @type {HTMLTemplateElement | null} */ (document.querySelector(`template[data-dialog-content="${kind}"]`))
  if (!dialog || !template) return
  const title = dialog.querySelector('[data-dialog-title]')
  if (title) title.textContent = template.dataset.title ?? ''
  const body = dialog.querySelector('[data-dialog-body]')
  body?.replaceChildren(template.content.cloneNode(true))
  if (body) enhance(body)
  dialog.showModal()
  const first = /** @type {HTMLInputElement | null} */ (dialog.querySelector('input[type=text]'))
  first?.focus()
}

// ---- wiring ----------------------------------------------------------------------------------------------

document.addEventListener('click', (event) => {
  const target = /** @type {Element} */ (event.target)
  if (!(target instanceof Element)) return
  const accountToggle = /** @type {HTMLElement | null} */ (target.closest('[data-account-toggle]'))
  if (accountToggle) {
    toggleAccountMenu(accountToggle)
    return
  }
  if (!target.closest('[data-account-menu]')) closeAccountMenu()

  const add = /** @type {HTMLElement | null} */ (target.closest('[data-add-integration]'))
  if (add) return openIntegrationDialog(add.dataset.addIntegration ?? '')
  if (target.closest('[data-close-dialog]')) return /** @type {HTMLDialogElement | null} */ (target.closest('dialog'))?.close()
  const toggle = /** @type {HTMLElement | null} */ (target.closest('[data-toggle-edit]'))
  if (toggle) {
    const edit = /** @type {HTMLElement | null} */ (toggle.parentElement?.querySelector('.active-edit') ?? null)
    if (edit) {
      edit.hidden = !edit.hidden
      toggle.setAttribute('aria-expanded', String(!edit.hidden))
    }
    return
  }
  const form = /** @type {HTMLFormElement | null} */ (target.closest('form[data-webhook-form]'))
  if (form && target.closest('[data-test-url]')) return void testUrl(form)
  if (form && target.closest('[data-delete-webhook]')) return void deleteWebhook(form)
})

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeAccountMenu()
})

// A click on the dialog's backdrop closes it, as the real modal does.
document.addEventListener('mousedown', (event) => {
  const target = event.target
  if (target instanceof HTMLDialogElement && target.open) {
    const box = target.getBoundingClientRect()
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom
    if (!inside) target.close()
  }
})

spaNavigation({ onSwap: enhance })
void renderLate(document).then(() => enhance(document))
