import { describe, expect, it } from 'vitest'
import type { Flow } from '../../engine/step'
import { applyChoice, applyCommand, applyMatch, currentStep, parseProgress, startProgress, type StepCommand } from './progress'

const flow: Flow = {
  id: 'test-flow',
  steps: ['one', 'two', 'three'].map((id) => ({
    id, site: 'testfairy', page: {}, action: { kind: 'click' }, message: 'msg', done: [{ kind: 'clicked' }],
  })),
}

describe('applyCommand', () => {
  it.each<[StepCommand, number, number, boolean, number, boolean]>([
    // command, stepIndex before, from, paused before, stepIndex after, paused after
    ['advance', 0, 0, false, 1, false],
    ['advance', 2, 2, false, 3, false],
    ['advance', 3, 3, false, 3, false], // finished: nothing to advance
    ['skip', 1, 1, false, 2, false],
    ['back', 1, 1, false, 0, false],
    ['back', 0, 0, false, 0, false],
    ['pause', 1, 1, false, 1, true],
    ['resume', 1, 1, true, 1, false],
    ['advance', 1, 1, true, 2, false], // acting un-pauses
    // a tab that saw an older step changes nothing
    ['advance', 2, 1, false, 2, false],
    ['back', 2, 1, false, 2, false],
    ['pause', 2, 0, false, 2, false],
  ])('%s at step %i (sent from %i, paused %s) → step %i, paused %s', (command, index, from, paused, nextIndex, nextPaused) => {
    const next = applyCommand({ ...startProgress(flow), stepIndex: index, paused }, command, from)
    expect([next.stepIndex, next.paused]).toEqual([nextIndex, nextPaused])
  })
})

describe('applyCommand: "Do it for me"', () => {
  it.each<[string, StepCommand, boolean, boolean, boolean, boolean]>([
    // command, auto before, paused before → auto after, paused after
    ['"Do the rest for me"', 'auto', false, false, true, false],
    ['"Do the rest for me", paused', 'auto', false, true, true, false],
    ['handed to the person', 'manual', true, false, false, false],
    ['a pause stops it too', 'pause', true, false, false, true],
    ['moving on keeps it', 'advance', true, false, true, false],
  ])('%s', (_what, command, auto, paused, nextAuto, nextPaused) => {
    const next = applyCommand({ ...startProgress(flow), stepIndex: 1, paused, auto }, command, 1)
    expect([next.auto === true, next.paused, next.stepIndex]).toEqual([nextAuto, nextPaused, command === 'advance' ? 2 : 1])
  })
  it('a tab that saw an older step changes nothing', () => {
    const progress = { ...startProgress(flow), stepIndex: 2, auto: true }
    expect(applyCommand(progress, 'manual', 1)).toBe(progress)
  })
})

describe('applyCommand: back to an earlier step whose work the page lost', () => {
  const mixed: Flow = { id: 'mixed', steps: [...flow.steps, { ...flow.steps[0]!, id: 'four', site: 'centercode' }, { ...flow.steps[0]!, id: 'five', site: 'centercode' }] }
  const long: Flow = { id: 'long', steps: Array.from({ length: 20 }, (_, i) => ({ ...flow.steps[0]!, id: `s${i}` })) }
  it.each<[string, Flow, number, number, number]>([
    // flow, current step, to → step after
    ['two steps back on the same site', flow, 2, 0, 0],
    ['not forward', flow, 1, 2, 1],
    ['not to itself', flow, 1, 1, 1],
    ['not over a step of the other site', mixed, 4, 2, 4],
    ['on the other site itself', mixed, 4, 3, 3],
    ['not further than a form’s worth (16)', long, 18, 1, 18],
    ['at most a form’s worth', long, 18, 2, 2],
  ])('%s', (_what, f, index, to, after) => {
    expect(applyCommand({ ...startProgress(f), stepIndex: index }, 'back', index, to).stepIndex).toBe(after)
  })
})

describe('parseProgress', () => {
  it('accepts a started flow and knows its current step', () => {
    const progress = parseProgress(JSON.parse(JSON.stringify(startProgress(flow))))
    expect(currentStep(progress)?.id).toBe('one')
  })
  it.each([
    ['nothing', undefined],
    ['a step past the end', { ...startProgress(flow), stepIndex: 4 }],
    ['a negative step', { ...startProgress(flow), stepIndex: -1 }],
    ['another version', { ...startProgress(flow), version: 2 }],
    ['a flow with no steps', { ...startProgress(flow), flow: { id: 'x', steps: [] } }],
    ['a step with an unknown action', { ...startProgress(flow), flow: { id: 'x', steps: [{ ...flow.steps[0], action: { kind: 'run', code: 'x' } }] } }],
    ['a finder with an unknown key', { ...startProgress(flow), flow: { id: 'x', steps: [{ ...flow.steps[0], target: [{ by: 'css', selector: 'a', eval: 1 }] }] } }],
  ])('refuses %s', (_what, value) => {
    expect(parseProgress(value)).toBeNull()
  })
  it('checks a record again once it changed, though it is the same object (the last one checked is kept by its text)', () => {
    const value = JSON.parse(JSON.stringify(startProgress(flow))) as { stepIndex: number }
    expect(parseProgress(value)?.stepIndex).toBe(0)
    value.stepIndex = 4
    expect(parseProgress(value)).toBeNull()
    value.stepIndex = 1
    expect(parseProgress(value)?.stepIndex).toBe(1)
  })
})

describe('applyChoice', () => {
  const choosing: Flow = {
    id: 'choosing',
    steps: [
      { id: 'existing-key', site: 'centercode', page: {}, action: { kind: 'choose', choices: [{ message: 'reuse', goto: 'phase-two' }, { message: 'new' }] }, message: 'm', done: [{ kind: 'value' }] },
      { id: 'create-key', site: 'centercode', page: {}, action: { kind: 'click' }, message: 'm', done: [{ kind: 'clicked' }] },
      { id: 'phase-two', site: 'centercode', page: {}, action: { kind: 'click' }, message: 'm', done: [{ kind: 'clicked' }] },
      { id: 'back-to-start', site: 'centercode', page: {}, action: { kind: 'choose', choices: [{ message: 'again', goto: 'existing-key' }, { message: 'on' }] }, message: 'm', done: [{ kind: 'value' }] },
    ],
  }
  it.each([
    // stepIndex, from, choice → stepIndex after
    [0, 0, 0, 2], // reuse: jump to phase two
    [0, 0, 1, 1], // new: the next step
    [0, 0, 2, 0], // no such choice
    [1, 0, 0, 1], // stale: another tab moved on
    [1, 1, 0, 1], // not a choosing step
    [3, 3, 0, 3], // a choice may only lead forward
    [3, 3, 1, 4],
  ])('at %i, from %i, choice %i → %i', (stepIndex, from, choice, expected) => {
    expect(applyChoice({ ...startProgress(choosing), stepIndex }, from, choice).stepIndex).toBe(expected)
  })
})

describe('a match', () => {
  const step = (id: string, action: Flow['steps'][number]['action']): Flow['steps'][number] => ({
    id, site: 'testfairy', page: {}, action, message: 'm', done: [{ kind: 'value' }],
  })
  const matching: Flow = {
    id: 'matching',
    steps: [
      step('existing', { kind: 'match', slot: 'endpoint', same: 'already', different: [{ message: 'edit', goto: 'save' }, { message: 'add' }] }),
      step('add', { kind: 'click' }),
      step('save', { kind: 'match', slot: 'endpoint' }),
      step('saved', { kind: 'acknowledge' }),
      step('already', { kind: 'acknowledge' }),
    ],
  }
  const at = (stepIndex: number) => ({ ...startProgress(matching), stepIndex })
  it.each([
    ['the same value: on to its `same` step', 0, 0, 4],
    ['no `same`: the next step', 2, 2, 3],
    ['stale', 1, 0, 1],
    ['not a match step', 1, 1, 1],
  ])('%s', (_what, stepIndex, from, expected) => {
    expect(applyMatch(at(stepIndex), from).stepIndex).toBe(expected)
  })
  it('offers a match step’s choices for another value', () => {
    expect(applyChoice(at(0), 0, 0).stepIndex).toBe(2)
    expect(applyChoice(at(0), 0, 1).stepIndex).toBe(1)
  })
})

describe('going where the page shows the setup stands', () => {
  const step = (id: string, site: 'centercode' | 'testfairy' = 'centercode'): Flow['steps'][number] => ({
    id, site, page: {}, action: { kind: 'click' }, message: 'm', done: [{ kind: 'clicked' }],
  })
  const flow: Flow = { id: 'going', steps: [step('open'), step('create'), step('submit'), step('read'), step('open-tf', 'testfairy'), step('save', 'testfairy')] }
  const at = (stepIndex: number) => ({ ...startProgress(flow), stepIndex })
  it.each([
    ['forward, over steps of the same site', 0, 3, 3],
    ['to the next step', 1, 2, 2],
    ['never back (a page that lost work goes back by `back`)', 3, 1, 3],
    ['never to itself', 2, 2, 2],
    ['never onto the other site', 2, 4, 2],
    ['never past the end', 4, 6, 4],
    ['nowhere without a step to go to', 1, undefined, 1],
  ] as const)('%s', (_what, stepIndex, to, expected) => {
    expect(applyCommand(at(stepIndex), 'go', stepIndex, to).stepIndex).toBe(expected)
  })
  it('is stale when another tab moved the setup first', () => {
    expect(applyCommand(at(2), 'go', 1, 3).stepIndex).toBe(2)
  })
  // a form's fields and its button (`page.when`: the form), then the page its Submit brings
  const form = [{ by: 'label', text: 'Team' }] as const
  const field = (id: string): Flow['steps'][number] => ({ ...step(id), page: { when: [...form] }, action: { kind: 'fill', value: { literal: 'x' } }, done: [{ kind: 'value' }] })
  const formFlow: Flow = { id: 'form', steps: [step('create'), field('name'), field('key'), { ...step('submit'), page: { when: [...form] } }, step('read'), step('compose')] }
  const inForm = (stepIndex: number) => ({ ...startProgress(formFlow), stepIndex })
  it.each([
    ['the person sent the form as the guide filled its next field: past its button', 2, 1, 4, 4],
    ['from its first field, the setup at its button', 3, 1, 4, 4],
    ['not from before the form (a step of its own page moved on)', 2, 0, 4, 2],
    ['not past a step after the form', 2, 1, 5, 2],
    ['not when the setup is already there', 4, 1, 4, 4],
    ['not when the setup is past it', 5, 1, 4, 5],
  ] as const)('a form sent: %s', (_what, stepIndex, from, to, expected) => {
    expect(applyCommand(inForm(stepIndex), 'go', from, to).stepIndex).toBe(expected)
  })
  it.each([
    ['out of it, to what opened it: its answer is what came', 3, 0, 3],
    ['to a field of it that the page emptied (its errors, shown again)', 3, 1, 1],
  ] as const)('a form sent, a tab asks to go back %s', (_what, sentStep, to, expected) => {
    expect(applyCommand({ ...inForm(sentStep), sent: sentStep }, 'back', sentStep, to).stepIndex).toBe(expected)
    // not sent: a page that lost the form goes back to what opened it
    expect(applyCommand(inForm(sentStep), 'back', sentStep, to).stepIndex).toBe(to)
  })
  it('a form sent still moves only by `go` (an advance from a field passed is stale)', () => {
    expect(applyCommand(inForm(2), 'advance', 1).stepIndex).toBe(2)
  })
})
