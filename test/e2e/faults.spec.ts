// Faults a browser brings on its own, injected at every step of the golden path; after each, the setup must
// end exactly as the golden path does. Production build, fresh profile, each browser where it allows.
import { afterEach, describe, expect, it } from 'vitest'
import { selectedBrowsers, type LaunchOptions, type TestBrowser, type TestPage } from './rig/browser'
import { launchBrowser, startRig, type Rig } from './rig/rig'
import { expectGoldenOutcome, walkSetup } from './rig/walk-setup'

/** Firefox suspends an idle event page after this long here (30 s by default): the closest it has to a stop. */
const firefoxIdleMs = 500

describe.each(selectedBrowsers())('%s: faults at every step', (name) => {
  let rig: Rig | undefined
  let browser: TestBrowser | undefined
  const launch = async (options: LaunchOptions = {}) => {
    rig = await startRig({ renderDelayMs: 200 })
    browser = await launchBrowser(name, rig, options)
    return { rig, browser }
  }
  afterEach(async () => {
    await browser?.close()
    await rig?.close()
    browser = undefined
    rig = undefined
  })

  it('the background stopped before every step', async () => {
    const { rig, browser } = await launch(name === 'firefox' ? { backgroundIdleMs: firefoxIdleMs } : {})
    let faults = 0
    const walk = await walkSetup(browser, {
      onStep: async () => {
        if (browser.stopBackground) await browser.stopBackground()
        // Firefox: left idle long enough to be suspended
        else await new Promise((resolve) => setTimeout(resolve, firefoxIdleMs * 3))
        faults++
      },
    })
    await expectGoldenOutcome(rig, walk)
    if (browser.backgroundStarts) {
      // each stop really stopped it (stopBackground waits to see it), and it started again, as needed
      expect(browser.backgroundStarts()).toBeGreaterThan(faults / 2)
    }
    const how = browser.backgroundStarts ? `stopped ${faults} times, started ${browser.backgroundStarts()} times` : `left idle ${faults} times for 3 × its ${firefoxIdleMs} ms suspend timeout`
    console.log(`faults (${name}): background ${how}; setup completed`)
  }, 300_000)

  it('the page reloaded at every step', async () => {
    const { rig, browser } = await launch()
    const reloaded = new Set<TestPage>()
    // once per step: the guide may go back to redo what a reload undid, and that must not be undone again
    const seen = new Set<number>()
    const walk = await walkSetup(browser, {
      onStep: async (index, page) => {
        if (seen.has(index)) return
        seen.add(index)
        await page.reload()
        reloaded.add(page)
      },
    })
    const faults = seen.size
    // TestFairy's form lost by a reload is opened and filled again, and its "Test URL" clicked again
    await expectGoldenOutcome(rig, walk, undefined, 'again')
    expect(reloaded.size).toBe(2)
    console.log(`faults (${name}): page reloaded ${faults} times; setup completed`)
  }, 300_000)
})
