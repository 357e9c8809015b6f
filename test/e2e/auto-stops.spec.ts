// "Do it for me" where it must not simply go on, production build, in both browsers: the person takes over
// half-way (it stops at once and never fights them; "Do the rest for me" hands back), a step it cannot find (it
// hands the step over, and the guided way offers "Point to it"), a hostile page that turns its target into
// "Delete all API keys" (it never clicks it), a dashboard that cannot do the setup, and the same recovery as
// the guided way from a closed tab, a reload and a stopped background.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { CentercodeState } from '../dashboards/centercode/state'
import { servedHosts } from '../dashboards/hosts'
import type { TestFairyState } from '../dashboards/testfairy/state'
import { poll, selectedBrowsers, type TestBrowser } from './rig/browser'
import { autoWalk } from './rig/auto-walk'
import { followSpotlight } from './rig/follow-spotlight'
import { inCard, readCard, waitForInCard } from './rig/guide-page'
import { launchBrowser, startRig, type Rig } from './rig/rig'

const en = {
  takenOver: 'You took over: the guide goes on with you.',
  notFound: '“Do it for me” stopped here: it found nothing it was sure of to use.',
  refused: '“Do it for me” stopped here: what it found to click would delete, remove, revoke, disable or cancel something',
}

interface Progress {
  stepIndex: number
  paused: boolean
  auto?: boolean
  notice?: { message: string; step: number }
  flow: { steps: { id: string }[] }
}

describe.each(selectedBrowsers())('%s: "Do it for me" stops safely', (name) => {
  let rig: Rig
  let browser: TestBrowser
  beforeAll(async () => {
    rig = await startRig({ renderDelayMs: 200 })
  })
  afterAll(async () => {
    await rig?.close()
  })
  beforeEach(async () => {
    rig.dashboards.reset()
    browser = await launchBrowser(name, rig, { reducedMotion: true })
  })
  afterEach(async () => {
    await browser?.close()
  })
  const community = servedHosts.centercode
  const centercode = () => rig.dashboards.site(community)!.state as CentercodeState

  it('the person takes over half-way: it stops at once, the guide follows them, and "Do the rest for me" hands back', async () => {
    const walk = await autoWalk(browser, {
      community,
      onStep: async (stepId, page, storage) => {
        if (stepId !== 'cc-open-feedback-types') return
        const progress = async () => (await storage.local(['progress'])).progress as Progress
        const at = (await progress()).stepIndex
        // the person clicks the page's own title (where nothing the extension opened covers it), while the
        // extension is about to use the menu
        const spot = await page.evaluate(() => {
          const box = document.querySelector('h1')!.getBoundingClientRect()
          for (let x = box.left + 2; x < box.right; x += 10) if (document.elementFromPoint(x, box.top + box.height / 2)?.closest('h1')) return { x, y: box.top + box.height / 2 }
          return null
        })
        await page.clickAt(spot!.x, spot!.y)
        const stopped = await poll(async () => ((await progress()).auto === false ? await progress() : undefined), 'it stops', 5_000)
        expect(stopped.notice).toEqual({ message: 'autoTakenOver', step: at })
        const url = page.url()
        // it never fights the person: a while later, nothing more done, the page where they left it
        await new Promise((resolve) => setTimeout(resolve, 2_000))
        expect((await progress()).stepIndex).toBe(at)
        expect(page.url()).toBe(url)
        const card = await readCard(page)
        expect(card.notes.join(' ')).toContain(en.takenOver)
        // the person does this step themselves, as the spotlight shows; the guide follows
        const flow = (await progress()).flow as never
        await followSpotlight(page, { flow, until: at + 1, stepIndex: async () => (await progress()).stepIndex, timeoutMs: 30_000 })
        // and hands the rest back
        await waitForInCard(page, '[data-action="auto"]')
        expect(await page.text(inCard('[data-action="auto"]'))).toBe('Do the rest for me')
        await page.click(inCard('[data-action="auto"]'))
        await poll(async () => (await progress()).auto === true || undefined, '"Do the rest for me" to take', 5_000)
      },
    })
    expect(centercode().apiKeys).toHaveLength(1)
    expect(Object.values(centercode().sources).flat()).toHaveLength(1)
    expect((rig.dashboards.site(servedHosts.testfairy)!.state as TestFairyState).webhooks).toHaveLength(1)
    await walk.panel.waitForSelector('[data-panel-status="done"]')
  }, 180_000)

  it('"Pause" on the card stops it at once; resumed, the guided way goes on there', async () => {
    const walk = await autoWalk(browser, {
      community,
      handOver: true,
      onStep: async (stepId, page, storage) => {
        if (stepId !== 'cc-open-api-keys') return
        await page.click(inCard('[data-action="pause"]'))
        const progress = async () => (await storage.local(['progress'])).progress as Progress
        await poll(async () => ((await progress()).paused ? true : undefined), 'paused', 5_000)
        // (a page a click just before the pause was bringing may still come)
        await new Promise((resolve) => setTimeout(resolve, 1_000))
        const url = page.url()
        await new Promise((resolve) => setTimeout(resolve, 2_000))
        expect(page.url(), 'nothing used after the pause').toBe(url)
        expect(await progress()).toMatchObject({ auto: false, paused: true })
        await page.click(inCard('[data-action="resume"]'))
        await waitForInCard(page, '[data-action="auto"]')
      },
    })
    // (where the pause found it: on the way to the keys, or at their list)
    expect(['cc-open-api-keys', 'cc-create-api-key']).toContain(walk.handedOver?.stepId)
    expect(centercode().apiKeys).toEqual([])
  }, 120_000)

  it('a step it cannot find (labels the community renamed): it hands the step over, and the guide offers "Point to it"', async () => {
    rig.dashboards.configure(community, { renamedLabels: true })
    const walk = await autoWalk(browser, { community, handOver: true })
    expect(walk.handedOver).toEqual({ stepId: expect.any(String), note: 'autoStoppedNotFound' })
    const page = walk.pages[0]!
    const card = await poll(async () => {
      const shown = await readCard(page).catch(() => null)
      return shown?.pointToIt ? shown : undefined
    }, '"Point to it" on the guided card', 15_000)
    expect(card.notes.join(' ')).toContain(en.notFound)
    // nothing clicked in doubt: the key made (the person confirmed it), no source
    expect(centercode().apiKeys).toHaveLength(1)
    expect(Object.values(centercode().sources).flat()).toEqual([])
  }, 120_000)

  it('a hostile page turns its target into "Delete all API keys": it never clicks it, and hands the step over', async () => {
    rig.dashboards.configure(community, { deleteWhereSubmit: true })
    const existing = { id: 99, name: 'Jira', description: 'made last year', prefix: 'Jira', key: `Jira${'5c1e'.repeat(8)}`, created: '2025-05-01', lastAccessed: null, ipRestrictions: [], emailNotification: 'none' as const, revealed: true }
    centercode().apiKeys.push(existing)
    const walk = await autoWalk(browser, { community, handOver: true })
    expect(walk.handedOver).toEqual({ stepId: 'cc-key-submit', note: 'autoStoppedRefused' })
    expect(walk.confirmations, 'nothing asked: it stopped before').toEqual([])
    expect(centercode().apiKeys.map((k) => k.name)).toEqual(['Jira'])
    expect(centercode().received.filter((r) => r.path.includes('apikeys')), 'the form never sent').toEqual([])
    expect((await readCard(walk.pages[0]!)).notes.join(' ')).toContain(en.refused)
  }, 120_000)

  it('a TestFairy that cannot do the setup (App Distribution 2026): it stops there, and what it held is erased', async () => {
    const walk = await autoWalk(browser, { community, testfairy: servedHosts.testfairyAppDistribution, handOver: true })
    expect(walk.handedOver).toEqual({ stepId: 'tf-open-preferences', note: 'autoStoppedCannot' })
    await walk.panel.waitForSelector('[data-panel-cannot]')
    expect((await walk.storage.session(['slots'])).slots ?? {}).toEqual({})
  }, 120_000)

  it('a tab closed half-way through a form on each site and opened again at its address, a reload mid-form, (Chromium) a stopped background: it goes on, each thing made once', async () => {
    const done = new Set<string>()
    const walk = await autoWalk(browser, {
      community,
      onStep: async (stepId, page) => {
        if (done.has(stepId)) return
        done.add(stepId)
        if (stepId === 'cc-source-key') await page.reload()
        if (stepId === 'tf-webhook-url' && browser.stopBackground) await browser.stopBackground()
        if (stepId !== 'cc-key-description' && stepId !== 'tf-webhook-name') return
        const url = page.url()
        await page.close()
        // as the browser's "reopen closed tab"
        const again = await browser.newPage()
        await again.goto(url)
        return again
      },
    })
    expect([...done], 'each fault met its step').toEqual(expect.arrayContaining(['cc-key-description', 'cc-source-key', 'tf-webhook-name', 'tf-webhook-url']))
    expect(walk.effort.clicks).toBeLessThanOrEqual(5)
    expect(centercode().apiKeys).toHaveLength(1)
    expect(Object.values(centercode().sources).flat()).toHaveLength(1)
    expect((rig.dashboards.site(servedHosts.testfairy)!.state as TestFairyState).webhooks).toHaveLength(1)
  }, 180_000)
})
