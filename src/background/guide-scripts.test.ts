import { describe, expect, it } from 'vitest'
import type { Flow } from '../engine/step'
import { startProgress, type Progress } from '../setup/state/progress'
import { sameItems, wantedScripts } from './guide-scripts'

const flow: Flow = {
  id: 'test-setup',
  steps: [{ id: 'only', site: 'centercode', page: {}, target: null, action: { kind: 'click' }, message: 'm', done: [{ kind: 'click' }] }],
} as unknown as Flow
const at = (stepIndex: number, community = 'https://acme.centercode.com'): Progress => ({ ...startProgress(flow), stepIndex, community })
const testfairy = {
  id: 'guide-testfairy',
  js: ['content/testfairy.js'],
  matches: ['https://*.testfairy.com/*', 'https://mobile.saucelabs.com/*', 'https://mobile.eu-central-1.saucelabs.com/*'],
}
const centercode = { id: 'guide-centercode', js: ['content/centercode.js'], matches: ['https://acme.centercode.com/*'] }

describe('wantedScripts: what runs on the dashboards, only on the setup\'s own origins', () => {
  it.each<[string, Progress | null, string | null, unknown[]]>([
    ['no setup: nothing at all', null, null, []],
    ['a setup running: Centercode on its community only, TestFairy on any dashboard until phase 3 binds one', at(0), null, [testfairy, centercode]],
    ['TestFairy bound: on that dashboard only', { ...at(0), testfairy: 'https://globex.testfairy.com' }, null, [{ ...testfairy, matches: ['https://globex.testfairy.com/*'] }, centercode]],
    ['a Sauce-era data centre bound: on that one only', { ...at(0), testfairy: 'https://mobile.eu-central-1.saucelabs.com' }, null, [{ ...testfairy, matches: ['https://mobile.eu-central-1.saucelabs.com/*'] }, centercode]],
    ['a setup paused: still its guides (the card offers to resume)', { ...at(0), paused: true }, null, [testfairy, centercode]],
    ['a setup done: nothing', at(1), null, []],
    ['no community named (a seeded flow): no Centercode guide anywhere', { ...startProgress(flow), stepIndex: 0 }, null, [testfairy]],
    [
      'a community on its own domain, allowed: there only',
      at(0, 'https://beta.globex.example'),
      'https://beta.globex.example',
      [testfairy, { ...centercode, matches: ['https://beta.globex.example/*'] }],
    ],
    ['a community on its own domain, not allowed: no Centercode guide', at(0, 'https://beta.globex.example'), null, [testfairy]],
    ['a community on its own domain, allowed, setup done: nothing', at(1, 'https://beta.globex.example'), 'https://beta.globex.example', []],
  ])('%s', (_what, progress, allowed, expected) => {
    expect(wantedScripts(progress, allowed)).toEqual(expected)
  })
})

describe('sameItems: a registered script is the wanted one whatever order the browser hands its patterns back in', () => {
  it.each<[string[], string[] | undefined, boolean]>([
    [['https://*.testfairy.com/*', 'https://mobile.saucelabs.com/*'], ['https://mobile.saucelabs.com/*', 'https://*.testfairy.com/*'], true],
    [['https://acme.centercode.com/*'], ['https://acme.centercode.com/*'], true],
    [['https://*.testfairy.com/*', 'https://mobile.saucelabs.com/*'], ['https://*.testfairy.com/*'], false],
    [['https://*.testfairy.com/*'], ['https://globex.testfairy.com/*'], false],
    [['https://*.testfairy.com/*'], undefined, false],
  ])('%j and %j: %s', (a, b, same) => {
    expect(sameItems(a, b)).toBe(same)
  })
})
