import { describe, expect, it } from 'vitest'
import { setupFlow } from '../setup/flows/setup-flow'
import { startProgress } from '../setup/state/progress'
import { guideStateOf } from './guide-state'

const good = { ...startProgress(setupFlow()), stepIndex: 3 }

describe('guideStateOf: the progress a tab reads, by its shape', () => {
  it('takes what the background writes', () => {
    expect(guideStateOf(good)).toBe(good)
    expect(guideStateOf({ ...good, stepIndex: good.flow.steps.length })).not.toBeNull()
    expect(guideStateOf({ ...good, cannot: { message: 'tfAppDistribution', step: 3 } })).not.toBeNull()
  })
  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'step 3'],
    ['another version', { ...good, version: 2 }],
    ['no flow', { ...good, flow: undefined }],
    ['steps not a list', { ...good, flow: { id: 'f', steps: 'x' } }],
    ['a step without an action', { ...good, flow: { id: 'f', steps: [{ id: 'a', site: 'testfairy', done: [] }] } }],
    ['a step that is not an object', { ...good, flow: { id: 'f', steps: [null] } }],
    ['a fractional step', { ...good, stepIndex: 1.5 }],
    ['a negative step', { ...good, stepIndex: -1 }],
    ['past the end', { ...good, stepIndex: good.flow.steps.length + 1 }],
    ['paused not a boolean', { ...good, paused: 'no' }],
    ['a "cannot" without its words', { ...good, cannot: { step: 3 } }],
    ['a "cannot" that is a string', { ...good, cannot: 'tfAppDistribution' }],
  ])('refuses %s', (_what, value) => {
    expect(guideStateOf(value)).toBeNull()
  })
})
