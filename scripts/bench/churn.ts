// A page that mutates thousands of nodes a second while a step waits for a target that never comes: the
// script time the extension adds, as a share of the page's own. Two figures from the same run: the extension's
// own functions in a CPU profile of the page (its scripts' URLs), and the page's script time with the
// extension against a browser without it (Chromium only: it needs the DevTools protocol).
import type { BrowserContext, Page } from 'playwright-core'
import type { Flow } from '../../src/engine/step'

export interface Churn {
  url: string
  seconds: number
  /** ms of script on the page's main thread over the window, with the extension guiding and without it */
  scriptMs: { with: number; without: number }
  /** ms the CPU profile attributes to the extension's own scripts over the window */
  extensionMs: number
}

/** One step whose target never appears: the guide keeps looking while the page churns. */
export const waitingFlow: Flow = {
  id: 'bench-churn',
  steps: [
    {
      id: 'bench-never',
      site: 'testfairy',
      page: {},
      target: [{ by: 'role', role: 'button', name: 'A button this page never shows' }],
      action: { kind: 'click' },
      message: 'tfOpenPreferences',
      done: [{ kind: 'clicked' }],
    },
  ],
}

interface ProfileNode {
  id: number
  callFrame: { url: string; functionName: string; columnNumber: number }
  children?: number[]
}

async function scriptMs(cdp: Awaited<ReturnType<BrowserContext['newCDPSession']>>): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] }
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? Number.NaN) * 1000
}

/** Script time over `seconds` on an already loaded page, and the share the profile gives to `ownUrl`'s scripts. */
async function measureWindow(context: BrowserContext, page: Page, seconds: number, ownUrl: string | null): Promise<{ scriptMs: number; ownMs: number }> {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const before = await scriptMs(cdp)
  await cdp.send('Profiler.start')
  await page.waitForTimeout(seconds * 1000)
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } }
  const after = await scriptMs(cdp)
  // a sample is the extension's when any function on its stack is one of the extension's scripts (so the
  // DOM calls those functions make count too); its time is the delta to the next sample
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  const parent = new Map<number, number>()
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
  const ours = new Map<number, boolean>()
  const isOurs = (id: number): boolean => {
    const known = ours.get(id)
    if (known !== undefined) return known
    const up = parent.get(id)
    const result = Boolean(ownUrl && nodes.get(id)?.callFrame.url.startsWith(ownUrl)) || (up !== undefined && isOurs(up))
    ours.set(id, result)
    return result
  }
  let ownMicros = 0
  const selfByName = new Map<string, number>()
  profile.samples.forEach((id, i) => {
    if (!isOurs(id)) return
    ownMicros += profile.timeDeltas[i + 1] ?? 0
    const node = nodes.get(id)!
    const key = `${node.callFrame.functionName || '(anon)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.columnNumber}`
    selfByName.set(key, (selfByName.get(key) ?? 0) + (profile.timeDeltas[i + 1] ?? 0))
  })
  // BENCH_PROFILE=1: the extension's heaviest functions under churn, by self time
  if (process.env.BENCH_PROFILE) console.log([...selfByName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${(v / 1000).toFixed(1)} ms ${k}`).join('\n'))
  return { scriptMs: after - before, ownMs: ownMicros / 1000 }
}

export async function measureChurn(
  withExtension: { context: BrowserContext; page: Page; extensionUrl: string },
  without: { context: BrowserContext; page: Page },
  url: string,
  seconds: number,
): Promise<Churn> {
  const guided = await measureWindow(withExtension.context, withExtension.page, seconds, withExtension.extensionUrl)
  const bare = await measureWindow(without.context, without.page, seconds, null)
  return { url, seconds, scriptMs: { with: guided.scriptMs, without: bare.scriptMs }, extensionMs: guided.ownMs }
}
