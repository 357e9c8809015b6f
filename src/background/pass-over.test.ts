import { describe, expect, it } from 'vitest'
import type { Step } from '../engine/step'
import { startProgress } from '../setup/progress'
import { passOver } from './pass-over'

const step = (id: string, unlessSlot?: string): Step => ({
  id, site: 'centercode', page: {}, action: { kind: 'click' }, message: 'm', done: [{ kind: 'clicked' }], ...(unlessSlot ? { unlessSlot } : {}),
})
// read the endpoint, or (when the page shows none) read its parts and put it together
const flow = { id: 'f', steps: [step('read-endpoint'), step('read-project', 'endpoint'), step('read-source', 'endpoint'), step('compose', 'endpoint'), step('testfairy')] }
const at = (stepIndex: number) => ({ ...startProgress(flow), stepIndex })

describe('passOver', () => {
  it.each<[string, number, 1 | -1, string[], number]>([
    ['forward over the ways to a value already held', 1, 1, ['endpoint'], 4],
    ['back over them too', 3, -1, ['endpoint'], 0],
    ['nowhere when the value is missing', 1, 1, [], 1],
    ['nowhere from a step with no condition', 0, 1, ['endpoint'], 0],
    ['never past the start', 0, -1, ['endpoint'], 0],
    ['to the end of the flow, which counts as done', 4, 1, ['endpoint'], 4],
  ])('%s', async (_what, from, direction, held, to) => {
    const progress = await passOver(at(from), direction, async (name) => held.includes(name))
    expect(progress.stepIndex).toBe(to)
  })

  it('stops past the last step', async () => {
    const last = { id: 'g', steps: [step('a'), step('b', 'endpoint')] }
    expect((await passOver({ ...startProgress(last), stepIndex: 1 }, 1, async () => true)).stepIndex).toBe(2)
  })
})
