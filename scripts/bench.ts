// `npm run bench`: builds, starts the imitation dashboards (loopback only, behind the confining proxy), and
// measures what the extension costs a dashboard page, each figure beside the same page without it in the
// same run: sizes, idle cost, guidance latency, and the cost under DOM churn. Prints one table and writes
// the figures as JSON (dist/bench.json). Timings live here, not in the tests.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Flow } from '../src/engine/step'
import { isServedHost, servedHostnames, servedHosts } from '../test/dashboards/hosts'
import { startDashboards } from '../test/dashboards/server'
import { makeCertificate } from '../test/e2e/rig/certificate'
import { launchChromium, launchChromiumContext } from '../test/e2e/rig/chromium'
import { startConfiningProxy } from '../test/e2e/rig/confining-proxy'
import { launchFirefox } from '../test/e2e/rig/firefox'
import { measureChurn, waitingFlow, type Churn } from './bench/churn'
import { measureIdleCost, type IdleCost } from './bench/idle-cost'
import { measureLatency, type Latency } from './bench/latency'
import { measureSizes } from './bench/sizes'
import { measureStepLatency, type StepLatency } from './bench/step-latency'
import { printTable } from './bench/table'

const loads = Number(process.env.BENCH_LOADS ?? 20)
const trials = Number(process.env.BENCH_TRIALS ?? 60)
const stepTrials = Number(process.env.BENCH_STEP_TRIALS ?? 30)
const churnSeconds = Number(process.env.BENCH_CHURN_SECONDS ?? 10)
/** Between guided steps in the latency trials: faster than any person reads a card. */
const pauseMs = Number(process.env.BENCH_PAUSE_MS ?? 500)
/** BENCH_ONLY=churn (or idle, latency; comma-separated): only those parts, e.g. to profile one. */
const only = process.env.BENCH_ONLY?.split(',')
const runs = (part: 'idle' | 'latency' | 'churn') => !only || only.includes(part)
const extensionDirs = { chromium: resolve('dist/chrome'), firefox: resolve('dist/firefox') }
const testfairyPage = `https://${servedHosts.testfairy}/`
const centercodePage = `https://${servedHosts.centercode}/`

async function main(): Promise<void> {
  console.log('bench: building…')
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
  const sizes = measureSizes()

  const certificate = await makeCertificate(servedHostnames)
  const started: { close(): Promise<void> }[] = []
  const serve = async (hostile: boolean) => {
    const dashboards = await startDashboards({ ...certificate, ...(hostile ? { dashboards: { hostile: ['churn'] } } : {}) })
    const proxy = await startConfiningProxy({ serverPort: dashboards.port, allows: isServedHost })
    started.push(proxy, dashboards)
    return { proxyPort: proxy.port, certificate: certificate.cert }
  }
  try {
    const network = await serve(false)
    const churnNetwork = await serve(true)

    console.log(`bench: idle cost, ${loads} loads of each page with and without the extension (Chromium)…`)
    const idle: IdleCost[] = []
    if (runs('idle')) {
      const withExtension = await launchChromiumContext(network, extensionDirs.chromium)
      const without = await launchChromiumContext(network)
      try {
        const browsers = { withExtension: withExtension.context, without: without.context }
        for (const url of [testfairyPage, centercodePage]) idle.push(await measureIdleCost(browsers, url, loads))
      } finally {
        await withExtension.close()
        await without.close()
      }
    }

    console.log(`bench: latency, ${trials} steps (Chromium, Firefox)…`)
    const latency: Record<string, Latency> = {}
    const steps: Record<string, StepLatency> = {}
    for (const [name, launch] of runs('latency') ? ([
      ['chromium', () => launchChromium(extensionDirs.chromium, network)],
      ['firefox', () => launchFirefox(extensionDirs.firefox, network)],
    ] as const) : []) {
      const browser = await launch()
      try {
        latency[name] = await measureLatency(browser, testfairyPage, trials, pauseMs)
        console.log(`bench: click → next card, ${stepTrials} steps, one passed over between (${name})…`)
        steps[name] = await measureStepLatency(browser, testfairyPage, stepTrials, pauseMs)
      } finally {
        await browser.close()
      }
    }

    console.log(`bench: ${churnSeconds} s of DOM churn while a step waits, with and without the extension (Chromium)…`)
    let churn: Churn
    {
      const withExtension = await launchChromiumContext(churnNetwork, extensionDirs.chromium)
      const without = await launchChromiumContext(churnNetwork)
      try {
        const worker = withExtension.context.serviceWorkers()[0] ?? (await withExtension.context.waitForEvent('serviceworker'))
        const extensionUrl = `chrome-extension://${new URL(worker.url()).host}`
        const panel = await withExtension.context.newPage()
        await panel.goto(`${extensionUrl}/src/panel/index.html`)
        await panel.evaluate((progress: unknown) => (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome.storage.local.set({ progress }), { version: 1, flow: waitingFlow satisfies Flow, stepIndex: 0, paused: false })
        const guided = await withExtension.context.newPage()
        await guided.goto(testfairyPage, { waitUntil: 'load' })
        // the guide runs: its card (waiting out of sight for the target) is in the page
        await guided.waitForSelector('tfcc-guide', { state: 'attached' })
        const bare = await without.context.newPage()
        await bare.goto(testfairyPage, { waitUntil: 'load' })
        // past the guide's "cannot find it" moment: it keeps looking, as it would for a person
        await guided.waitForTimeout(4000)
        churn = await measureChurn({ context: withExtension.context, page: guided, extensionUrl }, { context: without.context, page: bare }, testfairyPage, churnSeconds)
      } finally {
        await withExtension.close()
        await without.close()
      }
    }

    const results = { at: new Date().toISOString(), sizes, idle, latency, steps, churn }
    writeFileSync('dist/bench.json', `${JSON.stringify(results, null, 2)}\n`)
    printTable(results)
    console.log('\nbench: figures written to dist/bench.json')
  } finally {
    for (const server of started.reverse()) await server.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
