// "Send a test feedback": a feedback in TestFairy's webhook format, plainly marked as a test, and what
// Centercode's answer means in words. Pure: no DOM, no browser APIs.

const pad = (n: number) => String(n).padStart(2, '0')

/** TestFairy's webhook timestamp: "YYYY-MM-DD HH:MM:SS", UTC. */
export function webhookTimestamp(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`
}

export const testFeedbackText = '[Test] Sent by the TestFairy–Centercode setup extension to check the connection. You can delete this feedback.'

/** The body the background POSTs: the fields TestFairy's feedback webhook carries, every one saying it is a test. */
export function testFeedbackPayload(now: Date = new Date()): Record<string, string | number> {
  return {
    event: 'feedback',
    timestamp: webhookTimestamp(now),
    appName: 'Connection test',
    version: '0.0',
    build: 0,
    email: 'connection-test@testfairy-centercode.invalid',
    rawDeviceName: 'TestFairy–Centercode setup extension',
    correlationId: 'connection-test',
    text: testFeedbackText,
  }
}

/** 'interrupted': sent, but the browser stopped the extension before Centercode's answer came back. */
export const testOutcomes = ['accepted', 'wrongKey', 'unknownSource', 'refused', 'serverError', 'network', 'noEndpoint', 'interrupted'] as const
export type TestOutcome = (typeof testOutcomes)[number]

/** What an HTTP status (or a failed request: null) from the endpoint means. */
export function outcomeOf(status: number | null): TestOutcome {
  if (status === null) return 'network'
  if (status >= 200 && status < 300) return 'accepted'
  if (status === 401 || status === 403) return 'wrongKey'
  if (status === 404) return 'unknownSource'
  if (status >= 500) return 'serverError'
  return 'refused'
}

/** The _locales key that says it: 'wrongKey' → 'testWrongKey'. */
export function outcomeMessageKey(outcome: TestOutcome): string {
  return `test${outcome.charAt(0).toUpperCase()}${outcome.slice(1)}`
}
