// Hostile pages: both dashboards restyle and hide what they can reach, put a full-screen layer and a consent
// banner on top at the highest z-index, churn thousands of DOM nodes a second, and post forged look-alikes of
// the extension's window messages, all under the strict CSP every imitation page has. The golden path must
// still end as it does on a quiet page, the card visible and usable throughout. (What the churn costs the
// extension in CPU is measured by the benchmark, not here.)
import { afterEach, describe, it } from 'vitest'
import { selectedBrowsers, type TestBrowser } from './rig/browser'
import { launchBrowser, startRig, type Rig } from './rig/rig'
import { expectGoldenOutcome } from './rig/golden-outcome'
import { walkSetup } from './rig/walk-setup'

describe.each(selectedBrowsers())('%s: hostile pages', (name) => {
  let rig: Rig | undefined
  let browser: TestBrowser | undefined
  afterEach(async () => {
    await browser?.close()
    await rig?.close()
  })

  it('the golden path on pages that restyle, cover, churn and forge messages', async () => {
    rig = await startRig({ renderDelayMs: 200, hostile: ['styles', 'layers', 'churn', 'messages'] })
    browser = await launchBrowser(name, rig)
    const walk = await walkSetup(browser)
    await expectGoldenOutcome(rig, walk)
    console.log(`hostile (${name}): styles, layers, churn, forged messages: setup completed in ${walk.effort.clicks} clicks`)
  }, 240_000)
})
