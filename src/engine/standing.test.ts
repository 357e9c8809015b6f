// Where the setup stands, on the imitations' captured pages (fixtures/, scripts/capture-page-fixtures.ts): from
// the step the setup had reached, the step this page is for, however the person got there.
import { describe, expect, it } from 'vitest'
import { setupFlow } from '../setup/flows/setup-flow'
import { loadFixture } from './find/fixtures'
import { standing } from './standing'

const flow = setupFlow()
const index = (id: string) => {
  const i = flow.steps.findIndex((s) => s.id === id)
  if (i < 0) throw new Error(`no step ${id}`)
  return i
}
const endpoint = `https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=Skel${'0123456789abcdef'.repeat(2)}`

describe('standing: the step a page is for', () => {
  it.each([
    // page, the step reached, the step the page shows, why
    ['cc-acme-home', 'cc-open-api-keys', 'cc-open-api-keys', 'a page of no step: the way there goes on'],
    ['cc-acme-apikeys', 'cc-open-api-keys', 'cc-create-api-key', 'the key list, without a key of that name: nothing to reuse'],
    ['cc-initech-apikeys', 'cc-open-api-keys', 'cc-create-api-key', 'the same, current UI'],
    ['cc-acme-renamed-apikeys', 'cc-open-api-keys', 'cc-create-api-key', 'renamed labels: the button by its link'],
    ['cc-acme-apikeys-listed', 'cc-open-api-keys', 'cc-existing-key', 'a key of that name is listed: the person decides'],
    ['cc-acme-apikeys-listed', 'cc-create-api-key', 'cc-create-api-key', 'they chose to make another'],
    ['cc-acme-apikey-generate', 'cc-open-api-keys', 'cc-key-name', 'the form, opened from a bookmark'],
    ['cc-acme-apikey-generate', 'cc-existing-key', 'cc-key-name', 'the choice answered on the page: a new key'],
    ['cc-initech-apikey-new', 'cc-create-api-key', 'cc-key-name', 'the form, current UI'],
    ['cc-acme-apikey-generated', 'cc-key-submit', 'cc-read-api-key', 'submitted: the new key, on a page'],
    ['cc-initech-apikey-created', 'cc-key-name', 'cc-read-api-key', 'submitted before the guide saw it: the new key, in a dialog'],
    ['cc-acme-apikey-generated', 'cc-read-api-key', 'cc-read-api-key', 'the new key’s details are no saved source’s'],
    ['cc-acme-feedbacktypes', 'cc-open-feedback-types', 'cc-modify-type', 'the types, by the person’s own menus'],
    ['cc-acme-feedbacktypes', 'cc-read-api-key', 'cc-modify-type', 'gone on without the key being read (it is optional)'],
    ['cc-initech-feedbacktypes', 'cc-open-feedback-types', 'cc-modify-type', 'the types, current UI'],
    ['cc-acme-type-form', 'cc-modify-type', 'cc-open-external-sources', 'a type opened'],
    ['cc-initech-type-form', 'cc-open-feedback-types', 'cc-open-external-sources', 'a type opened from a bookmark, current UI'],
    ['cc-acme-sources', 'cc-open-external-sources', 'cc-create-source', 'its sources, none of that name'],
    ['cc-initech-sources', 'cc-modify-type', 'cc-create-source', 'its sources, current UI'],
    ['cc-acme-sources-listed', 'cc-open-external-sources', 'cc-open-existing-source', 'a source of that name: open it'],
    ['cc-acme-source-create', 'cc-create-source', 'cc-source-name', 'the Create form'],
    ['cc-acme-source-create', 'cc-open-feedback-types', 'cc-source-name', 'the Create form, by its address'],
    ['cc-initech-source-create', 'cc-source-key', 'cc-source-key', 'on the form, at the step reached: its fields in order'],
    ['cc-acme-renamed-source-create', 'cc-open-external-sources', 'cc-source-name', 'the form, renamed labels'],
    ['cc-acme-source-saved', 'cc-source-submit', 'cc-read-endpoint', 'saved: its endpoint'],
    ['cc-acme-source-saved', 'cc-source-name', 'cc-read-endpoint', 'submitted before the guide filled it'],
    ['cc-acme-source-saved', 'cc-open-existing-source', 'cc-read-endpoint', 'an existing source opened'],
    ['cc-initech-source-saved', 'cc-source-submit', 'cc-read-endpoint', 'saved, current UI'],
    ['cc-acme-source-saved-noendpoint', 'cc-read-endpoint', 'cc-read-project-key', 'saved, no endpoint shown: its parts are read instead (told by what the submit brought)'],
    ['cc-acme-source-saved', 'cc-verify', 'cc-verify', 'never onto the other site'],
    ['cc-acme-home', 'cc-source-name', 'cc-source-name', 'never back: a page elsewhere does not undo the form'],
    ['cc-acme-apikey-generate', 'cc-open-external-sources', 'cc-key-name', 'back: the key’s form, opened after the source was begun (it needs the key)'],
    ['cc-acme-source-create', 'cc-read-endpoint', 'cc-read-endpoint', 'not back within a phase: a form shown again is its errors’ and retrace’s to judge'],
    ['cc-acme-apikeys', 'cc-open-external-sources', 'cc-open-external-sources', 'not back for a list: only a form the person opened says so'],
    ['tf-dashboard', 'tf-open-preferences', 'tf-open-preferences', 'the dashboard: the way there goes on'],
    ['tf-settings', 'tf-open-preferences', 'tf-open-integrations', 'Preferences reached (its address)'],
    ['tf-integrations', 'tf-open-integrations', 'tf-add-integration', 'the integrations, no webhook to compare'],
    ['tf-integrations', 'tf-open-preferences', 'tf-add-integration', 'the integrations, from a bookmark'],
    ['tf-integrations-centercode-dialog', 'tf-add-integration', 'tf-event-feedback', 'the webhook form, open'],
    ['tf-integrations-centercode-dialog', 'tf-open-preferences', 'tf-event-feedback', 'the webhook form, opened before the guide got there'],
    ['tf-globex-webhooks', 'tf-open-preferences', 'tf-add-integration', 'the older Webhooks page'],
    ['tf-integrations-webhook-row', 'tf-open-integrations', 'tf-add-webhook-row', 'no Centercode row: the Webhook row instead'],
    ['tf-integrations-webhook-row', 'tf-add-integration', 'tf-add-webhook-row', 'the same, from the step before'],
    ['tf-integrations', 'tf-add-integration', 'tf-add-integration', 'the Centercode row there: not the Webhook row'],
    ['tf-integrations-webhook-dialog', 'tf-add-webhook-row', 'tf-event-feedback', 'the Webhook row’s form, open'],
    ['tf-globex-webhooks-add', 'tf-open-integrations', 'tf-event-feedback', 'the older form, by its address'],
    ['tf-integrations-listed', 'tf-open-integrations', 'tf-existing-webhook', 'a Centercode webhook is listed: compare it'],
    ['tf-integrations-listed', 'tf-open-preferences', 'tf-existing-webhook', 'the same, from a bookmark'],
    ['tf-globex-webhooks-listed', 'tf-open-integrations', 'tf-existing-webhook', 'the older list with a webhook'],
    ['tf-integrations-listed', 'tf-save-webhook', 'tf-save-webhook', 'saved: told by the save, in order (a URL in a list is on other pages too)'],
  ])('%s, from %s: %s (%s)', (fixture, from, expected) => {
    const doc = loadFixture(fixture)
    expect(flow.steps[standing(flow, index(from), doc)]?.id).toBe(expected)
  })

  it.each([
    ['tf-open-integrations', 'tf-existing-webhook', 'a webhook is listed: compare it'],
    ['tf-save-webhook', 'tf-save-webhook', 'saved: told by the save, in order (a URL in a list is on other pages too)'],
  ])('the integrations with a Centercode webhook, from %s: %s (%s)', (from, expected) => {
    const doc = loadFixture('tf-integrations')
    doc.querySelector('main')!.insertAdjacentHTML('beforeend', `<div class="active-integration"><span>${endpoint}</span></div>`)
    expect(flow.steps[standing(flow, index(from), doc)]?.id).toBe(expected)
  })

  it('waits for a list still loading: a step only some pages have is not passed before its page shows', () => {
    const doc = loadFixture('tf-integrations-listed')
    doc.querySelector('[data-spa-panel]')!.innerHTML = '<div class="panel-loading">Loading…</div>'
    expect(flow.steps[standing(flow, index('tf-existing-webhook'), doc)]?.id).toBe('tf-existing-webhook')
    expect(flow.steps[standing(flow, index('tf-open-integrations'), doc)]?.id).toBe('tf-existing-webhook')
  })

  it.each([
    ['tf-event-upload', 'tf-confirm-saved', 'sent before the guide reached Add webhook'],
    ['tf-save-webhook', 'tf-confirm-saved', 'sent where the guide showed it'],
    ['tf-open-integrations', 'tf-existing-webhook', 'sent before the guide saw the list: the webhook is compared'],
  ])('the older list saying the webhook was saved, from %s: %s (%s)', (from, expected) => {
    const doc = loadFixture('tf-globex-webhooks-listed')
    doc.querySelector('main')!.insertAdjacentHTML('afterbegin', '<div class="alert alert-success" role="status"><span class="tick-circle" aria-hidden="true"></span>Webhook saved successfully</div>')
    expect(flow.steps[standing(flow, index(from), doc)]?.id).toBe(expected)
  })

  it.each([
    [true, 'cc-read-form-endpoint', 'cc-read-form-endpoint', 'the form shows the endpoint: it is read there'],
    [false, 'cc-read-form-endpoint', 'cc-source-team', 'a form without it: passed over'],
    [true, 'cc-source-key', 'cc-source-key', 'its fields in order: the endpoint is read after the Key is filled'],
  ])('the Create form with the endpoint on it (%s), from %s: %s (%s)', (shown, from, expected) => {
    const doc = loadFixture('cc-acme-source-create')
    const key = doc.querySelector('input[name="key"]')!.closest('.field')!
    if (shown) key.insertAdjacentHTML('afterend', `<div class="field endpoint"><label for="endpoint-url">API Endpoint URL</label><input type="text" id="endpoint-url" readonly value="${endpoint}"></div>`)
    expect(flow.steps[standing(flow, index(from), doc)]?.id).toBe(expected)
  })

  it('never back to a form the page still shows filled, as it closes after its save', () => {
    const doc = loadFixture('tf-integrations-centercode-dialog')
    const dialog = doc.querySelector('dialog[aria-modal="true"]') ?? doc
    dialog.querySelector<HTMLInputElement>('input[name="webhook-name"]')!.value = 'Centercode'
    dialog.querySelector<HTMLInputElement>('input[name="webhook-url"]')!.value = endpoint
    dialog.querySelector<HTMLInputElement>('input[name="actions-feedback"]')!.checked = true
    expect(flow.steps[standing(flow, index('tf-confirm-saved'), doc)]?.id).toBe('tf-confirm-saved')
    // emptied by the person: theirs to fill again, or the page's to refuse (never back within the phase)
    dialog.querySelector<HTMLInputElement>('input[name="webhook-url"]')!.value = ''
    expect(flow.steps[standing(flow, index('tf-confirm-saved'), doc)]?.id).toBe('tf-confirm-saved')
  })

  it('leaves out what the guide itself shows', () => {
    const doc = loadFixture('cc-acme-home')
    doc.body.insertAdjacentHTML('beforeend', '<div id="ours"><a href="/admin/apikeys/generate.html">Create an API Key</a></div>')
    const ours = (el: Element) => el.id === 'ours'
    expect(flow.steps[standing(flow, index('cc-open-api-keys'), doc, ours)]?.id).toBe('cc-open-api-keys')
    expect(flow.steps[standing(flow, index('cc-open-api-keys'), doc)]?.id).toBe('cc-create-api-key')
  })
})
