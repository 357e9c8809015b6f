// @ts-check
// App Distribution 2026 (the imitation TestFairy's newest generation), served under a strict CSP like the others:
//  - the Profile menu (initials, top right), rendered on first opening, right below its button;
//  - late rendering, and pushState navigation between Integrations and Webhooks;
//  - Webhooks: the on/off switches, the "New Webhook" modal dialog with a framework-controlled form that talks JSON
//    to /api/v3/webhooks, its "Test" button.
// Page bodies are replaced by navigation, so every handler is delegated from the document.
import { controlForm } from '/static/common/controlled.js'
import { renderLate } from '/static/common/late.js'
import { spaNavigation } from '/static/common/spa.js'

/** The Profile menu, as data. */
const profileMenu = [
  { label: 'My profile', href: '/profile/' },
  { label: 'Integrations', href: '/org/integrations/' },
  { label: 'Organization', href: '/org/' },
  { label: 'Sign out', href: '/logout/' },
]

/** @type {WeakMap<HTMLFormElement, { state: Record<string, string | boolean | string[]> }>} */
const controllers = new WeakMap()

/** @param {ParentNode} root */
function enhance(root) {
  for (const el of root.querySelectorAll('[data-loading]')) el.remove()
  const heading = document.querySelector('main h1')
  if (heading?.textContent) document.title = `${heading.textContent} - App Distribution`
}

// ---- Profile menu --------------------------------------------------------------------------------------------

const profileToggle = () => /** @type {HTMLButtonElement | null} */ (document.querySelector('[data-profile-toggle]'))
const profileMenuElement = () => /** @type {HTMLElement | null} */ (document.querySelector('[data-profile-menu]'))
const menuItems = () => /** @type {HTMLElement[]} */ ([...document.querySelectorAll('[data-profile-menu] [role="menuitem"]')])

/** @param {boolean} [focusToggle] */
function closeProfileMenu(focusToggle = false) {
  const menu = profileMenuElement()
  if (!menu || menu.hidden) return
  menu.hidden = true
  profileToggle()?.setAttribute('aria-expanded', 'false')
  if (focusToggle) profileToggle()?.focus()
}

/** @param {HTMLElement} toggle @param {boolean} byKeyboard */
function toggleProfileMenu(toggle, byKeyboard) {
  const holder = toggle.closest('[data-profile]')
  if (!holder) return
  let menu = profileMenuElement()
  if (!menu) {
    menu = document.createElement('ul')
    menu.id = 'profile-menu'
    menu.className = 'ad-menu'
    menu.setAttribute('role', 'menu')
    menu.setAttribute('aria-label', 'Profile')
    menu.dataset.profileMenu = ''
    menu.hidden = true
    for (const item of profileMenu) {
      const li = document.createElement('li')
      li.setAttribute('role', 'none')
      const a = document.createElement('a')
      a.setAttribute('role', 'menuitem')
      a.tabIndex = -1
      a.href = item.href
      a.className = 'ad-menu-item'
      a.textContent = item.label
      li.append(a)
      menu.append(li)
    }
    holder.append(menu)
    toggle.setAttribute('aria-controls', menu.id)
  }
  if (!menu.hidden) return closeProfileMenu()
  menu.hidden = false
  toggle.setAttribute('aria-expanded', 'true')
  if (byKeyboard) menuItems()[0]?.focus()
}

/** @param {KeyboardEvent} event */
function menuKeys(event) {
  const items = menuItems()
  const index = items.indexOf(/** @type {HTMLElement} */ (document.activeElement))
  const moves = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: items.length - 1 }
  if (!(event.key in moves)) return
  event.preventDefault()
  const next = /** @type {number} */ (moves[/** @type {keyof typeof moves} */ (event.key)])
  items[(next + items.length) % items.length]?.focus()
}

// ---- Webhooks ------------------------------------------------------------------------------------------------

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

/** The control an error list belongs to, marked invalid with it. @param {HTMLFormElement} form @param {string} field */
function controlOf(form, field) {
  const name = field === 'appIds' ? 'apps' : field
  return form.querySelector(`[name="${name}"]`)
}

/** @param {HTMLFormElement} form @param {string} field @param {string[]} messages */
function showFieldErrors(form, field, messages) {
  const list = /** @type {HTMLElement | null} */ (form.querySelector(`[data-errors-for="${field}"]`))
  if (!list) return
  list.replaceChildren(
    ...messages.map((message) => {
      const p = document.createElement('p')
      p.textContent = message
      return p
    }),
  )
  list.hidden = messages.length === 0
  const control = field === 'events' ? null : controlOf(form, field)
  if (messages.length) control?.setAttribute('aria-invalid', 'true')
  else control?.removeAttribute('aria-invalid')
}

/** @param {HTMLFormElement} form @param {Record<string, string[]>} errors */
function showErrors(form, errors) {
  for (const list of /** @type {NodeListOf<HTMLElement>} */ (form.querySelectorAll('[data-errors-for]'))) {
    const field = list.dataset.errorsFor ?? ''
    showFieldErrors(form, field, errors[field] ?? [])
  }
}

/** @param {HTMLFormElement} form @param {string} text */
function showFormError(form, text) {
  const box = /** @type {HTMLElement | null} */ (form.querySelector('[data-form-error]'))
  if (!box) return
  box.textContent = text
  box.hidden = text === ''
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

async function refreshList() {
  const current = document.querySelector('[data-webhook-list]')
  if (!current) return
  const response = await fetch('/org/integrations/webhooks/?fragment=list', { headers: { accept: 'text/html' } })
  if (!response.ok) return
  const template = document.createElement('template')
  template.innerHTML = await response.text()
  const next = template.content.firstElementChild
  if (next) current.replaceWith(next)
}

/** What the form's state says, as the API wants it. @param {HTMLFormElement} form @param {Record<string, string | boolean | string[]>} state */
function webhookOf(form, state) {
  const boxes = /** @type {HTMLInputElement[]} */ ([...form.querySelectorAll('input[type="checkbox"][name^="event-"]')])
  const apps = state.apps
  return {
    name: String(state.name ?? ''),
    url: String(state.url ?? ''),
    events: boxes.filter((box) => state[box.name] === true).map((box) => box.getAttribute('value') ?? ''),
    appIds: Array.isArray(apps) ? apps : [],
  }
}

/** @param {HTMLFormElement} form @param {Record<string, string | boolean | string[]>} state */
function createWebhook(form, state) {
  return busy(form, async () => {
    showFormError(form, '')
    const { ok, json } = await callApi('/api/v3/webhooks', 'POST', webhookOf(form, state))
    showErrors(form, json.errors ?? {})
    if (!ok) {
      if (!json.errors) showFormError(form, json.message ?? 'Something went wrong.')
      return
    }
    form.closest('dialog')?.close()
    await refreshList()
  })
}

/** @param {HTMLFormElement} form */
function testWebhook(form) {
  const controller = controllers.get(form)
  const status = /** @type {HTMLElement | null} */ (form.querySelector('[data-test-result]'))
  if (!controller || !status) return
  return busy(form, async () => {
    status.classList.remove('failed')
    status.textContent = 'Sending a test webhook…'
    const { ok, json } = await callApi('/api/v3/webhooks/test', 'POST', { url: String(controller.state.url ?? '') })
    showFieldErrors(form, 'url', json.errors?.url ?? [])
    status.textContent = ok ? json.message : (json.errors?.url?.join(' ') ?? json.message ?? 'Test failed.')
    status.classList.toggle('failed', !ok || !json.reached)
  })
}

function openNewWebhook() {
  const dialog = /** @type {HTMLDialogElement | null} */ (document.querySelector('[data-webhook-dialog]'))
  const template = /** @type {HTMLTemplateElement | null} */ (document.querySelector('template[data-webhook-form-template]'))
  const body = dialog?.querySelector('[data-dialog-body]')
  if (!dialog || !template || !body) return
  body.replaceChildren(template.content.cloneNode(true))
  const form = /** @type {HTMLFormElement | null} */ (body.querySelector('form'))
  if (!form) return
  controllers.set(form, controlForm(form, (state) => void createWebhook(form, state)))
  dialog.showModal()
  const first = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="name"]'))
  first?.focus()
}

/** @param {HTMLElement} button */
async function toggleWebhook(button) {
  if (button.getAttribute('aria-busy') === 'true') return
  const next = button.getAttribute('aria-checked') !== 'true'
  button.setAttribute('aria-checked', String(next))
  button.setAttribute('aria-busy', 'true')
  try {
    const { ok } = await callApi(`/api/v3/webhooks/${button.dataset.webhookSwitch}`, 'PATCH', { active: next })
    if (!ok) button.setAttribute('aria-checked', String(!next))
  } catch {
    button.setAttribute('aria-checked', String(!next))
  } finally {
    button.removeAttribute('aria-busy')
  }
}

// ---- wiring --------------------------------------------------------------------------------------------------

document.addEventListener('click', (event) => {
  const target = event.target
  if (!(target instanceof Element)) return
  const toggle = /** @type {HTMLElement | null} */ (target.closest('[data-profile-toggle]'))
  if (toggle) return toggleProfileMenu(toggle, /** @type {MouseEvent} */ (event).detail === 0)
  if (!target.closest('[data-profile-menu]')) closeProfileMenu()

  // the whole Webhooks row goes where its link goes (its status mark included)
  const row = target.closest('[data-row-link]')
  if (row && !target.closest('a')) return /** @type {HTMLElement | null} */ (row.querySelector('a[href]'))?.click()
  if (target.closest('[data-new-webhook]')) return openNewWebhook()
  if (target.closest('[data-close-dialog]')) return /** @type {HTMLDialogElement | null} */ (target.closest('dialog'))?.close()
  const switchButton = /** @type {HTMLElement | null} */ (target.closest('[data-webhook-switch]'))
  if (switchButton) return void toggleWebhook(switchButton)
  const form = /** @type {HTMLFormElement | null} */ (target.closest('form[data-new-webhook-form]'))
  if (form && target.closest('[data-test-webhook]')) return void testWebhook(form)
})

document.addEventListener('keydown', (event) => {
  const menu = profileMenuElement()
  if (!menu || menu.hidden) return
  if (event.key === 'Escape') {
    event.preventDefault()
    closeProfileMenu(true)
  } else if (event.key === 'Tab') {
    closeProfileMenu()
  } else if (menu.contains(document.activeElement)) {
    menuKeys(event)
  }
})

// a click on the dialog's backdrop closes it, as the real modal does; its form goes with it
document.addEventListener('mousedown', (event) => {
  const target = event.target
  if (target instanceof HTMLDialogElement && target.open) {
    const box = target.getBoundingClientRect()
    const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom
    if (!inside) target.close()
  }
})
document.addEventListener(
  'close',
  (event) => {
    if (event.target instanceof HTMLDialogElement && event.target.matches('[data-webhook-dialog]')) {
      event.target.querySelector('[data-dialog-body]')?.replaceChildren()
    }
  },
  true,
)

spaNavigation({ onSwap: enhance })
void renderLate(document).then(() => enhance(document))
