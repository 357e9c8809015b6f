// The sample feedback "Test URL" sends, in TestFairy's webhook payload format (dashboards.md).

export interface FeedbackPayload {
  event: 'feedback'
  /** "YYYY-MM-DD HH:MM:SS", UTC. */
  timestamp: string
  version: string
  build: number
  appName: string
  filesize: number
  buildUrl: string
  iconUrl: string
  sessionUrl: string
  screenshotUrl: string
  correlationId: string
  email: string
  rawDeviceName: string
  ipAddress: string
  text: string
}

const pad = (n: number) => String(n).padStart(2, '0')

export function webhookTimestamp(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(
    date.getUTCMinutes(),
  )}:${pad(date.getUTCSeconds())}`
}

/** A sample feedback, as TestFairy's "Test URL" sends it; links point at app.testfairy.com. */
export function sampleFeedbackPayload(now: Date = new Date()): FeedbackPayload {
  const base = 'https://app.testfairy.com'
  return {
    event: 'feedback',
    timestamp: webhookTimestamp(now),
    version: '1.0',
    build: 1,
    appName: 'Sample App',
    filesize: 4_718_592,
    buildUrl: `${base}/projects/1000-sample-app/builds/2000`,
    iconUrl: `${base}/projects/1000-sample-app/builds/2000/icon.png`,
    sessionUrl: `${base}/projects/1000-sample-app/builds/2000/sessions/3000`,
    screenshotUrl: `${base}/projects/1000-sample-app/builds/2000/sessions/3000/feedback/1/screenshot.png`,
    correlationId: 'user-95',
    email: 'tester@example.com',
    rawDeviceName: 'samsung - SM-G991B',
    ipAddress: '192.0.2.10',
    text: 'This is a test feedback sent by TestFairy to check your webhook.',
  }
}
