// The person sends a form before the guide reaches its button: on the imitations' captured forms
// (fixtures/), with the fields as the page then shows them.
import { describe, expect, it } from 'vitest'
import { setupFlow } from '../setup/flows/setup-flow'
import { loadFixture } from './find/fixtures'
import { findUnique } from './page-match'
import { sentAhead } from './sent-ahead'

const flow = setupFlow()
const index = (id: string) => {
  const i = flow.steps.findIndex((s) => s.id === id)
  if (i < 0) throw new Error(`no step ${id}`)
  return i
}
const endpoint = `https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=EXAMPLEnotAkey${'0'.repeat(32)}`

interface Form {
  fixture: string
  name: string
  url: string
  feedback: string
}
const current: Form = { fixture: 'tf-integrations-centercode-dialog', name: 'webhook-name', url: 'webhook-url', feedback: 'actions-feedback' }
const older: Form = { fixture: 'tf-globex-webhooks-add', name: 'name', url: 'url', feedback: 'on_feedback' }

/** The form as the guide left it: the fields named filled, the rest as the page rendered them. */
function formWith(form: Form, filled: ('name' | 'url' | 'feedback')[]): Document {
  const doc = loadFixture(form.fixture)
  const root = doc.querySelector('dialog[aria-modal="true"]') ?? doc
  const field = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!
  if (filled.includes('name')) field(form.name).value = 'Centercode'
  if (filled.includes('url')) field(form.url).value = endpoint
  if (filled.includes('feedback')) field(form.feedback).checked = true
  return doc
}

const button = (doc: Document, name: string) => findUnique(doc, [{ by: 'role', role: 'button', name }])!

describe('sentAhead: a form sent before the guide reached its button', () => {
  it.each<[string, Form, string, ('name' | 'url' | 'feedback')[], string, string | null]>([
    // what, form, the step the guide is at, fields filled, the button clicked, the step after
    ['current: Add webhook, at the events the guide was still setting', current, 'tf-event-upload', ['name', 'url', 'feedback'], 'Add webhook', 'tf-confirm-saved'],
    ['current: Add webhook, at Active (checked as rendered)', current, 'tf-webhook-active', ['name', 'url', 'feedback'], 'Add webhook', 'tf-confirm-saved'],
    ['current: Test URL, ahead of the events', current, 'tf-event-crash', ['name', 'url', 'feedback'], 'Test URL', 'tf-save-webhook'],
    ['older: Add webhook, at the events', older, 'tf-event-crash', ['name', 'url', 'feedback'], 'Add webhook', 'tf-confirm-saved'],
    ['the URL not yet filled: the guide goes on filling it', current, 'tf-webhook-url', ['name', 'feedback'], 'Add webhook', null],
    ['User feedback not yet ticked: not the webhook wanted', older, 'tf-event-feedback', ['name', 'url'], 'Add webhook', null],
  ])('%s', (_what, form, from, filled, clicked, expected) => {
    const doc = formWith(form, filled)
    const to = sentAhead(flow, index(from), doc, button(doc, clicked))
    expect(to === null ? null : flow.steps[to]?.id).toBe(expected)
  })

  it.each<[string, string, boolean, string | null]>([
    // what, the step the guide is at, Team chosen, the step after
    ['Submit while the guide fills the incoming fields (the page shows the saved source)', 'cc-map-steps-to-reproduce', true, 'cc-read-endpoint'],
    ['Submit at the Status list, a Team chosen', 'cc-source-status', true, 'cc-read-endpoint'],
    ['Submit with no Team yet: the guide goes on with it (the page refuses the form)', 'cc-source-team', false, null],
  ])('Centercode’s source form: %s', (_what, from, team, expected) => {
    const doc = loadFixture('cc-acme-source-create')
    const field = (name: string) => doc.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)!
    field('name').value = 'TestFairy'
    field('key').value = 'testfairy'
    if (team) field('team').value = 'Beta Team'
    field('param_summary').value = 'text'
    const to = sentAhead(flow, index(from), doc, button(doc, 'Submit'))
    expect(to === null ? null : flow.steps[to]?.id).toBe(expected)
  })

  it('a click on anything else, or from a step outside the form, is no sending', () => {
    const doc = formWith(current, ['name', 'url', 'feedback'])
    expect(sentAhead(flow, index('tf-event-upload'), doc, doc.querySelector('dialog[aria-modal="true"] input[name="webhook-name"]')!)).toBeNull()
    expect(sentAhead(flow, index('tf-add-integration'), doc, button(doc, 'Add webhook'))).toBeNull()
  })
})
