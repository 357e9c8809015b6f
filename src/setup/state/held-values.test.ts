import { describe, expect, it } from 'vitest'
import type { Flow, Step } from '../../engine/step'
import { setupFlow } from '../flows/setup-flow'
import { startProgress } from './progress'
import { passOver, recapture, recaptureFrom } from './held-values'

const step = (id: string, action: Step['action'], over: Partial<Step> = {}): Step => ({
  id, site: 'centercode', page: {}, message: 'm', action, done: [{ kind: 'value' }], phase: 'source', ...over,
})
const flow: Flow = {
  id: 'f',
  steps: [
    step('key', { kind: 'read', slot: 'apiKey' }, { phase: 'apiKey' }),
    step('open', { kind: 'click' }),
    step('read', { kind: 'read', slot: 'endpoint' }, { optional: true }),
    step('compose', { kind: 'compose', slot: 'endpoint' }, { unlessSlot: 'endpoint' }),
    step('verify', { kind: 'send', slot: 'endpoint' }, { optional: true }),
    step('tf-open', { kind: 'click' }, { site: 'testfairy', phase: 'webhook' }),
    step('tf-url', { kind: 'fill', value: { slot: 'endpoint' } }, { site: 'testfairy', phase: 'webhook' }),
    step('tf-saved', { kind: 'match', slot: 'endpoint' }, { site: 'testfairy', phase: 'webhook' }),
    step('tf-name', { kind: 'fill', value: { setting: 'webhookName' } }, { site: 'testfairy', phase: 'webhook' }),
  ],
}
const nothing = () => false
const all = () => true

describe('recaptureFrom: where the guide goes back to when what the setup read is gone', () => {
  it.each<[string, number, (slot: string) => boolean, number | null]>([
    ['the endpoint gone on the TestFairy side: back to the start of the phase that read it', 6, nothing, 1],
    ['the same from the first TestFairy step (a later step needs it)', 5, nothing, 1],
    ['from the test feedback in Centercode', 4, nothing, 1],
    ['everything still held', 6, all, null],
    ['the endpoint held, only the API key gone (no step still to come needs it)', 6, (s) => s === 'endpoint', null],
    ['still to be read on the way (composing it: the page showed none)', 3, nothing, null],
    ['at the step that reads it', 2, nothing, null],
    ['before it was ever read', 1, nothing, null],
    ['nothing left that needs a slot', 8, nothing, null],
    ['the end of the setup', 9, nothing, null],
  ])('%s', (_what, from, held, expected) => {
    expect(recaptureFrom(flow, from, held)).toBe(expected)
  })

  it('goes back, unpaused, with the card’s word why on that step only; unchanged when nothing is lost', () => {
    const progress = { ...startProgress(flow), stepIndex: 6, paused: true }
    expect(recapture(progress, nothing)).toEqual({ ...progress, stepIndex: 1, paused: false, notice: { message: 'cardRecapture', step: 1 } })
    expect(recapture(progress, all)).toBe(progress)
  })

  it('the setup’s own flow: lost at TestFairy’s URL, back to the feedback types (the External Feedback Source’s first step)', () => {
    const setup = setupFlow()
    const at = setup.steps.findIndex((s) => s.id === 'tf-webhook-url')
    const to = recaptureFrom(setup, at, nothing)
    expect(to === null ? null : setup.steps[to]!.id).toBe('cc-open-feedback-types')
    // and the last step, the test feedback through what TestFairy now holds
    expect(recaptureFrom(setup, setup.steps.length - 1, nothing)).toBe(to)
  })
})

const plain = (id: string, unlessSlot?: string): Step => ({
  id, site: 'centercode', page: {}, action: { kind: 'click' }, message: 'm', done: [{ kind: 'clicked' }], ...(unlessSlot ? { unlessSlot } : {}),
})
// read the endpoint, or (when the page shows none) read its parts and put it together
const ways = { id: 'f', steps: [plain('read-endpoint'), plain('read-project', 'endpoint'), plain('read-source', 'endpoint'), plain('compose', 'endpoint'), plain('testfairy')] }
const at = (stepIndex: number) => ({ ...startProgress(ways), stepIndex })

describe('passOver', () => {
  it.each<[string, number, 1 | -1, string[], number]>([
    ['forward over the ways to a value already held', 1, 1, ['endpoint'], 4],
    ['back over them too', 3, -1, ['endpoint'], 0],
    ['nowhere when the value is missing', 1, 1, [], 1],
    ['nowhere from a step with no condition', 0, 1, ['endpoint'], 0],
    ['never past the start', 0, -1, ['endpoint'], 0],
    ['to the end of the flow, which counts as done', 4, 1, ['endpoint'], 4],
  ])('%s', (_what, from, direction, held, to) => {
    const progress = passOver(at(from), direction, (name) => held.includes(name))
    expect(progress.stepIndex).toBe(to)
  })

  it('stops past the last step', () => {
    const last = { id: 'g', steps: [plain('a'), plain('b', 'endpoint')] }
    expect(passOver({ ...startProgress(last), stepIndex: 1 }, 1, () => true).stepIndex).toBe(2)
  })
})
