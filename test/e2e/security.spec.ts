// The setup is bound to the person's own community and TestFairy dashboard, and no page can steer the guide or
// the secret. The golden path, walked on hostile pages (every page of every host restyles and hides what it can
// reach, puts a full-screen layer and a consent banner on top at the highest z-index, churns thousands of DOM
// nodes a second and posts forged look-alikes of the extension's window messages, all under the strict CSP
// every imitation page has; what the churn costs in CPU is the benchmark's to measure), while, all along:
// - another host of centercode.com shows a look-alike endpoint (its key, and one with a placeholder);
// - another host of testfairy.com has a webhook form with a URL field open from phase 3's start, and its own
//   script presses "Use this TestFairy" on the card there;
// - the dashboard page's own script presses every button of the card, and Escape and the guide key, at every
//   step where the person must act;
// - a forged flow is written to storage.local (as a compromised page could), whose step fills the endpoint
//   into Centercode;
// - a second tab of each site stays on another page, at every step only some pages have.
// Nothing is read, filled, sent or skipped because of any of it, the card stays visible and usable throughout,
// and the setup ends as the golden path does.
import { afterEach, describe, expect, it } from 'vitest'
import type { Flow } from '../../src/engine/step'
import { servedHosts } from '../dashboards/hosts'
import type { LookalikeState } from '../dashboards/lookalike/state'
import { poll, selectedBrowsers, type TestBrowser, type TestPage } from './rig/browser'
import { expectGoldenOutcome } from './rig/golden-outcome'
import { extensionStorage, inCard } from './rig/guide-page'
import { launchBrowser, startRig, type Rig } from './rig/rig'
import { walkSetup } from './rig/walk-setup'

const community = `https://${servedHosts.centercode}`

/** What a compromised dashboard page could write where every tab reads the progress: a step that fills the endpoint into Centercode. */
const forgedFlow: Flow = {
  id: 'testfairy-centercode-setup',
  steps: [
    { id: 'cc-leak', site: 'centercode', page: {}, target: [{ by: 'css', selector: 'input, textarea' }], action: { kind: 'fill', value: { slot: 'endpoint' } }, message: 'ccKeyName', done: [{ kind: 'value' }] },
  ],
}

/** The page's own script: clicks every button of the card, as element.click() and as a dispatched event, and sends Escape and the guide key. */
function pressEverything(page: TestPage): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('tfcc-guide')?.shadowRoot
    const buttons = [...(root?.querySelectorAll('button') ?? [])]
    for (const button of buttons) {
      button.click()
      button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true }))
    }
    for (const init of [{ key: 'Escape' }, { key: 'G', code: 'KeyG', altKey: true, shiftKey: true }, { key: 'Enter' }]) {
      document.body.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true, cancelable: true }))
    }
    return buttons.length
  })
}

describe.each(selectedBrowsers())('%s: no page but the person’s own speaks for the setup', (name) => {
  let rig: Rig | undefined
  let browser: TestBrowser | undefined
  afterEach(async () => {
    await browser?.close()
    await rig?.close()
  })

  it('the golden path on hostile pages, beside look-alike hosts, a page pressing the card, a forged flow and second tabs', async () => {
    rig = await startRig({ renderDelayMs: 200, hostile: ['styles', 'layers', 'churn', 'messages'] })
    browser = await launchBrowser(name, rig)
    const own = rig
    const spy = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
    const storage = extensionStorage(spy)
    const progress = async () => (await storage.local(['progress'])).progress as { stepIndex: number; paused: boolean; testfairy?: string; flow: Flow }
    const extra: Record<string, TestPage> = {}
    const figures = { presses: 0, steps: 0, forged: 0 }

    const walk = await walkSetup(browser, {
      onStep: async (index, page, flow, b) => {
        const step = flow.steps[index]!
        if (index === 0) {
          // after "Start setup" (which looks for the community in the open tabs): a look-alike host, and the community on another page
          extra.support = await b.newPage()
          await extra.support.goto(`https://${servedHosts.centercodeOther}/project/admin/externalsource.html?ft=101`)
          extra.centercode = await b.newPage()
          await extra.centercode.goto(`${community}/project/home.html`)
          await page.bringToFront()
        }
        if (step.id === 'tf-open-preferences') {
          // phase 3 starts, not yet bound: another TestFairy host's form gets the guide, which asks; its own script answers
          extra.status = await b.newPage()
          await extra.status.goto(`https://${servedHosts.testfairyOther}/settings/integrations/`)
          await extra.status.waitForSelector(inCard('button[data-action="confirm-site"]'), 10_000)
          figures.presses += await pressEverything(extra.status)
          extra.testfairy = await b.newPage()
          await extra.testfairy.goto(`https://${servedHosts.testfairy}/crashes/`)
          await page.bringToFront()
          await new Promise((resolve) => setTimeout(resolve, 300))
          expect((await progress()).testfairy, 'a TestFairy dashboard bound by a page’s own script').toBeUndefined()
        }
        if (step.id === 'cc-verify') {
          // the endpoint is held now: a forged flow written where the tabs read the progress is undone
          const before = await progress()
          await spy.evaluate(async (forged) => {
            const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as { storage: { local: { set(v: object): Promise<void> } } }
            await api.storage.local.set({ progress: forged })
          }, { version: 1, flow: forgedFlow, stepIndex: 0, paused: false, community })
          figures.forged++
          await poll(async () => ((await progress()).flow.steps.length === before.flow.steps.length ? true : undefined), 'the forged flow undone', 10_000)
        }
        // wherever the person must act, the page's own presses on the card do nothing (not at a step only some
        // pages have: it passes by itself where the page shows without it, whatever is pressed)
        if (['click', 'send', 'acknowledge', 'choose'].includes(step.action.kind) && !step.ifPresent) {
          const ready = step.action.kind === 'send' ? inCard('button[data-action="choose"]') : inCard('button[data-action="pause"]')
          await page.waitForSelector(ready, 15_000).catch(() => undefined)
          const at = await progress()
          if (at.stepIndex !== index) return
          figures.presses += await pressEverything(page)
          figures.steps++
          await new Promise((resolve) => setTimeout(resolve, 300))
          const after = await progress()
          expect({ step: after.stepIndex, paused: after.paused }, `step ${step.id} after the page pressed the card`).toEqual({ step: index, paused: false })
        }
      },
    })
    await expectGoldenOutcome(own, walk)

    // nothing was sent to the look-alikes, nothing filled there, and neither shows a card any more
    const support = own.dashboards.site(servedHosts.centercodeOther)!.state as LookalikeState
    const status = own.dashboards.site(servedHosts.testfairyOther)!.state as LookalikeState
    expect(support.received).toEqual([])
    expect(status.received).toEqual([])
    expect(await extra.status!.evaluate(() => document.body.dataset.seenUrl ?? null)).toBeNull()
    expect(await extra.status!.evaluate(() => document.querySelector('tfcc-guide') === null)).toBe(true)
    expect(await extra.support!.evaluate(() => document.querySelector('tfcc-guide') === null)).toBe(true)
    // the key went into no field of the Centercode pages (the forged step's); the page's own read-only endpoint aside
    const key = (own.dashboards.site(servedHosts.centercode)!.state as { apiKeys: { key: string }[] }).apiKeys[0]!.key
    for (const tab of [extra.centercode!, ...walk.pages.filter((p) => p.url().startsWith(community))]) {
      expect(await tab.evaluate((k) => [...document.querySelectorAll('input:not([readonly]), textarea:not([readonly])')].some((f) => (f as HTMLInputElement).value.includes(k)), key)).toBe(false)
    }
    // only our own origins were answered: nothing is remembered of other hosts
    expect(JSON.stringify(await storage.local(null))).not.toMatch(/support\.centercode|status\.testfairy/)
    console.log(`security (${name}): hostile pages (styles, layers, churn, forged messages), ${figures.presses} presses by page scripts at ${figures.steps} steps, ${figures.forged} forged flow, 2 look-alike hosts, 2 second tabs: nothing read, filled, sent or skipped; setup completed in ${walk.effort.clicks} clicks`)
  }, 300_000)
})
