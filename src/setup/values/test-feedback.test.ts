import { describe, expect, it } from 'vitest'
import messages from '../../../public/_locales/en/messages.json' with { type: 'json' }
import { outcomeMessageKey, outcomeOf, testFeedbackPayload, type TestOutcome } from './test-feedback'

describe('the test feedback', () => {
  it('is in TestFairy’s format and says it is a test in every field a person reads', () => {
    const payload = testFeedbackPayload(new Date(Date.UTC(2026, 10, 27, 9, 5, 3)))
    expect(payload).toMatchObject({ event: 'feedback', timestamp: '2026-11-27 09:05:03' })
    expect(String(payload.text)).toMatch(/^\[Test\]/)
    expect(String(payload.appName)).toMatch(/test/i)
    expect(String(payload.email)).toMatch(/\.invalid$/)
  })
})

describe('what Centercode answered', () => {
  it.each<[number | null, TestOutcome]>([
    [200, 'accepted'], [201, 'accepted'], [204, 'accepted'],
    [401, 'wrongKey'], [403, 'wrongKey'],
    [404, 'unknownSource'],
    [400, 'refused'], [405, 'refused'], [413, 'refused'], [429, 'refused'],
    [500, 'serverError'], [502, 'serverError'], [503, 'serverError'],
    [null, 'network'],
  ])('%s → %s', (status, outcome) => {
    expect(outcomeOf(status)).toBe(outcome)
  })
  it.each<TestOutcome>(['accepted', 'wrongKey', 'unknownSource', 'refused', 'serverError', 'network', 'noEndpoint'])('has words for %s', (outcome) => {
    expect(messages).toHaveProperty(outcomeMessageKey(outcome))
  })
})
