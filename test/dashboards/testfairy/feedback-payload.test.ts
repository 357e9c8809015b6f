import { describe, expect, it } from 'vitest'
import { sampleFeedbackPayload, webhookTimestamp } from './feedback-payload'

describe('sample feedback payload', () => {
  it('has exactly the fields of a TestFairy feedback webhook', () => {
    const payload = sampleFeedbackPayload(new Date(Date.UTC(2015, 6, 1, 17, 21, 0)))
    expect(Object.keys(payload).sort()).toEqual(
      [
        'event', 'timestamp', 'version', 'build', 'appName', 'filesize', 'buildUrl', 'iconUrl', 'sessionUrl',
        'screenshotUrl', 'correlationId', 'email', 'rawDeviceName', 'ipAddress', 'text',
      ].sort(),
    )
    expect(payload).toMatchObject({ event: 'feedback', timestamp: '2015-07-01 17:21:00', version: '1.0', build: 1, correlationId: 'user-95' })
    expect(typeof payload.filesize).toBe('number')
    for (const key of ['buildUrl', 'iconUrl', 'sessionUrl', 'screenshotUrl'] as const) {
      expect(new URL(payload[key]).origin).toBe('https://app.testfairy.com')
    }
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload)
  })

  it('formats timestamps as YYYY-MM-DD HH:MM:SS in UTC', () => {
    expect(webhookTimestamp(new Date(Date.UTC(2026, 0, 9, 3, 4, 5)))).toBe('2026-01-09 03:04:05')
    expect(sampleFeedbackPayload().timestamp).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })
})
