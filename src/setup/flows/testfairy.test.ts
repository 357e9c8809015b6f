import { describe, expect, it } from 'vitest'
import messages from '../../../public/_locales/en/messages.json' with { type: 'json' }
import { loadFixture, targetOn } from '../../engine/find/fixtures'
import { reopenFrom } from '../../engine/retrace'
import { parseFlow } from '../../engine/step'
import { testfairySteps } from './testfairy'

const steps = testfairySteps()
const stepById = (id: string) => {
  const step = steps.find((s) => s.id === id)
  if (!step) throw new Error(`no step ${id}`)
  return step
}

describe('the TestFairy steps', () => {
  it('are valid, with words for every step and choice', () => {
    expect(parseFlow({ id: 'tf', steps })).not.toBeNull()
    for (const step of steps) {
      for (const key of [step.message, step.lookFor, ...(step.unavailable ?? []).map((u) => u.message)]) if (key) expect(messages, step.id).toHaveProperty(key)
      const choices = step.action.kind === 'match' ? (step.action.different ?? []) : step.action.kind === 'choose' ? step.action.choices : []
      for (const choice of choices) expect(messages, step.id).toHaveProperty(choice.message)
    }
  })

  it('a reload that closed the form, seen on the integrations list, goes back to Add Integration (the form and its opener are one page)', () => {
    loadFixture('tf-integrations')
    const flow = { id: 'tf', steps }
    expect(steps[reopenFrom(flow, steps.indexOf(stepById('tf-webhook-url')), document)!]?.id).toBe('tf-add-integration')
  })

  it('the same without a Centercode row goes back to the Webhook row', () => {
    loadFixture('tf-integrations-webhook-row')
    const flow = { id: 'tf', steps }
    expect(steps[reopenFrom(flow, steps.indexOf(stepById('tf-webhook-url')), document)!]?.id).toBe('tf-add-webhook-row')
  })

  it('ask for the endpoint at the URL step only, and erase the secrets once it is confirmed', () => {
    const asking = steps.filter((s) => s.action.kind === 'fill' && 'slot' in s.action.value)
    expect(asking.map((s) => s.id)).toEqual(['tf-webhook-url'])
    // both ways to the end (the webhook saved, or already there) meet at the last test feedback, which erases them
    expect(stepById('tf-existing-webhook').action).toMatchObject({ kind: 'match', same: 'tf-already-set-up' })
    expect(stepById('tf-confirm-saved').action).toMatchObject({ kind: 'match', same: 'tf-verify' })
    expect(steps.map((s) => s.id).slice(-2)).toEqual(['tf-already-set-up', 'tf-verify'])
    expect(stepById('tf-verify').action).toEqual({ kind: 'send', slot: 'endpoint', forget: ['endpoint', 'apiKey', 'projectKey', 'sourceKey'] })
  })

  it('tick the User feedback box before anything is filled (a product without it gets nothing filled)', () => {
    const ids = steps.map((s) => s.id)
    const firstFill = steps.findIndex((s) => s.action.kind === 'fill' || s.action.kind === 'check')
    expect(ids[firstFill]).toBe('tf-event-feedback')
  })

  it.each([
    [{ crash: false, upload: false }, [false, false]],
    [{ crash: true, upload: false }, [true, false]],
    [{ crash: false, upload: true }, [false, true]],
  ])('tick the other events as the settings say: %j', (events, expected) => {
    const made = testfairySteps(events)
    const checked = ['tf-event-crash', 'tf-event-upload'].map((id) => {
      const action = made.find((s) => s.id === id)?.action
      return action?.kind === 'check' ? action.checked : null
    })
    expect(checked).toEqual(expected)
  })
})

// Each step's target on the saved pages of both TestFairy generations: exactly one element, the right one.
describe.each([
  ['tf-integrations', 'tf-open-integrations', 'a[href="/settings/integrations/"]'],
  ['tf-integrations', 'tf-add-integration', 'li[data-integration="centercode"] button'],
  ['tf-integrations-centercode-dialog', 'tf-event-feedback', 'dialog input[name="actions-feedback"]'],
  ['tf-integrations-webhook-row', 'tf-add-webhook-row', 'li[data-integration="webhook"] button'],
  ['tf-integrations', 'tf-add-webhook-row', 'li[data-integration="webhook"] button'],
  ['tf-integrations-webhook-dialog', 'tf-event-feedback', 'dialog input[name="actions-feedback"]'],
  ['tf-integrations-webhook-dialog', 'tf-webhook-url', 'dialog input[name="webhook-url"]'],
  ['tf-integrations-centercode-dialog', 'tf-webhook-name', 'dialog input[name="webhook-name"]'],
  ['tf-integrations-centercode-dialog', 'tf-webhook-url', 'dialog input[name="webhook-url"]'],
  ['tf-integrations-centercode-dialog', 'tf-webhook-active', 'dialog input[name="webhook-status"]'],
  ['tf-integrations-centercode-dialog', 'tf-event-crash', 'dialog input[name="actions-crash"]'],
  ['tf-integrations-centercode-dialog', 'tf-event-upload', 'dialog input[name="actions-upload"]'],
  ['tf-integrations-centercode-dialog', 'tf-test-url', 'dialog button[data-test-url]'],
  ['tf-integrations-centercode-dialog', 'tf-save-webhook', 'dialog button[type="submit"]'],
  ['tf-globex-webhooks-add', 'tf-event-feedback', 'input[name="on_feedback"]'],
  ['tf-globex-webhooks-add', 'tf-webhook-name', 'input[name="name"]'],
  ['tf-globex-webhooks-add', 'tf-webhook-url', 'input[name="url"]'],
  ['tf-globex-webhooks-add', 'tf-webhook-active', 'input[name="active"]'],
  ['tf-globex-webhooks-add', 'tf-event-crash', 'input[name="on_crash"]'],
  ['tf-globex-webhooks-add', 'tf-event-upload', 'input[name="on_new_version"]'],
  ['tf-globex-webhooks-add', 'tf-test-url', 'button[value="test"]'],
  ['tf-globex-webhooks-add', 'tf-save-webhook', 'button[value="save"]'],
])('%s: %s', (fixture, stepId, expected) => {
  it(`points at ${expected}`, () => {
    expect(targetOn(fixture, stepById(stepId).target)?.matches(expected)).toBe(true)
  })
})

describe('a page with nothing of the kind', () => {
  it.each([
    ['no existing Centercode webhook on the Integrations page', 'tf-integrations', 'tf-existing-webhook'],
    ['no form on the Integrations page until the dialog opens', 'tf-integrations', 'tf-webhook-url'],
    ['no Centercode row: its Add Integration is not taken for the Webhook row’s', 'tf-integrations-webhook-row', 'tf-add-integration'],
  ])('%s', (_what, fixture, stepId) => {
    expect(targetOn(fixture, stepById(stepId).target)).toBeNull()
  })
})
