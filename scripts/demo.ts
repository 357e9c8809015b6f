// `npm run demo`: a newcomer's first look. Builds the extension, starts the imitation dashboards on loopback
// (behind the confining proxy, as the tests do: nothing leaves this machine, no real hostname is resolved),
// and opens Chromium with the extension installed on the golden path's first page, the Centercode community,
// with the extension's panel in the next tab.
//   With a display: the browser is yours to play with, until you close it or press Ctrl-C.
//   Without one (or DEMO_HEADLESS=1): the demo plays the whole setup itself, as a person would (only what the
//   spotlight shows, typing nothing), and writes a screenshot of every step into a folder it names at the end;
//   with DEMO_README_PICTURES=1, the README's pictures (readme-pictures.ts) go into docs/screenshots too.
//   DEMO_MODE=auto: "Do it for me" instead: the demo clicks it, then says yes to each confirmation, a screenshot of
//   each step and each confirmation.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { isServedHost, servedHostnames, servedHosts } from '../test/dashboards/hosts'
import { startDashboards } from '../test/dashboards/server'
import type { TestPage } from '../test/e2e/rig/browser'
import { makeCertificate } from '../test/e2e/rig/certificate'
import { launchChromium, launchChromiumContext } from '../test/e2e/rig/chromium'
import { startConfiningProxy } from '../test/e2e/rig/confining-proxy'
import { overlayHost } from '../test/e2e/rig/guide-page'
import { autoWalk } from '../test/e2e/rig/auto-walk'
import { walkSetup } from '../test/e2e/rig/walk-setup'
import { ensureSystemNeeds, systemNeeds } from './browser-preflight'
import { readmePictures, readmePicturesDir } from './readme-pictures'

const extensionDir = resolve('dist/chrome')
const community = `https://${servedHosts.centercode}/`
const panelPath = 'src/panel/index.html'
const headed = !process.env.DEMO_HEADLESS && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
/** DEMO_MODE=auto: "Do it for me" rather than the guided way. */
const auto = process.env.DEMO_MODE === 'auto'

async function main(): Promise<void> {
  // the demo runs Chromium only: nothing of Firefox's
  ensureSystemNeeds(
    systemNeeds.filter((need) => !need.aptPackage.startsWith('firefox-esr')),
    'npm run demo',
  )
  // DEMO_NO_BUILD=1: the tests' own build is used as it is (npm test builds it first)
  if (!process.env.DEMO_NO_BUILD) {
    console.log('demo: building the extension…')
    execFileSync('npx', ['vite', 'build', '--mode', 'chrome', '--logLevel', 'warn'], { stdio: 'inherit' })
  }
  const certificate = await makeCertificate(servedHostnames)
  const dashboards = await startDashboards({ ...certificate, dashboards: { renderDelayMs: 200 } })
  const proxy = await startConfiningProxy({ serverPort: dashboards.port, allows: isServedHost })
  const network = { proxyPort: proxy.port, certificate: certificate.cert }
  const stop = async () => {
    await proxy.close()
    await dashboards.close()
  }
  try {
    if (headed) await playYourself(network)
    else await playItself(network)
  } finally {
    await stop()
  }
}

/** A window for the person: the community, and the panel beside it. Ends when the browser closes. */
async function playYourself(network: { proxyPort: number; certificate: string }): Promise<void> {
  const { context, close } = await launchChromiumContext(network, extensionDir, undefined, true)
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))
  const page = context.pages()[0] ?? (await context.newPage())
  await page.goto(community)
  const panel = await context.newPage()
  await panel.goto(`chrome-extension://${new URL(worker.url()).host}/${panelPath}`)
  console.log(
    `\ndemo: Chromium is open on ${community} (an imitation community, served on this machine) with the\n` +
      'extension installed. Its panel is in the second tab (or click its icon in the toolbar): ' +
      (auto ? 'click "Do it for me"\nand say yes to what it asks. ' : 'click "Start setup"\nand follow the spotlight. ') +
      'Close the browser, or press Ctrl-C here, to end the demo.\n',
  )
  await new Promise<void>((done) => {
    context.on('close', () => done())
    process.once('SIGINT', () => done())
  })
  await close().catch(() => undefined)
}

/** The whole setup played as a person would, a screenshot of every step. */
async function playItself(network: { proxyPort: number; certificate: string }): Promise<void> {
  const folder = resolve(process.env.DEMO_SCREENSHOTS ?? 'demo-screenshots', new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19))
  mkdirSync(folder, { recursive: true })
  console.log('demo: no display here, so the demo plays the setup itself (headless Chromium)…')
  const browser = await launchChromium(extensionDir, network)
  let shots = 0
  const forReadme = process.env.DEMO_README_PICTURES === '1'
  const copied = new Set<string>()
  const shoot = async (page: TestPage, name: string, selector?: string) => {
    shots++
    const file = join(folder, `${String(shots).padStart(2, '0')}-${name}.png`)
    await page.screenshot(file, selector)
    const inReadme = readmePictures[name]
    if (forReadme && inReadme) {
      copyFileSync(file, join(readmePicturesDir, inReadme))
      copied.add(name)
    }
  }
  try {
    const first = await browser.extensionPage(panelPath, '[data-action="start"]')
    await shoot(first, 'panel-start', '#panel')
    await first.close()
    if (auto) {
      const walk = await autoWalk(browser, {
        community: servedHosts.centercode,
        onStep: async (stepId, page) => {
          await new Promise((resolve) => setTimeout(resolve, 300))
          await shoot(page, stepId)
        },
        onConfirm: async (_words, page) => shoot(page, 'confirm'),
      })
      await walk.panel.waitForSelector('[data-panel-status="done"]')
      await walk.panel.bringToFront()
      await shoot(walk.panel, 'panel-done', '#panel')
      console.log(`\ndemo: the setup is done by "Do it for me" (${walk.effort.clicks} clicks, ${walk.effort.keystrokes} keystrokes, ${(walk.ms / 1000).toFixed(0)} s): TestFairy's feedback now reaches the Centercode project.`)
      console.log(`demo: ${shots} screenshots, of each step and each confirmation, are in ${folder}\n`)
      return
    }
    const walk = await walkSetup(browser, {
      onStep: async (index, page, flow) => {
        const step = flow.steps[index]!
        const shows = async () => (await page.evaluate((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('.card')?.getAttribute('data-step') ?? '', overlayHost)) === String(index)
        // the card showing this step, and the spotlight settled (its move lasts 120 ms); a step for something
        // the page may not have (an existing key, a source made before) is passed over within a second
        const deadline = Date.now() + 5000
        while (Date.now() < deadline && !(await shows())) await new Promise((resolve) => setTimeout(resolve, 50))
        await new Promise((resolve) => setTimeout(resolve, step.ifPresent ? 1500 : 400))
        if (await shows()) await shoot(page, step.id)
      },
    })
    await walk.panel.waitForSelector('[data-panel-status="done"]')
    await walk.panel.bringToFront()
    await shoot(walk.panel, 'panel-done', '#panel')
    console.log(`\ndemo: the setup is done (${walk.effort.clicks} clicks, ${walk.effort.keystrokes} keystrokes): TestFairy's feedback now reaches the Centercode project.`)
    console.log(`demo: ${shots} screenshots, one for each step that waited for the person (the ones the extension did by itself passed too quickly), are in ${folder}\n`)
    if (forReadme) {
      const missing = Object.keys(readmePictures).filter((name) => !copied.has(name))
      if (missing.length) throw new Error(`the demo took no picture of ${missing.join(', ')}, which the README shows: see scripts/readme-pictures.ts`)
      console.log(`demo: the README's ${copied.size} pictures are in ${readmePicturesDir} again\n`)
    }
  } finally {
    await browser.close()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
