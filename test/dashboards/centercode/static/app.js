// @ts-check
// Behaviour of the imitation Centercode community. Served under a strict CSP: no inline script or style, so
// everything is wired here, by event delegation (the current generation swaps panels by pushState).
import { controlForm } from '/static/common/controlled.js'
import { renderLate } from '/static/common/late.js'
import { spaNavigation } from '/static/common/spa.js'

const generation = document.body.dataset.generation

/** @param {Element | null} el */
const hide = (el) => el?.setAttribute('hidden', '')
/** @param {Element | null} el */
const show = (el) => el?.removeAttribute('hidden')

// ---- External Source form: Team enables Status; Status "No Selection" asks for a Status parameter. ----
/** @param {HTMLFormElement} form */
function syncSourceForm(form) {
  const team = /** @type {HTMLSelectElement | null} */ (form.querySelector('select[name="team"]'))
  const status = /** @type {HTMLSelectElement | null} */ (form.querySelector('select[name="status"]'))
  if (!team || !status) return
  status.disabled = team.value === ''
  if (status.disabled) status.value = ''
  const needsParameter = team.value !== '' && status.value === ''
  const row = form.querySelector('[data-status-parameter]')
  const empty = form.querySelector('[data-workflow-empty]')
  if (needsParameter) {
    show(row)
    hide(empty)
  } else {
    hide(row)
    show(empty)
  }
}
// ---- 'form-only' endpoint: the API Endpoint URL on the form follows the Key as it is typed. ----
/** @param {HTMLFormElement} form */
function syncFormEndpoint(form) {
  const endpoint = /** @type {HTMLInputElement | null} */ (form.querySelector('input[data-endpoint-template]'))
  const key = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name="key"]'))
  if (!endpoint || !key) return
  const typed = key.value.trim()
  endpoint.value = typed ? (endpoint.dataset.endpointTemplate ?? '').replace('SOURCE_KEY_TYPED', encodeURIComponent(typed)) : ''
}
document.addEventListener('input', (event) => {
  const target = /** @type {Element} */ (event.target)
  const form = target.closest?.('form.source-form')
  if (form && target.matches('input[name="key"]')) syncFormEndpoint(/** @type {HTMLFormElement} */ (form))
})

document.addEventListener('change', (event) => {
  const target = /** @type {Element} */ (event.target)
  const form = target.closest?.('form.source-form')
  if (form && (target.matches('select[name="team"]') || target.matches('select[name="status"]'))) syncSourceForm(/** @type {HTMLFormElement} */ (form))
})

// ---- IP restrictions: ADD puts a row in the table (legacy: hidden inputs; current: client state). ----
/** @type {{ ip: string, description: string }[]} */
const ipRestrictions = []
/** @type {{ state: Record<string, string | boolean>, set(name: string, value: string | boolean): void } | undefined} */
let apiKeyController

/** @param {HTMLFormElement} form @param {string} ip @param {string} description */
function addIpRow(form, ip, description) {
  const rows = form.querySelector('[data-ip-rows]')
  if (!rows) return
  const tr = document.createElement('tr')
  tr.className = 'ip-row'
  const ipCell = document.createElement('td')
  ipCell.textContent = ip
  const descriptionCell = document.createElement('td')
  descriptionCell.textContent = description
  if (generation === 'legacy') {
    for (const [cell, name, value] of /** @type {const} */ ([[ipCell, 'ip_address', ip], [descriptionCell, 'ip_description', description]])) {
      const input = document.createElement('input')
      input.type = 'hidden'
      input.name = name
      input.value = value
      cell.append(input)
    }
  }
  const actions = document.createElement('td')
  const remove = document.createElement('button')
  remove.type = 'button'
  remove.className = 'link-button'
  remove.dataset.action = 'remove-ip'
  remove.textContent = 'Remove'
  actions.append(remove)
  tr.append(ipCell, descriptionCell, actions)
  rows.insertBefore(tr, rows.querySelector('[data-ip-empty]'))
  hide(rows.querySelector('[data-ip-empty]'))
}

/** @param {string} text */
const isIp = (text) => /^(\d{1,3}\.){3}\d{1,3}$/.test(text) || (/^[0-9a-fA-F:]+$/.test(text) && text.includes(':'))

document.addEventListener('click', (event) => {
  const target = /** @type {Element} */ (event.target)
  const action = target.closest?.('[data-action]')
  if (!action) return
  const kind = /** @type {HTMLElement} */ (action).dataset.action
  const form = /** @type {HTMLFormElement | null} */ (action.closest('form'))
  if (kind === 'add-ip' && form) {
    const ipInput = /** @type {HTMLInputElement} */ (form.querySelector('input[name="new_ip"]'))
    const descriptionInput = /** @type {HTMLInputElement} */ (form.querySelector('input[name="new_ip_description"]'))
    const ip = String(apiKeyController ? apiKeyController.state.new_ip ?? '' : ipInput.value).trim()
    const description = String(apiKeyController ? apiKeyController.state.new_ip_description ?? '' : descriptionInput.value).trim()
    const error = form.querySelector('[data-ip-error]')
    if (!isIp(ip)) {
      if (error) error.textContent = 'Enter a valid IP address.'
      show(error)
      return
    }
    hide(error)
    addIpRow(form, ip, description)
    if (apiKeyController) {
      ipRestrictions.push({ ip, description })
      apiKeyController.set('new_ip', '')
      apiKeyController.set('new_ip_description', '')
    } else {
      ipInput.value = ''
      descriptionInput.value = ''
    }
  } else if (kind === 'remove-ip') {
    const row = action.closest('tr')
    const rows = row?.parentElement
    if (row && rows) {
      const index = [...rows.querySelectorAll('tr.ip-row')].indexOf(row)
      if (apiKeyController && index >= 0) ipRestrictions.splice(index, 1)
      row.remove()
      if (!rows.querySelector('tr.ip-row')) show(rows.querySelector('[data-ip-empty]'))
    }
  } else if (kind === 'copy') {
    const source = document.getElementById(/** @type {HTMLElement} */ (action).dataset.copyTarget ?? '')
    const status = action.parentElement?.parentElement?.querySelector('[data-copy-status]')
    const text = source?.textContent ?? ''
    const fallback = () => {
      const range = document.createRange()
      if (source) range.selectNodeContents(source)
      getSelection()?.removeAllRanges()
      getSelection()?.addRange(range)
      if (status) status.textContent = 'Selected: press Ctrl+C to copy.'
    }
    if (navigator.clipboard) {
      navigator.clipboard.writeText(text).then(() => {
        if (status) status.textContent = 'Copied!'
      }, fallback)
    } else fallback()
  } else if (kind === 'close-dialog') {
    const dialog = /** @type {HTMLDialogElement | null} */ (action.closest('dialog'))
    dialog?.close()
  }
})

// ---- Current generation: click menus, the pencil buttons. ----
document.addEventListener('click', (event) => {
  const target = /** @type {Element} */ (event.target)
  const toggle = target.closest?.('button[aria-haspopup][aria-controls]')
  for (const open of document.querySelectorAll('button[aria-haspopup][aria-expanded="true"]')) {
    if (open !== toggle) {
      open.setAttribute('aria-expanded', 'false')
      hide(document.getElementById(open.getAttribute('aria-controls') ?? ''))
    }
  }
  if (toggle) {
    const menu = document.getElementById(toggle.getAttribute('aria-controls') ?? '')
    const opening = toggle.getAttribute('aria-expanded') !== 'true'
    toggle.setAttribute('aria-expanded', String(opening))
    if (opening) show(menu)
    else hide(menu)
    return
  }
  const go = /** @type {HTMLElement | null} */ (target.closest?.('button[data-href], li.type-item[data-href]'))
  if (go?.dataset.href) location.assign(go.dataset.href)
})
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return
  for (const open of document.querySelectorAll('button[aria-haspopup][aria-expanded="true"]')) {
    open.setAttribute('aria-expanded', 'false')
    hide(document.getElementById(open.getAttribute('aria-controls') ?? ''))
  }
})

// ---- Current generation: the controlled Create an API Key form, sent as JSON; the key in a modal. ----
/** @param {HTMLFormElement} form */
function wireApiKeyForm(form) {
  const dialog = /** @type {HTMLDialogElement | null} */ (document.getElementById('api-key-dialog'))
  const errorsBox = form.querySelector('[data-form-errors]')
  let sending = false
  apiKeyController = controlForm(form, async (state) => {
    if (sending) return
    sending = true
    for (const old of form.querySelectorAll('.field-error.from-server')) old.remove()
    for (const old of form.querySelectorAll('.invalid')) old.classList.remove('invalid')
    if (errorsBox) errorsBox.textContent = ''
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ ...state, ipRestrictions }),
      })
      const body = await response.json()
      if (response.status === 422) {
        const alert = document.createElement('div')
        alert.className = 'alert alert-error'
        alert.setAttribute('role', 'alert')
        alert.textContent = Object.values(body.errors ?? {}).join(' ')
        errorsBox?.append(alert)
        for (const [name, message] of Object.entries(body.errors ?? {})) {
          const field = form.querySelector(`[name="${name === 'emailNotification' ? 'email_notification' : name}"]`)
          if (!field) continue
          field.classList.add('invalid')
          const p = document.createElement('p')
          p.className = 'field-error from-server'
          p.textContent = String(message)
          field.after(p)
        }
        return
      }
      if (!response.ok || !dialog) throw new Error(`HTTP ${response.status}`)
      const name = dialog.querySelector('[data-key-name]')
      const value = dialog.querySelector('[data-key-value]')
      if (name) name.textContent = body.name
      if (value) value.textContent = body.key
      dialog.addEventListener('close', () => location.assign(dialog.dataset.listUrl ?? '/'), { once: true })
      dialog.showModal()
    } catch (error) {
      if (errorsBox) errorsBox.textContent = `Something went wrong: ${error instanceof Error ? error.message : String(error)}`
    } finally {
      sending = false
    }
  })
}

async function start() {
  await renderLate(document)
  for (const loading of document.querySelectorAll('[data-loading]')) loading.remove()
  for (const form of document.querySelectorAll('form.source-form')) syncSourceForm(/** @type {HTMLFormElement} */ (form))
  const apiKeyForm = /** @type {HTMLFormElement | null} */ (document.querySelector('form[data-controlled="api-key"]'))
  if (apiKeyForm) wireApiKeyForm(apiKeyForm)
  if (generation === 'current') {
    spaNavigation({
      onSwap: (panel) => {
        for (const form of panel.querySelectorAll('form.source-form')) syncSourceForm(/** @type {HTMLFormElement} */ (form))
      },
    })
  }
  document.body.dataset.ready = 'true'
}
void start()

// A hostile page (option deleteWhereSubmit): the key form's Submit becomes "Delete all API keys" the moment the
// keyboard reaches it, in the very place the button was.
document.addEventListener('focusin', (event) => {
  const button = /** @type {Element} */ (event.target).closest?.('[data-turns-delete]')
  if (!(button instanceof HTMLButtonElement)) return
  button.textContent = 'Delete all API keys'
  button.name = 'purge'
  button.value = 'all'
})
