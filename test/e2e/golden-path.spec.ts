// The golden path, production build, fresh profile, in each browser: the person has their Centercode
// community open, clicks "Start setup" in the panel, then only what the spotlight shows (and the cards'
// buttons), and ends with TestFairy's feedback arriving in the Centercode project. Prints what it took.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { servedHosts } from '../dashboards/hosts'
import { selectedBrowsers, type TestBrowser } from './rig/browser'
import { launchBrowser, startRig, type Rig } from './rig/rig'
import { axeViolations, type AxeViolation } from './rig/axe'
import { expectGoldenOutcome } from './rig/golden-outcome'
import { overlayHost } from './rig/guide-page'
import { walkSetup } from './rig/walk-setup'

describe.each(selectedBrowsers())('%s: the golden path', (name) => {
  let rig: Rig
  let browser: TestBrowser
  beforeEach(async () => {
    rig = await startRig({ renderDelayMs: 200 })
    browser = await launchBrowser(name, rig)
  })
  afterEach(async () => {
    await browser?.close()
    await rig?.close()
  })

  it('"Start setup" → Centercode → TestFairy → the test feedback in Centercode, typing nothing', async () => {
    // the panel finds the community from the open tab: nothing to type; axe looks at the card of every step
    const found: (AxeViolation & { step: string })[] = []
    const walk = await walkSetup(browser, {
      onStep: async (index, page, flow) => {
        await page.waitForSelector(overlayHost)
        found.push(...(await axeViolations(page, overlayHost)).map((v) => ({ ...v, step: flow.steps[index]!.id })))
      },
    })
    await expectGoldenOutcome(rig, walk)
    expect(found, 'accessibility violations in the card').toEqual([])
    expect(await axeViolations(walk.panel), 'accessibility violations in the panel, done').toEqual([])
    // the summary: what was made, and that Centercode accepted the last test feedback
    const { panel, effort } = walk
    await panel.waitForSelector('[data-summary] [data-test-outcome="accepted"]')
    expect(await panel.text('[data-summary] dl')).toContain(servedHosts.centercode)
    await panel.waitForSelector(`[data-summary] a[href="https://${servedHosts.testfairy}"]`)
    expect(effort.keystrokes).toBe(0)
    console.log(`golden path (${name}): ${effort.clicks} clicks, ${effort.keystrokes} keystrokes`)
  }, 180_000)

  it('the same with the keyboard alone: Tab and Enter in the panel, Alt+Shift+G, Tab and Enter on the dashboards', async () => {
    const walk = await walkSetup(browser, { keyboard: true })
    await expectGoldenOutcome(rig, walk)
    await walk.panel.waitForSelector('[data-summary] [data-test-outcome="accepted"]')
    expect(walk.effort.clicks).toBe(0)
    console.log(`golden path with the keyboard (${name}): ${walk.effort.keystrokes} keys`)
  }, 180_000)
})
