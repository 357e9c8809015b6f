// "Do it for me" as a person uses it: their community open (and their own TestFairy, where it is not
// app.testfairy.com), the panel's "Do it for me", then only the card's confirmations, each read first. Counts
// the person's clicks and keys, and the time from the start to the test feedback accepted.
import type { Flow } from '../../../src/engine/step'
import { poll, type TestBrowser, type TestPage } from './browser'
import type { Effort } from './follow-spotlight'
import { cardMarkup, extensionStorage, inCard, readCard } from './guide-page'

export interface AutoWalkOptions {
  community: string
  /** The person's TestFairy dashboard, open in a tab before they start (absent: app.testfairy.com, opened by the extension). */
  testfairy?: string
  /**
   * Runs as each step becomes current, with the tab it runs in (a check, or the person taking over); a tab it
   * returns is the one the walk goes on with for that site (the person opened it again).
   */
  onStep?: (stepId: string, page: TestPage, storage: ReturnType<typeof extensionStorage>) => Promise<TestPage | void>
  /** The person types the community's address in the panel (one on its own domain, which no tab tells). */
  typeCommunity?: boolean
  /** Runs as a confirmation shows, before the person says yes to it (a screenshot). */
  onConfirm?: (words: string, page: TestPage) => Promise<void>
  /** Ends the walk when "Do it for me" hands a step over (it throws otherwise): the test says what follows. */
  handOver?: boolean
  /** How long the whole walk may take. */
  timeoutMs?: number
}

export interface AutoWalk {
  effort: Effort
  /** From the click on "Do it for me" to the setup done (its last test feedback accepted). */
  ms: number
  /** What each confirmation said, in order. */
  confirmations: string[]
  /** The card's markup as each step began: nothing secret may ever be in it. */
  cards: string[]
  /** Where "Do it for me" handed over (with `handOver`): the step and the card's words. */
  handedOver: { stepId: string; note: string } | null
  panel: TestPage
  pages: TestPage[]
  storage: ReturnType<typeof extensionStorage>
  flow: Flow
}

interface Progress {
  flow: Flow
  stepIndex: number
  auto?: boolean
  notice?: { message: string; step: number }
}

const panelPath = 'src/panel/index.html'
const confirmButton = inCard('.card[data-auto="confirm"] [data-action="choose"][data-choice="0"]')

export async function autoWalk(browser: TestBrowser, options: AutoWalkOptions): Promise<AutoWalk> {
  const prefixes = { centercode: `https://${options.community}/`, testfairy: `https://${options.testfairy ?? 'app.testfairy.com'}/` }
  const tabs = new Map<string, TestPage>()
  const centercode = await browser.newPage()
  await centercode.goto(prefixes.centercode)
  tabs.set('centercode', centercode)
  if (options.testfairy) {
    const testfairy = await browser.newPage()
    await testfairy.goto(prefixes.testfairy)
    tabs.set('testfairy', testfairy)
    await centercode.bringToFront()
  }
  const panel = await browser.extensionPage(panelPath, '[data-panel-status]')
  const storage = extensionStorage(panel)
  const effort: Effort = { clicks: 0, keystrokes: 0 }
  await panel.waitForSelector('[data-action="auto"]')
  const words = await panel.text('[data-action="auto"]')
  if (words !== 'Do it for me') throw new Error(`the panel's button says "${words}", not "Do it for me"`)
  if (options.typeCommunity) {
    await panel.type('#community', options.community)
    effort.keystrokes += options.community.length
  }
  const began = Date.now()
  await panel.click('[data-action="auto"]')
  effort.clicks++
  const progress = async () => (await storage.local(['progress'])).progress as Progress | undefined
  const flow = (await poll(progress, 'the setup to start'))!.flow
  const confirmations: string[] = []
  const cards: string[] = []
  let seen = -1
  const deadline = began + (options.timeoutMs ?? 120_000)
  for (;;) {
    const now = await progress()
    if (!now) throw new Error('the setup is gone')
    if (now.stepIndex >= flow.steps.length) break
    const step = flow.steps[now.stepIndex]!
    if (now.auto !== true) {
      const note = now.notice ? `${now.notice.message}${now.notice.step === now.stepIndex ? "" : ` (said at step ${now.notice.step})`}` : "(no word why)"
      if (options.handOver) return { effort, ms: Date.now() - began, confirmations, cards, handedOver: { stepId: step.id, note }, panel, pages: [...tabs.values(), panel], storage, flow }
      const shown = await Promise.all([...tabs.values()].map(async (tab) => `${tab.url()}: ${JSON.stringify(await readCard(tab).catch(() => null))}`))
      throw new Error(`"Do it for me" handed over at ${step.id}: ${note}\n${shown.join('\n')}`)
    }
    let page = tabs.get(step.site)
    if (!page) {
      page = await browser.findPage(prefixes[step.site as 'centercode' | 'testfairy'], 30_000)
      tabs.set(step.site, page)
    }
    if (now.stepIndex !== seen) {
      seen = now.stepIndex
      cards.push(await cardMarkup(page))
      const swapped = await options.onStep?.(step.id, page, storage)
      if (swapped) {
        tabs.set(step.site, swapped)
        page = swapped
      }
    }
    // the person reads what will be made, then says yes
    const asking = await page.evaluate((selector) => {
      const card = document.querySelector('tfcc-guide')?.shadowRoot?.querySelector(selector)
      return card ? (card.querySelector('.text')?.textContent ?? '') : null
    }, '.card[data-auto="confirm"]').catch(() => null)
    if (asking !== null) {
      confirmations.push(asking.replace(/\s+/g, ' ').trim())
      cards.push(await cardMarkup(page))
      await options.onConfirm?.(confirmations.at(-1)!, page)
      await page.click(confirmButton)
      effort.clicks++
      // the same confirmation, answered: it goes away before the next look
      await poll(async () => (await page.evaluate(() => !document.querySelector('tfcc-guide')?.shadowRoot?.querySelector('.card[data-auto="confirm"]')).catch(() => true)) || undefined, 'the confirmation answered', 10_000)
    }
    if (Date.now() > deadline) throw new Error(`"Do it for me" still at ${step.id} after ${options.timeoutMs ?? 120_000} ms`)
    await new Promise((resolve) => setTimeout(resolve, 150))
  }
  return { effort, ms: Date.now() - began, confirmations, cards, handedOver: null, panel, pages: [...tabs.values(), panel], storage, flow }
}
