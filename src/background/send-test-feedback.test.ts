// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import { sendTestFeedback } from './send-test-feedback'

const endpoint = 'https://acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=Skel0123456789abcdef0123456789abcdef'

describe('sendTestFeedback', () => {
  it('POSTs the test feedback as JSON, with no cookies, referrer or redirects', async () => {
    const fetchFn = vi.fn(async () => new Response('{}', { status: 200 }))
    await expect(sendTestFeedback(endpoint, fetchFn as unknown as typeof fetch)).resolves.toBe('accepted')
    const [url, init] = fetchFn.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe(endpoint)
    expect(init).toMatchObject({ method: 'POST', credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'error', headers: { 'content-type': 'application/json' } })
    expect(JSON.parse(String(init.body))).toMatchObject({ event: 'feedback', text: expect.stringMatching(/^\[Test\]/) })
  })
  it.each([
    [401, 'wrongKey'],
    [404, 'unknownSource'],
    [503, 'serverError'],
  ])('reads %i as %s', async (status, outcome) => {
    await expect(sendTestFeedback(endpoint, (async () => new Response('{}', { status })) as unknown as typeof fetch)).resolves.toBe(outcome)
  })
  it('reads a failed request as a network error', async () => {
    await expect(sendTestFeedback(endpoint, (async () => { throw new TypeError('Failed to fetch') }) as unknown as typeof fetch)).resolves.toBe('network')
  })
})
