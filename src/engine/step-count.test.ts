// The card's counter on the setup's own flow: per phase, over the steps the person sees.
import { describe, expect, it } from 'vitest'
import { setupFlow } from '../setup/flows/setup-flow'
import { stepCount } from './step-count'

const flow = setupFlow()
const at = (id: string) => {
  const i = flow.steps.findIndex((s) => s.id === id)
  if (i < 0) throw new Error(`no step ${id}`)
  return stepCount(flow, i)
}

describe('stepCount', () => {
  it('prints the common way of each phase (a reviewer reads it against the flow)', () => {
    const ways = ['apiKey', 'source', 'webhook'].map((phase) => {
      const steps = flow.steps.map((s, i) => [s, i] as const).filter(([s]) => s.phase === phase)
      const counts = steps.map(([s, i]) => `${s.id} ${stepCount(flow, i).current}/${stepCount(flow, i).total}`)
      return `${phase}: ${counts.join(', ')}`
    })
    expect(ways.join('\n')).toMatchSnapshot()
  })

  it.each([
    // step, counter, why
    ['tf-open-preferences', '1/11', 'the webhook phase starts at one'],
    ['tf-existing-webhook', '3/11', 'a step only some pages have: where the common way has come to'],
    ['tf-edit-webhook', '4/11', 'a branch a choice leads to: the same'],
    ['tf-event-feedback', '4/11', 'the form’s first field'],
    ['tf-confirm-saved', '10/11', 'the saved webhook'],
    ['tf-already-set-up', '11/11', 'passed by the match that holds'],
    ['tf-verify', '11/11', 'the last'],
  ])('%s: %s (%s)', (id, expected) => {
    const { current, total } = at(id)
    expect(`${current}/${total}`).toBe(expected)
  })

  it('a flow without phases counts every step', () => {
    const plain = { id: 'plain', steps: [1, 2, 3].map((n) => ({ id: `s${n}`, site: 'testfairy' as const, page: {}, action: { kind: 'click' as const }, message: 'm', done: [{ kind: 'clicked' as const }] })) }
    expect([0, 1, 2, 3].map((i) => stepCount(plain, i))).toEqual([
      { current: 1, total: 3 },
      { current: 2, total: 3 },
      { current: 3, total: 3 },
      { current: 3, total: 3 },
    ])
  })
})
