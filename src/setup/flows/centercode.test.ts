import { describe, expect, it } from 'vitest'
import messages from '../../../public/_locales/en/messages.json' with { type: 'json' }
import { findTarget } from '../../engine/find'
import { targetOn } from '../../engine/find/fixtures'
import { choicesOf, parseFlow } from '../../engine/step'
import { centercodeSteps } from './centercode'
import { setupFlow } from './setup-flow'

const steps = centercodeSteps()
const stepById = (id: string) => {
  const step = steps.find((s) => s.id === id)
  if (!step) throw new Error(`no step ${id}`)
  return step
}

describe('the setup flow', () => {
  it('is a valid flow with unique step ids', () => {
    const flow = setupFlow()
    expect(parseFlow(JSON.parse(JSON.stringify(flow)))).toEqual(flow)
    expect(new Set(flow.steps.map((s) => s.id)).size).toBe(flow.steps.length)
  })
  it('jumps (choices, a match’s `same`) only to later steps of the flow', () => {
    const flow = setupFlow()
    const later = (from: number, id: string | undefined) => id === undefined || flow.steps.findIndex((s) => s.id === id) > from
    flow.steps.forEach((step, i) => {
      const gotos = [...(step.action.kind === 'match' ? [step.action.same] : []), ...choicesOf(step).map((c) => c.goto)]
      for (const id of gotos) expect(later(i, id), `${step.id} → ${id}`).toBe(true)
    })
  })
  it('has words for every step in English', () => {
    for (const step of setupFlow().steps) {
      expect(messages, step.id).toHaveProperty(step.message)
      if (step.lookFor) expect(messages, step.id).toHaveProperty(step.lookFor)
      for (const variant of step.unavailable ?? []) expect(messages, step.id).toHaveProperty(variant.message)
    }
  })
})

// Each step's target on the saved pages of both Centercode generations: exactly one element, the right one.
describe.each([
  // fixture, step, what the element is
  ['cc-acme-apikeys', 'cc-create-api-key', 'a[href="/admin/apikeys/generate.html"]'],
  ['cc-initech-apikeys', 'cc-create-api-key', 'a[href$="/api-keys/new"]'],
  ['cc-acme-renamed-apikeys', 'cc-create-api-key', 'a[href="/admin/apikeys/generate.html"]'],
  ['cc-acme-apikey-generate', 'cc-key-name', 'input[name="name"]'],
  ['cc-acme-apikey-generate', 'cc-key-description', 'input[name="description"], textarea[name="description"]'],
  ['cc-acme-apikey-generate', 'cc-key-submit', 'button[type="submit"]'],
  ['cc-initech-apikey-new', 'cc-key-name', 'input[name="name"]'],
  ['cc-initech-apikey-new', 'cc-key-submit', 'button[type="submit"]'],
  ['cc-acme-source-create', 'cc-source-name', 'input[name="name"]'],
  ['cc-acme-source-create', 'cc-source-key', 'input[name="key"]'],
  ['cc-acme-source-create', 'cc-source-team', 'select[name="team"]'],
  ['cc-acme-source-create', 'cc-source-status', 'select[name="status"]'],
  ['cc-acme-source-create', 'cc-map-summary', 'input[name="param_summary"]'],
  ['cc-acme-source-create', 'cc-map-steps-to-reproduce', 'input[name="param_steps_to_reproduce"]'],
  ['cc-acme-source-create', 'cc-source-submit', 'button[type="submit"]'],
  ['cc-initech-source-create', 'cc-source-name', 'input[name="name"]'],
  ['cc-initech-source-create', 'cc-source-team', 'select[name="team"]'],
  ['cc-initech-source-create', 'cc-map-summary', 'input[name="param_summary"]'],
  ['cc-acme-renamed-source-create', 'cc-source-key', 'input[name="key"]'],
  ['cc-acme-renamed-source-create', 'cc-map-summary', 'input[name="param_summary"]'],
])('%s: %s', (fixture, stepId, expected) => {
  it(`points at ${expected}`, () => {
    expect(targetOn(fixture, stepById(stepId).target)?.matches(expected)).toBe(true)
  })
})

describe('an existing key', () => {
  it('is recognised by the name the person chose for it', () => {
    const named = centercodeSteps(undefined, 'Feedback pipe').find((s) => s.id === 'cc-existing-key')
    expect(named?.target).toEqual([expect.objectContaining({ by: 'text', text: 'Feedback pipe' })])
  })
})

describe('fields the community form does not have', () => {
  it.each(['cc-map-description', 'cc-map-submitter'])('%s finds nothing on the legacy form, so it is skipped', (stepId) => {
    expect(stepById(stepId).ifPresent).toBe(true)
    expect(targetOn('cc-acme-source-create', stepById(stepId).target)).toBeNull()
  })
})

// A page that shows no endpoint names its parts somewhere: the project key and the source key, in the shapes a
// page may give them. Each finds exactly the element holding the value.
describe('the parts of an endpoint the page does not show', () => {
  const shapes: [string, string, string, string][] = [
    ['a line of text', '<p>Project key: <code>AcmeBeta</code></p>', 'cc-read-project-key', 'AcmeBeta'],
    ['a definition list', '<dl><div><dt>Project key</dt><dd>AcmeBeta</dd></div><div><dt>Source key</dt><dd>testfairy</dd></div></dl>', 'cc-read-project-key', 'AcmeBeta'],
    ['a definition list', '<dl><div><dt>Project key</dt><dd>AcmeBeta</dd></div><div><dt>Source key</dt><dd>testfairy</dd></div></dl>', 'cc-read-source-key', 'testfairy'],
    ['a details table', '<table><tr><th>Project Key</th><td>AcmeBeta</td></tr><tr><th>Name</th><td>TestFairy</td></tr><tr><th>Key</th><td>testfairy</td></tr></table>', 'cc-read-project-key', 'AcmeBeta'],
    ['a details table', '<table><tr><th>Name</th><td>TestFairy</td></tr><tr><th scope="row">Key</th><td>testfairy</td></tr><tr><th>Team</th><td>Product Team</td></tr></table>', 'cc-read-source-key', 'testfairy'],
    ['a read-only field', '<label>Project key <input readonly value="AcmeBeta"></label>', 'cc-read-project-key', 'AcmeBeta'],
  ]
  it.each(shapes)('%s: %s reads %s', (_shape, markup, stepId, value) => {
    document.body.innerHTML = markup
    const { element } = findTarget(document, stepById(stepId).target ?? [])
    expect(element instanceof HTMLInputElement ? element.value : element?.textContent).toBe(value)
  })
  it('is only looked for when the endpoint was not read', () => {
    for (const id of ['cc-read-project-key', 'cc-read-source-key', 'cc-compose-endpoint']) expect(stepById(id).unlessSlot).toBe('endpoint')
    expect(stepById('cc-read-endpoint')).toMatchObject({ ifPresent: true, optional: true })
  })
})

describe('the phases', () => {
  it('are in order: the API key, the External Feedback Source, the TestFairy webhook', () => {
    const phases = setupFlow().steps.map((s) => s.phase)
    expect([...new Set(phases)]).toEqual(['apiKey', 'source', 'webhook'])
    expect(setupFlow().steps.find((s) => s.phase === 'source')?.id).toBe('cc-open-feedback-types')
    expect(setupFlow().steps.find((s) => s.phase === 'webhook')?.site).toBe('testfairy')
    expect(setupFlow().steps.filter((s) => s.phase === 'webhook').every((s) => s.site === 'testfairy')).toBe(true)
  })
})
