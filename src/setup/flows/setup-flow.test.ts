import { describe, expect, it } from 'vitest'
import { setupFlow } from './setup-flow'

const flow = setupFlow()

describe('the setup flow', () => {
  it('never needs "I\'ve done this": every step the person does has something to point at, or the page or the extension tells it', () => {
    // a click with no target could only be told done by the person's word on the card
    expect(flow.steps.filter((s) => s.action.kind === 'click' && !s.target).map((s) => s.id)).toEqual([])
    // every other step without a target is the extension's own work, or a card that only tells
    expect(flow.steps.filter((s) => !s.target).map((s) => s.action.kind)).toEqual(['compose', 'send', 'acknowledge', 'send'])
  })

  it('marks every step with its phase, in order: the API key, the External Feedback Source, the TestFairy webhook', () => {
    const order = flow.steps.map((s) => s.phase).filter((phase, i, all) => phase !== all[i - 1])
    expect(order).toEqual(['apiKey', 'source', 'webhook'])
  })
})
