// Bad input through the panel, as a person types or pastes it, in each browser: every community address,
// settings value and endpoint below is refused with the words for what is wrong, and nothing is stored. The domain's own tables
// (src/setup/values/*.test.ts) pin each input's problem; this proves the person sees it and nothing is half-saved.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import messages from '../../public/_locales/en/messages.json' with { type: 'json' }
import { communityOrigin } from '../../src/setup/values/community'
import type { SettingName } from '../../src/setup/values/defaults'
import { checkEndpoint } from '../../src/setup/values/endpoint'
import { checkSettings, defaults } from '../../src/setup/values/settings'
import { selectedBrowsers, type TestBrowser, type TestPage } from './rig/browser'
import { extensionStorage } from './rig/guide-page'
import { launchBrowser, startRig, type Rig } from './rig/rig'

const community = 'https://acme.centercode.com'
const key = `Skel${'0123456789abcdef'.repeat(2)}`
const good = `${community}/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=${key}`

/** Community addresses a person might type or paste. */
export const badCommunities: readonly string[] = [
  ' ',
  'acme beta',
  'http://acme.centercode.com',
  'ftp://acme.centercode.com',
  'javascript:alert(1)',
  'data:text/html,<b>hi</b>',
  'file:///etc/passwd',
  'https://www.centercode.com',
  'https://centercode.com',
  'https://a.b.centercode.com',
  'https://acme.centercode.com.evil.example',
  'acme-centercode.com',
  'https://centercode-login.net',
  'https://app.testfairy.com',
  'https://xn--cntercode-z7a.com',
  'https://acme.cеntercode.com',
  'https://user@acme.centercode.com',
  'https://user:pw@beta.acme.io',
  'https://acme.centercode.com:8443',
  'https://127.0.0.1',
  'https://[::1]',
  'https://intranet',
  `https://${'a'.repeat(70)}.centercode.com`,
  'acme\u0000.centercode.com',
  'acme\t.centercode.com', // a line break would be dropped by the field itself
]

/** Endpoints a person might paste for the community above. */
export const badEndpoints: readonly string[] = [
  '   ',
  good.replace('https:', 'http:'),
  good.replace('https://', 'ftp://'),
  `javascript:fetch('${good}')`,
  good.replace('acme.centercode.com', 'initech.centercode.com'),
  good.replace('acme.centercode.com', 'acme.centercode.com.evil.example'),
  good.replace('acme.centercode.com', 'acme.xn--cntercode-z7a.com'),
  good.replace('https://', 'https://user:pw@'),
  good.replace('acme.centercode.com', 'acme.centercode.com:8443'),
  `${good}#fragment`,
  `${good}&apiKey=${key}`,
  good.replace(`?apiKey=${key}`, ''),
  good.replace(`apiKey=${key}`, 'apiKey='),
  good.replace(key, '{API_KEY}'),
  good.replace(key, 'short'),
  `${good}&debug=1`,
  good.replace('/api/v1/', '/api/v2/'),
  good.replace('AcmeBeta', 'Acme Beta'),
  good.replace('testfairy?', 'test%2Ffairy?'),
  `${good}${'x'.repeat(2100)}`,
  `${good.slice(0, 30)}\u0007${good.slice(30)}`,
  `${good.slice(0, 30)}\u200B${good.slice(30)}`,
  `${good.slice(0, 40)} ${good.slice(40)}`,
  'acme.centercode.com/api/v1/projects/AcmeBeta/feedback/testfairy',
  'not a url at all',
]

/** Settings values a person might type: empty, too long, control characters, keys Centercode refuses. */
export const badSettings: readonly [SettingName, string][] = [
  ['apiKeyName', ''],
  ['apiKeyName', '    '],
  ['apiKeyName', 'T'.repeat(51)],
  ['apiKeyName', 'Test\u0007Fairy'],
  ['apiKeyDescription', 'd'.repeat(201)],
  ['sourceName', ''],
  ['sourceName', 'S'.repeat(101)],
  ['sourceKey', ''],
  ['sourceKey', 'test fairy'],
  ['sourceKey', 'testfairy!'],
  ['sourceKey', '-testfairy'],
  ['sourceKey', 'tést'],
  ['sourceKey', 'a/b'],
  ['sourceKey', 'k'.repeat(65)],
  ['webhookName', ''],
  ['webhookName', 'W'.repeat(101)],
  ['webhookName', 'Centercode\u0000'],
]

function words(messageKey: string, substitutions: string[] = []): string {
  const entry = (messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>)[messageKey]
  if (!entry) throw new Error(`no message ${messageKey}`)
  let text = entry.message
  for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
    const index = Number(content.replace('$', '')) - 1
    text = text.replaceAll(`$${name.toUpperCase()}$`, substitutions[index] ?? '')
  }
  return text
}

describe.each(selectedBrowsers())('%s: bad input', (name) => {
  let rig: Rig
  let browser: TestBrowser
  let panel: TestPage
  beforeAll(async () => {
    rig = await startRig()
    browser = await launchBrowser(name, rig)
    panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
    // the person types into the panel in front (a tab behind another gets no animation frames: every click
    // would wait out its actionability checks)
    await panel.bringToFront()
  })
  afterAll(async () => {
    await browser?.close()
    await rig?.close()
  })

  it(`refuses ${badCommunities.length} community addresses, each with what is wrong, and starts nothing`, async () => {
    for (const input of badCommunities) {
      const check = communityOrigin(input)
      expect(check.ok, input).toBe(false)
      if (check.ok) continue
      await panel.paste('#community', input)
      await panel.click('[data-action="start"]')
      await expect.poll(() => panel.text('#start-problem'), { timeout: 5_000, message: JSON.stringify(input) }).toBe(words(check.messageKey))
      expect((await extensionStorage(panel).local(['progress'])).progress, input).toBeUndefined()
      // editing the address takes the old message away: the next message is the next input's own
      await panel.paste('#community', '')
      await expect.poll(() => panel.evaluate(() => document.querySelector('#start-problem') === null)).toBe(true)
    }
  }, 120_000)

  it(`refuses ${badSettings.length} settings values, each with what is wrong, and saves nothing`, async () => {
    const storage = extensionStorage(panel)
    await panel.click('.settings summary')
    for (const [field, input] of badSettings) {
      const check = checkSettings({ ...defaults, [field]: input })
      expect(check.ok, `${field}: ${input}`).toBe(false)
      if (check.ok) continue
      await panel.paste(`#setting-${field}`, input)
      await panel.click('.settings button[type="submit"]')
      await expect.poll(() => panel.text(`#error-${field}`).catch(() => ''), { timeout: 5_000, message: `${field}: ${JSON.stringify(input)}` }).toBe(words(check.errors[field]!))
      expect((await storage.local(['settings'])).settings, `${field}: ${input}`).toBeUndefined()
      await panel.paste(`#setting-${field}`, defaults[field])
    }
    // and a good value is kept, to show the form is not refusing everything
    await panel.paste('#setting-sourceKey', 'crash_log-2')
    await panel.click('.settings button[type="submit"]')
    await expect.poll(async () => ((await storage.local(['settings'])).settings as { sourceKey?: string } | undefined)?.sourceKey).toBe('crash_log-2')
  }, 120_000)

  it(`refuses ${badEndpoints.length} pasted endpoints, each with what is wrong, and keeps nothing`, async () => {
    const storage = extensionStorage(panel)
    // a setup for the community, started as a person does
    await panel.paste('#community', 'acme')
    await panel.click('[data-action="start"]')
    await expect.poll(async () => ((await storage.local(['progress'])).progress as { community?: string } | undefined)?.community).toBe(community)
    // the community's tab opens in front; a panel behind it gets its timers slowed (Chromium: 2 s an answer):
    // once that tab is there (it may come after the progress), the person goes back to the panel
    await browser.findPage(community)
    await panel.bringToFront()
    await panel.click('.endpoint details summary')
    for (const input of badEndpoints) {
      const check = checkEndpoint(input.trim(), community)
      expect(check.ok, input).toBe(false)
      if (check.ok) continue
      await panel.paste('#pasted', input)
      await panel.click('.endpoint button[type="submit"]')
      await expect.poll(() => panel.text('#paste-error'), { timeout: 5_000, message: JSON.stringify(input) }).toBe(words(check.messageKey, ['acme.centercode.com']))
      expect((await storage.session(['slots'])).slots ?? {}, input).toEqual({})
      expect(((await storage.local(['progress'])).progress as { stepIndex: number }).stepIndex, input).toBe(0)
      await panel.paste('#pasted', '')
      await expect.poll(() => panel.evaluate(() => document.querySelector('#paste-error') === null)).toBe(true)
    }
    // and the good one is kept, to show the table is not refusing everything
    await panel.paste('#pasted', good)
    await panel.click('.endpoint button[type="submit"]')
    await expect.poll(async () => ((await storage.session(['slots'])).slots as Record<string, string> | undefined)?.endpoint).toBe(good)
  }, 120_000)
})
