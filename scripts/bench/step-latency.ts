// From the person's action to the next step's card: a real click on the spotlit button (the page answers it by
// showing the next one, as a menu opens), then the card of the step after, with a step between that this page
// does not have (passed over where its page shows without it). No network: the setup's progress goes tab →
// background → tab, as in every step of the setup.
import { readFileSync } from 'node:fs'
import type { Flow } from '../../src/engine/step'
import type { TestBrowser } from '../../test/e2e/rig/browser'
import { extensionStorage } from '../../test/e2e/rig/guide-page'

export interface StepLatency {
  trials: number
  /** ms from the click's event to the next card's words in the page (the DOM write the next frame paints) */
  shown: number[]
}

const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>
const firstMessage = 'tfOpenPreferences'
const lastMessage = 'tfOpenIntegrations'

/** Trial i: a button to click, a step only some pages have (not this one), the next button's step. */
function trialFlow(i: number): Flow {
  const button = (name: string) => [{ by: 'role' as const, role: 'button', name }]
  return {
    id: `bench-steps-${i}`,
    steps: [
      { id: `act-${i}`, site: 'testfairy', page: {}, target: button(`Bench act ${i}`), action: { kind: 'click' }, message: firstMessage, done: [{ kind: 'clicked' }] },
      {
        id: `absent-${i}`,
        site: 'testfairy',
        page: {},
        // its page is the one with the next button; what it acts on is not there
        shows: button(`Bench next ${i}`),
        target: button(`Bench absent ${i}`),
        action: { kind: 'click' },
        message: 'tfExistingWebhook',
        ifPresent: true,
        done: [{ kind: 'clicked' }],
      },
      { id: `next-${i}`, site: 'testfairy', page: {}, target: button(`Bench next ${i}`), action: { kind: 'click' }, message: lastMessage, done: [{ kind: 'clicked' }] },
    ],
  }
}

/** Waits until the card's words are `text` (the guide's shadow root is open to the page). */
async function cardSays(page: Awaited<ReturnType<TestBrowser['newPage']>>, text: string): Promise<void> {
  const deadline = Date.now() + 10_000
  while (!(await page.evaluate((t) => document.querySelector('tfcc-guide')?.shadowRoot?.querySelector('.text')?.textContent === t, text))) {
    if (Date.now() > deadline) throw new Error(`the card never said "${text}" (it says: ${await page.evaluate(() => document.querySelector("tfcc-guide")?.shadowRoot?.querySelector(".card")?.textContent)})`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

export async function measureStepLatency(browser: TestBrowser, pageUrl: string, trials: number, pauseMs: number): Promise<StepLatency> {
  const page = await browser.newPage()
  await page.goto(pageUrl)
  const panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
  const storage = extensionStorage(panel)
  await page.bringToFront()
  const shown: number[] = []
  try {
    for (let i = 0; i < trials; i++) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs))
      const at = await page.evaluate((n) => {
        for (const old of document.querySelectorAll('[data-bench]')) old.remove()
        const made = ['act', 'next'].map((what, k) => {
          const b = document.createElement('button')
          b.dataset.bench = ''
          b.textContent = `Bench ${what} ${n}`
          b.style.cssText = `position: fixed; left: ${60 + k * 220}px; top: ${160 + ((n * 53) % 300)}px; z-index: 1`
          return b
        })
        // the page's answer to the click, as a menu or a list opening: the next step's page
        made[0]!.addEventListener('click', () => document.body.append(made[1]!), { once: true })
        document.body.append(made[0]!)
        const r = made[0]!.getBoundingClientRect()
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
      }, i)
      await storage.setProgress(trialFlow(i), 0)
      await cardSays(page, english[firstMessage]!.message)
      // the clock starts at the click's own event, in the page, and stops at the next card's words
      await page.evaluate((text) => {
        const root = document.querySelector('tfcc-guide')!.shadowRoot!
        ;(window as unknown as { benchShown: Promise<number> }).benchShown = new Promise<number>((resolve, reject) => {
          let clickedAt = -1
          window.addEventListener('click', (event) => (clickedAt = event.timeStamp), { capture: true, once: true })
          const observer = new MutationObserver(() => {
            if (clickedAt < 0 || root.querySelector('.text')?.textContent !== text) return
            observer.disconnect()
            resolve(performance.now() - clickedAt)
          })
          observer.observe(root, { subtree: true, childList: true, characterData: true, attributes: true })
          setTimeout(() => {
            observer.disconnect()
            reject(new Error(`no card "${text}" within 5 s of the click (card: ${root.querySelector('.text')?.textContent})`))
          }, 5000)
        })
      }, english[lastMessage]!.message)
      await page.clickAt(at.x, at.y)
      shown.push(await page.evaluate(() => (window as unknown as { benchShown: Promise<number> }).benchShown))
    }
  } finally {
    await storage.setProgress(null)
    await page.close()
    await panel.close()
  }
  return { trials, shown }
}
