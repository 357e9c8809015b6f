// What the golden path leaves behind, checked after every walk that must end as it does (the golden path,
// faults, the hostile pages of the security walk).
import { expect } from 'vitest'
import { testFeedbackText } from '../../../src/setup/values/test-feedback'
import type { CentercodeState } from '../../dashboards/centercode/state'
import { servedHosts } from '../../dashboards/hosts'
import { defaultOptions } from '../../dashboards/options'
import type { TestFairyState } from '../../dashboards/testfairy/state'
import type { Rig } from './rig'
import type { Walk } from './walk-setup'

/**
 * What the golden path leaves behind: one Centercode webhook in TestFairy carrying the community's endpoint,
 * the three test feedbacks in the Centercode project (the extension's after phase 2, TestFairy's Test URL,
 * the extension's at the end), no secret left in the extension's storage, the panel done.
 */
export async function expectGoldenOutcome(
  rig: Rig,
  walk: Walk,
  /** 'again': TestFairy's form was opened again (a reload closed it) and its "Test URL" clicked again. */
  testUrl: 'once' | 'again' = 'once',
): Promise<void> {
  const communityHost = servedHosts.centercode
  const centercode = rig.dashboards.site(communityHost)!.state as CentercodeState
  const testfairy = rig.dashboards.site(servedHosts.testfairy)!.state as TestFairyState
  const key = centercode.apiKeys[0]!.key
  const projectKey = (defaultOptions.hosts[communityHost] as { projectKey: string }).projectKey
  const endpoint = `https://${communityHost}/api/v1/projects/${projectKey}/feedback/testfairy?apiKey=${key}`
  // the key and the source exactly as the defaults say, found without the person pointing at anything
  expect(centercode.apiKeys).toMatchObject([{ name: 'TestFairy', description: 'Lets TestFairy send user feedback to this community.' }])
  expect(Object.values(centercode.sources).flat()).toMatchObject([{ name: 'TestFairy', key: 'testfairy', status: 'New', elementParameters: { Summary: 'text', 'Steps to Reproduce': 'text' } }])
  expect(Object.keys((await walk.storage.local(['pointed'])).pointed ?? {}), 'targets the person had to point at').toEqual([])
  // one save of TestFairy's form, exactly these fields (the endpoint in its URL field), and the webhook it made
  const saves = testfairy.received.filter((r) => r.outcome === 'saved')
  expect(saves).toHaveLength(1)
  const { url, fields } = formSent(saves[0]!.fields)
  expect(url).toBe(endpoint)
  expect(fields).toEqual(currentWebhookFields)
  expect(testfairy.webhooks).toEqual([{ id: 1, integration: 'centercode', name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true }])
  // "Test URL", clicked where the spotlight showed it, delivered to the endpoint (again after a reload lost the form)
  expect(testfairy.testDeliveries.map((d) => d.url)).toEqual(testUrl === 'once' ? [endpoint] : [endpoint, endpoint])
  const summaries = centercode.feedback.map((f) => f.fields.Summary)
  const expected = [testFeedbackText, sampleText, testFeedbackText]
  if (testUrl === 'once') expect(summaries, `feedback in the Centercode project: ${JSON.stringify(summaries)}`).toEqual(expected)
  else expect(summaries.filter((s) => s !== sampleText), 'the extension’s test feedbacks').toEqual([testFeedbackText, testFeedbackText])
  expect((await walk.storage.session(['slots'])).slots ?? {}).toEqual({})
  await walk.panel.waitForSelector('[data-panel-status="done"]')
  // secret hygiene: the key (and so the endpoint) is nowhere in the extension's storage, in any card the
  // person saw, or in anything a page, the panel or (where the rig hears it) the background printed
  const stored = JSON.stringify([await walk.storage.local(null), await walk.storage.session(null)])
  expect(stored.includes(key), 'the API key in the extension’s storage').toBe(false)
  expect(walk.cards.length).toBeGreaterThan(10)
  expect(walk.cards.filter((card) => card.includes(key)), 'a card showing the API key').toEqual([])
  const background = walk.browser.backgroundConsole ? await walk.browser.backgroundConsole() : []
  expect(background.filter((line) => line.includes(key)), 'a background console line with the API key').toEqual([])
  for (const page of walk.pages) expect(page.console().filter((line) => line.includes(key)), 'a console line with the API key').toEqual([])
}

export const sampleText = 'This is a test feedback sent by TestFairy to check your webhook.'

/** What the current generation's Centercode form sends besides its URL, as the setup fills it. */
export const currentWebhookFields = { 'webhook-name': 'Centercode', 'webhook-status': 'active', actions: 'feedback', 'all-projects': 'true', integration: 'centercode' }

/** A webhook form as TestFairy received it: the URL (each generation names its field its own way), and the rest but the CSRF token. */
export function formSent(received: Record<string, string>): { url: string | undefined; fields: Record<string, string> } {
  const { csrfmiddlewaretoken: _csrf, url, 'webhook-url': webhookUrl, ...fields } = received
  return { url: url ?? webhookUrl, fields }
}
