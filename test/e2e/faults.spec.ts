// Faults a browser brings on its own, injected at every step of the golden path; after each, the setup must
// end exactly as the golden path does. Production build, fresh profile, each browser where it allows.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { testFeedbackText } from '../../src/setup/values/test-feedback'
import { feedbackTypesFor, type CentercodeState } from '../dashboards/centercode/state'
import { servedHosts } from '../dashboards/hosts'
import { poll, selectedBrowsers, type LaunchOptions, type TestBrowser, type TestPage } from './rig/browser'
import { extensionStorage, inCard, overlayHost, readCard } from './rig/guide-page'
import { launchBrowser, startRig, type Rig } from './rig/rig'
import { expectGoldenOutcome } from './rig/golden-outcome'
import { walkSetup } from './rig/walk-setup'

/** Firefox suspends an idle event page after this long here (30 s by default): the closest it has to a stop. */
const firefoxIdleMs = 500

/**
 * At which of the steps the walk stops on (counted from 1) a fault is injected: every one in Chromium; every
 * third in Firefox, whose faults cost more (a stop is seconds of idling). Every step has its fault in Chromium.
 */
const faultAt = (browser: string, nth: number) => browser === 'chromium' || nth % 3 === 1

describe.each(selectedBrowsers())('%s: faults at every step', (name) => {
  let rig: Rig | undefined
  let browser: TestBrowser | undefined
  const launch = async (options: LaunchOptions = {}) => {
    rig = await startRig({ renderDelayMs: 200 })
    browser = await launchBrowser(name, rig, { reducedMotion: true, ...options })
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
    let steps = 0
    let lost = 0
    const walk = await walkSetup(browser, {
      onStep: async (index, page, flow) => {
        if (!faultAt(name, ++steps)) return
        // A step that sends the test feedback sends as it begins: stopped in that instant, the background
        // may lose the request before it leaves, and the card says the answer was lost rather than send
        // twice (answer-message.test.ts covers that). Here the stop comes once its answer is on the card,
        // before the person's click, so the outcome below stays exact.
        // (if the answer does not show within 15 s, the stop comes anyway, as before)
        if (flow.steps[index]?.action.kind === 'send') {
          await page.waitForSelector(inCard('button[data-action="choose"]'), 15_000).catch(() => undefined)
          // The stop at the step before may land as this one sends (that step's work is the guide's own, done at
          // once: a match): then the card says the answer was lost, and offers "Try again" beside "Got it". The
          // person looks in their Centercode project, as the card asks, and sends again if it is not there.
          const arrived = () => (rig.dashboards.site(servedHosts.centercode)!.state as CentercodeState).feedback.filter((f) => f.fields.Summary === testFeedbackText).length
          const tryAgain = inCard('button[data-action="choose"][data-choice="1"]')
          const needed = flow.steps.slice(0, index).some((s) => s.action.kind === 'send') ? 2 : 1
          const offered = await page.evaluate(() => !!document.querySelector('tfcc-guide')?.shadowRoot?.querySelector('button[data-action="choose"][data-choice="1"]'))
          // (looking takes them a few seconds: a request the stopped background had sent may still be landing)
          const there = offered && (await poll(() => arrived() >= needed || undefined, 'the test feedback', 3_000).catch(() => false))
          if (offered && !there) {
            lost++
            await page.click(tryAgain)
            await poll(() => arrived() >= needed || undefined, 'the test feedback sent again', 15_000)
          }
        }
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
    console.log(`faults (${name}): background ${how}; ${lost} test feedbacks sent again after their answer was lost; setup completed`)
  }, 300_000)

  it('the page reloaded at every step', async () => {
    const { rig, browser } = await launch()
    const reloaded = new Set<TestPage>()
    // once per step: the guide may go back to redo what a reload undid, and that must not be undone again
    const seen = new Set<number>()
    const at: string[] = []
    const walk = await walkSetup(browser, {
      onStep: async (index, page, flow) => {
        if (seen.has(index)) return
        seen.add(index)
        if (!faultAt(name, seen.size)) return
        at.push(flow.steps[index]!.id)
        await page.reload()
        reloaded.add(page)
      },
    })
    const faults = at.length
    // TestFairy's form lost by a reload after its "Test URL" (at its Save) is opened and filled again, and
    // "Test URL" clicked again
    await expectGoldenOutcome(rig, walk, at.includes('tf-save-webhook') ? 'again' : 'once')
    if (name === 'chromium') expect(at).toContain('tf-save-webhook')
    expect(reloaded.size).toBe(2)
    console.log(`faults (${name}): page reloaded ${faults} times; setup completed`)
  }, 300_000)

  it('a second tab on the same step, left open all along; a tab closed mid-step and opened again (in Centercode, then in TestFairy)', async () => {
    const { rig, browser } = await launch()
    let second: TestPage | undefined
    // half-way through a form on each site, where the person's click is awaited: the source's form (its fields
    // filled), TestFairy's webhook form (filled, "Test URL" not yet clicked)
    const closeAt = ['cc-source-submit', 'tf-test-url']
    const closed: string[] = []
    const walk = await walkSetup(browser, {
      onStep: async (index, page, flow, current) => {
        const id = flow.steps[index]!.id
        // on the feedback type's page: the person opens the same page in another tab, and goes on in the first
        if (!second && id === 'cc-open-external-sources') {
          second = await current.newPage()
          await second.goto(page.url())
          // guided there too: its card shows
          await second.waitForSelector(overlayHost)
          await page.bringToFront()
          return
        }
        if (!closeAt.includes(id) || closed.includes(id)) return
        closed.push(id)
        // as "Reopen closed tab" does: the same address, a new page
        const url = page.url()
        await page.close()
        const again = await current.newPage()
        await again.goto(url)
        return { page: again }
      },
    })
    expect(second).toBeDefined()
    expect(closed).toEqual(closeAt)
    // one key, one source, one webhook, the feedback once each: nothing done twice, though both tabs guided
    await expectGoldenOutcome(rig, walk)
    const centercode = rig.dashboards.site(servedHosts.centercode)!.state as CentercodeState
    expect(Object.values(centercode.sources).flat()).toHaveLength(1)
    console.log(`faults (${name}): a second tab open on the same step all along; a tab closed and opened again ${closed.length} times (${closed.join(', ')}); setup completed once`)
  }, 300_000)

  it('the browser restarted mid-setup with the same profile: progress kept, the endpoint forgotten and read again with guidance', async () => {
    const profile = await mkdtemp(join(tmpdir(), `tfcc-restart-${name}-`))
    try {
      const { rig, browser: first } = await launch({ profile })
      let restarted = false
      let said: string[] = []
      const walk = await walkSetup(first, {
        onStep: async (index, page, flow, current) => {
          const id = flow.steps[index]!.id
          if (restarted && said.length === 0) {
            // the first card after the restart says why the guide went back
            await expect.poll(async () => (said = (await readCard(page)).notes.filter((n) => n.includes('no longer holds the endpoint URL'))).length, { timeout: 10_000 }).toBe(1)
            expect(id).toBe('cc-open-feedback-types')
          }
          // about to open TestFairy's form, whose URL needs the endpoint the browser forgets
          if (restarted || id !== 'tf-add-integration') return
          restarted = true
          await current.close()
          browser = await launchBrowser(name, rig, { reducedMotion: true, profile })
          return { browser }
        },
      })
      expect(restarted).toBe(true)
      expect(said).toHaveLength(1)
      await expectGoldenOutcome(rig, walk)
      // the source made before the restart was opened again, not made twice
      const centercode = rig.dashboards.site(servedHosts.centercode)!.state as CentercodeState
      expect(Object.values(centercode.sources).flat()).toHaveLength(1)
      console.log(`faults (${name}): browser restarted as TestFairy's form was to be opened; led back to the source, endpoint read again, setup completed`)
    } finally {
      await browser?.close()
      browser = undefined
      await rm(profile, { recursive: true, force: true })
    }
  }, 300_000)

  it('the network failing during "Send a test feedback": says so in words, and the retry goes through once', async () => {
    const { rig, browser } = await launch()
    // what the Centercode phases made: a key and a source, and the endpoint the extension holds
    const state = rig.dashboards.site(servedHosts.centercode)!.state as CentercodeState
    const key = `Skel${'0123456789abcdef'.repeat(2)}`
    state.apiKeys.push({ id: 1, name: 'TestFairy', description: '', prefix: 'Skel', key, created: '', lastAccessed: null, ipRestrictions: [], emailNotification: '', revealed: false })
    const typeId = feedbackTypesFor('legacy')[0]!.id
    state.sources[typeId] = [{ id: 2, typeId, name: 'TestFairy', key: 'testfairy', team: 'Beta Team', status: '', workflowParameters: {}, elementParameters: { Summary: 'text' }, created: '' }]
    const panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
    await panel.paste('#community', 'acme')
    await panel.click('[data-action="start"]')
    // the start empties the slots before it writes the progress: the endpoint goes in after, as the Centercode phases would
    await panel.waitForSelector('[data-panel-status="running"]')
    await extensionStorage(panel).setSlots({ endpoint: `https://${servedHosts.centercode}/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=${key}`, apiKey: key })
    await panel.waitForSelector('[data-action="test"]')

    rig.proxy.cut(servedHosts.centercode)
    await panel.click('[data-action="test"]')
    await panel.waitForSelector('[data-test-outcome="network"]', 20_000)
    expect(await panel.text('[data-test-outcome]')).toContain('could not reach Centercode')
    expect(state.feedback).toEqual([])

    rig.proxy.restore(servedHosts.centercode)
    await panel.click('[data-action="test"]')
    await panel.waitForSelector('[data-test-outcome="accepted"]', 20_000)
    expect(state.feedback.map((f) => f.fields.Summary)).toEqual([testFeedbackText])
    console.log(`faults (${name}): network cut during the test feedback: said so, retried, delivered once`)
  }, 120_000)
})

