// "Send a test feedback": one POST of a feedback in TestFairy's format to the endpoint, from the background
// (the only place that holds the endpoint), with nothing of the browser's attached: no cookies, no referrer,
// no redirects followed.
import { outcomeOf, testFeedbackPayload, type TestOutcome } from '../setup/values/test-feedback'

export const testTimeoutMs = 15_000

export async function sendTestFeedback(endpoint: string, fetchFn: typeof fetch = fetch, now = new Date()): Promise<TestOutcome> {
  try {
    const response = await fetchFn(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(testFeedbackPayload(now)),
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      redirect: 'error',
      cache: 'no-store',
      signal: AbortSignal.timeout(testTimeoutMs),
    })
    return outcomeOf(response.status)
  } catch {
    return outcomeOf(null)
  }
}
