import { describe, expect, it } from 'vitest'
import { setupFlow } from '../setup/flows/setup-flow'
import { parseProgress, startProgress } from '../setup/state/progress'
import { defaults } from '../setup/values/settings'
import { setupFlowOf } from './trusted-flow'

// The background asks about the same stored record at every message; what it remembers must never let a changed
// record through as the setup's own, nor keep a good one out.
describe('setupFlowOf', () => {
  const own = startProgress(setupFlow())
  const changed = structuredClone(own)
  changed.flow.steps[0]!.target = [{ by: 'css', selector: 'input' }]
  const otherSettings = { ...own, settings: { ...defaults, apiKeyName: 'TestFairy 2' } }
  // each record as storage gives it back: a new object each time, parsed
  const read = (record: unknown) => parseProgress(structuredClone(record))!
  it.each([
    ['the setup’s own flow', [own], ['own']],
    ['one finder changed, after the own flow was seen', [own, changed], ['own', 'foreign']],
    ['the own flow again after a changed one', [changed, own, changed], ['foreign', 'own', 'foreign']],
    ['the default flow under other settings (whose flow differs)', [own, otherSettings], ['own', 'foreign']],
    ['other settings with their own flow', [otherSettings, { ...otherSettings, flow: setupFlow(otherSettings.settings) }], ['foreign', 'own']],
  ] as const)('%s', (_what, records, verdicts) => {
    expect(records.map((record) => (setupFlowOf(read(record)) ? 'own' : 'foreign'))).toEqual(verdicts)
  })
})
