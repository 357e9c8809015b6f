// The finders against the imitation dashboards' pages as Chromium rendered them (late content included),
// captured by scripts/capture-page-fixtures.ts with their stylesheets inlined.
import { describe, expect, it } from 'vitest'
import type { Finder } from '../step'
import { fixtureNames, loadFixture } from './fixtures'
import { findTarget, matchAll } from './index'

const centercodeRow: Finder = { by: 'text', text: 'Centercode' }
const addIntegration: Finder = { by: 'role', role: 'button', name: 'Add Integration' }

/** [fixture, finder, how many it matches, a selector the single match satisfies] */
const cases: [string, Finder, number, string?][] = [
  // TestFairy Preferences > Integrations
  ['tf-integrations', addIntegration, 6],
  ['tf-integrations', { ...addIntegration, near: centercodeRow }, 1, '[data-integration="centercode"] > button.btn-add'],
  ['tf-integrations', { ...addIntegration, near: { by: 'text', text: 'Slack' } }, 1, '[data-integration="slack"] > button'],
  ['tf-integrations', { ...addIntegration, near: { by: 'text', text: 'Nowhere' } }, 0],
  ['tf-integrations', { by: 'text', text: 'add integration' }, 6],
  ['tf-integrations', { by: 'text', text: 'No Active Integrations' }, 1, '.empty-title'],
  ['tf-integrations', { by: 'role', role: 'dialog' }, 0], // closed
  ['tf-integrations', { by: 'css', selector: 'dialog' }, 0], // closed: css sees only what a person sees too
  ['tf-integrations', { by: 'label', text: 'Name:' }, 0], // the form is still in a <template>
  // ...with the Centercode row's dialog open (showModal): the page under it still counts
  ['tf-integrations-centercode-dialog', { by: 'role', role: 'dialog' }, 1, 'dialog[open]'],
  ['tf-integrations-centercode-dialog', { ...addIntegration, near: centercodeRow }, 0], // "Centercode" is now also the dialog title
  ['tf-integrations-centercode-dialog', { ...addIntegration, near: { by: 'css', selector: '[data-integration="centercode"] .integration-title' } }, 1, '[data-integration="centercode"] > button'],
  ['tf-integrations-centercode-dialog', addIntegration, 6],
  ['tf-integrations-centercode-dialog', { by: 'label', text: 'Name:' }, 1, 'dialog input[name="webhook-name"]'],
  ['tf-integrations-centercode-dialog', { by: 'label', text: 'name' }, 1, 'dialog input[name="webhook-name"]'],
  ['tf-integrations-centercode-dialog', { by: 'label', text: 'URL:' }, 1, 'dialog input[name="webhook-url"]'],
  ['tf-integrations-centercode-dialog', { by: 'label', text: 'Active' }, 1, 'dialog input[name="webhook-status"]'],
  ['tf-integrations-centercode-dialog', { by: 'label', text: 'User feedback' }, 1, 'input[type="checkbox"][name="actions-feedback"]'],
  ['tf-integrations-centercode-dialog', { by: 'label', text: 'App crash' }, 1, 'input[name="actions-crash"]'],
  ['tf-integrations-centercode-dialog', { by: 'role', role: 'checkbox', name: 'User feedback' }, 1, 'input[name="actions-feedback"]'],
  ['tf-integrations-centercode-dialog', { by: 'role', role: 'button', name: 'Add webhook' }, 1, 'dialog button[type="submit"]'],
  ['tf-integrations-centercode-dialog', { by: 'text', text: 'Test URL', selector: 'button' }, 1, 'dialog button[data-test-url]'],
  // older TestFairy (private cloud): Webhooks > Add webhook
  ['tf-globex-webhooks-add', { by: 'label', text: 'Name:' }, 1, 'input[name="name"]'],
  ['tf-globex-webhooks-add', { by: 'label', text: 'URL' }, 1, 'input[name="url"]'],
  ['tf-globex-webhooks-add', { by: 'label', text: { includes: 'feedback' } }, 1, 'input[name="on_feedback"]'],
  ['tf-globex-webhooks-add', { by: 'label', text: 'Webhook secret' }, 0],
  // Centercode legacy: API Key Management, "Create an API Key" shown uppercase by CSS
  ['cc-acme-apikeys', { by: 'text', text: 'Create an API Key' }, 1, 'a[href$="generate.html"]'],
  ['cc-acme-apikeys', { by: 'text', text: 'CREATE AN API KEY' }, 1, 'a[href$="generate.html"]'],
  ['cc-acme-apikeys', { by: 'role', role: 'link', name: 'Create an API Key' }, 1, 'a[href$="generate.html"]'],
  ['cc-acme-apikeys', { by: 'role', role: 'heading', name: 'API Key Management' }, 1, 'h1, h2, h3'],
  ['cc-acme-apikeys', { by: 'role', role: 'link', name: 'Configuration' }, 0], // in the closed hover menu
  ['cc-acme-apikeys', { by: 'css', selector: '.submenu a' }, 0], // the hover menus are closed
  ['cc-acme-apikey-generate', { by: 'label', text: 'Name' }, 1, '#name'],
  ['cc-acme-apikey-generate', { by: 'label', text: 'Name*' }, 1, '#name'],
  ['cc-acme-apikey-generate', { by: 'label', text: 'IP Address' }, 1, 'input[name="new_ip"]'],
  ['cc-acme-apikey-generate', { by: 'label', text: 'Description' }, 2], // the key's and the IP restriction's: ambiguous
  ['cc-acme-apikey-generate', { by: 'role', role: 'textbox', name: 'Description' }, 2],
  ['cc-acme-apikey-generate', { by: 'role', role: 'button', name: 'Submit' }, 1, 'button[type="submit"]'],
  // Centercode legacy: Create External Feedback Source
  ['cc-acme-source-create', { by: 'role', role: 'heading', name: 'Create External Feedback Source' }, 1],
  ['cc-acme-source-create', { by: 'label', text: 'Name' }, 1, '#source-name'],
  ['cc-acme-source-create', { by: 'label', text: 'Key' }, 1, '#source-key'],
  ['cc-acme-source-create', { by: 'label', text: 'Team:' }, 1, 'select#source-team'],
  ['cc-acme-source-create', { by: 'label', text: 'Status' }, 1, 'select#source-status'], // the Status parameter row is hidden
  ['cc-acme-source-create', { by: 'label', text: 'Summary' }, 1, '.element-params input[name="param_summary"]'],
  ['cc-acme-source-create', { by: 'label', text: 'Steps to Reproduce' }, 1, '.element-params input'],
  ['cc-acme-source-create', { by: 'label', text: 'Severity' }, 0], // not mappable: no input
  ['cc-acme-source-create', { by: 'role', role: 'combobox', name: 'Team' }, 1, 'select#source-team'],
  // Centercode current
  ['cc-initech-apikeys', { by: 'role', role: 'link', name: 'Create an API Key' }, 1],
  ['cc-initech-apikey-new', { by: 'label', text: 'Prefix' }, 1, '#prefix'],
  ['cc-initech-apikey-new', { by: 'role', role: 'dialog' }, 0], // the key dialog is closed
  ['cc-initech-apikey-new', { by: 'css', selector: 'dialog#api-key-dialog' }, 0], // closed until a key is made
  ['cc-initech-source-create', { by: 'role', role: 'heading', name: 'Create external feedback source' }, 1],
  ['cc-initech-source-create', { by: 'label', text: 'Summary' }, 1, 'input[name="param_summary"]'],
  ['cc-initech-source-create', { by: 'label', text: 'Name' }, 1, '#source-name'],
  // A community's renamed labels: the old words find nothing, the new ones find the element
  ['cc-acme-renamed-apikeys', { by: 'text', text: 'Create an API Key' }, 0],
  ['cc-acme-renamed-apikeys', { by: 'role', role: 'link', name: 'Create an API Key' }, 0],
  ['cc-acme-renamed-apikeys', { by: 'text', text: 'New Integration Key' }, 1, 'a[href$="generate.html"]'],
  ['cc-acme-renamed-apikeys', { by: 'role', role: 'heading', name: 'API Key Management' }, 0],
  ['cc-acme-renamed-apikeys', { by: 'role', role: 'heading', name: 'Integration Key Management' }, 1],
  ['cc-acme-renamed-source-create', { by: 'role', role: 'heading', name: 'Create External Feedback Source' }, 0],
  ['cc-acme-renamed-source-create', { by: 'role', role: 'heading', name: 'Create Inbound Connection' }, 1],
  ['cc-acme-renamed-source-create', { by: 'label', text: 'Summary' }, 1, 'input[name="param_summary"]'],
]

describe('finders on the captured dashboard pages', () => {
  it('has every fixture the capture script writes', () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(11)
  })

  it.each(cases.map(([fixture, finder, count, selector]) => [fixture, JSON.stringify(finder), count, selector, finder] as const))(
    '%s: %s → %i',
    (fixture, _label, count, selector, finder) => {
      loadFixture(fixture)
      const matches = matchAll(document, finder)
      expect(matches.length).toBe(count)
      const { element, tried } = findTarget(document, [finder])
      expect(tried).toEqual([{ finder, count }])
      expect(element === null).toBe(count !== 1)
      if (selector !== undefined) expect(element?.matches(selector), element?.outerHTML.slice(0, 200)).toBe(true)
    },
  )

  it('falls back past an ambiguous finder to a unique one, recording both counts', () => {
    loadFixture('tf-integrations')
    const near = { ...addIntegration, near: centercodeRow }
    const result = findTarget(document, [addIntegration, near])
    expect(result.tried.map((t) => t.count)).toEqual([6, 1])
    expect(result.element?.closest('[data-integration]')?.getAttribute('data-integration')).toBe('centercode')
  })

  it('ignores what CSS upper-cases: the DOM says "Create an API Key", the page shows it in capitals', () => {
    loadFixture('cc-acme-apikeys')
    const link = findTarget(document, [{ by: 'text', text: 'Create an API Key' }]).element
    expect(link && getComputedStyle(link).textTransform).toBe('uppercase')
  })
})
