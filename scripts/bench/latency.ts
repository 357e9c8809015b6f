// From a step's target being inserted into the page to the spotlight placed on it: the guide waits for the
// target without polling (a MutationObserver), so this is how long the extension takes to notice, find,
// and draw. Each trial is a fresh step whose target is not yet on the page.
import type { Flow } from '../../src/engine/step'
import type { TestBrowser } from '../../test/e2e/rig/browser'
import { extensionStorage } from '../../test/e2e/rig/guide-page'

export interface Latency {
  trials: number
  /** ms from insertion to the spotlight's box set on the target (the DOM write the next frame paints) */
  placed: number[]
  /** ms from insertion to the frame that paints it (its requestAnimationFrame callbacks, just before painting) */
  painted: number[]
}

/** Steps whose targets appear only when the bench inserts them, one per trial. */
function benchFlow(trials: number): Flow {
  return {
    id: 'bench-latency',
    steps: Array.from({ length: trials }, (_, i) => ({
      id: `bench-${i}`,
      site: 'testfairy' as const,
      page: {},
      target: [{ by: 'role' as const, role: 'button', name: `Bench target ${i}` }],
      action: { kind: 'click' as const },
      message: 'tfOpenPreferences',
      done: [{ kind: 'clicked' as const }],
    })),
  }
}

/**
 * `pauseMs` between steps: a person reads each card, so steps come seconds apart; the guide's checks share a
 * budget (src/engine/wait-for.ts) that a burst of steps many times a second would run down.
 */
export async function measureLatency(browser: TestBrowser, pageUrl: string, trials: number, pauseMs: number): Promise<Latency> {
  const flow = benchFlow(trials)
  const page = await browser.newPage()
  await page.goto(pageUrl)
  const panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
  const storage = extensionStorage(panel)
  // the dashboard in front, as the person sees it (a tab behind gets its frames throttled)
  await page.bringToFront()
  const placed: number[] = []
  const painted: number[] = []
  try {
    for (let i = 0; i < trials; i++) {
      await new Promise((resolve) => setTimeout(resolve, pauseMs))
      await storage.setProgress(flow, i)
      // the card shows the step, and the guide is looking for its target
      const deadline = Date.now() + 10_000
      while (!(await page.evaluate((n) => document.querySelector('tfcc-guide')?.shadowRoot?.querySelector('.step')?.textContent?.includes(`Step ${n} of`) ?? false, i + 1))) {
        if (Date.now() > deadline) throw new Error(`the card never showed step ${i + 1}`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      const result = await page.evaluate(insertAndTime, i)
      // the page as it was: each trial finds one new button, not the sum of all before
      await page.evaluate((n) => [...document.querySelectorAll('body > button')].find((b) => b.textContent === `Bench target ${n}`)?.remove(), i)
      if ('missed' in result) throw new Error(`no spotlight on the target of trial ${i + 1} within 2 s: ${result.missed}`)
      placed.push(result.placed)
      painted.push(result.painted)
    }
  } finally {
    await storage.setProgress(null)
    await page.close()
    await panel.close()
  }
  return { trials, placed, painted }
}

/**
 * In the page: inserts trial i's target and times the spotlight's box being set around it (read from the
 * box's own style, not its animated rectangle), then the frame that paints it.
 */
function insertAndTime(i: number): Promise<{ placed: number; painted: number } | { missed: string }> {
  const root = document.querySelector('tfcc-guide')!.shadowRoot!
  const target = document.createElement('button')
  target.textContent = `Bench target ${i}`
  target.style.cssText = `position: fixed; left: ${40 + ((i * 37) % 600)}px; top: ${140 + ((i * 53) % 400)}px; z-index: 1`
  return new Promise((resolve) => {
    let start = 0
    // no named functions in here: tsx would wrap them in a helper the page does not have
    const observer = new MutationObserver(() => {
      const spot = root.querySelector<HTMLElement>('.spotlight')
      if (!spot || spot.hidden) return
      const [x, y] = (/translate\((-?\d+)px, (-?\d+)px\)/.exec(spot.style.transform) ?? []).slice(1).map(Number)
      const r = target.getBoundingClientRect()
      const width = parseFloat(spot.style.width)
      const height = parseFloat(spot.style.height)
      if (x === undefined || y === undefined || x > r.left + 1 || y > r.top + 1 || x + width < r.right - 1 || y + height < r.bottom - 1) return
      const placed = performance.now() - start
      observer.disconnect()
      requestAnimationFrame(() => resolve({ placed, painted: performance.now() - start }))
    })
    observer.observe(root, { subtree: true, childList: true, attributes: true })
    setTimeout(() => {
      observer.disconnect()
      const spot = root.querySelector<HTMLElement>('.spotlight')
      resolve({ missed: `spotlight ${spot?.hidden ? 'hidden' : spot?.style.cssText}; target at ${JSON.stringify(target.getBoundingClientRect())}; card: ${root.querySelector('.text')?.textContent}` })
    }, 2000)
    start = performance.now()
    document.body.append(target)
  })
}
