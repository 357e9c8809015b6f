// Captures the rendered DOM of the imitation dashboards' pages (after their late rendering) into
// src/engine/find/fixtures/*.html, for the element-finding tests. Run once, and again when the imitations change:
//   npx tsx scripts/capture-page-fixtures.ts
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { servedHostnames, servedHosts, isServedHost } from '../test/dashboards/hosts'
import { pathsFor } from '../test/dashboards/centercode/paths'
import type { CentercodeOptions } from '../test/dashboards/options'
import type { TestFairyState } from '../test/dashboards/testfairy/state'
import { startDashboards, type DashboardsServer } from '../test/dashboards/server'
import { makeCertificate } from '../test/e2e/rig/certificate'
import { launchChromiumContext } from '../test/e2e/rig/chromium'
import { startConfiningProxy } from '../test/e2e/rig/confining-proxy'

/** What a captured key becomes: the shape of one, plainly an example. */
const placeholderKey = `EXAMPLEnotAkey${'0'.repeat(32)}`
const outDir = join(import.meta.dirname, '..', 'src', 'engine', 'find', 'fixtures')
const settleMs = 1000

interface Capture {
  file: string
  host: string
  /** A path, or a function of the host's options (after `prepare`). */
  path: string | ((server: DashboardsServer) => string)
  prepare?: (server: DashboardsServer) => Promise<void>
  act?: (page: Page) => Promise<void>
}

/** Creates an API key by a plain form POST to the site, so the External Source form is offered. */
async function seedApiKey(server: DashboardsServer, host: string): Promise<void> {
  const site = server.site(host)!
  const paths = pathsFor(fallbackOptions(host))
  const response = await site.handle({
    method: 'POST',
    url: new URL(`https://${host}${paths.apiKeyCreate}`),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'name=TestFairy&prefix=Skel&email_notification=none',
  })
  if (response.status >= 400) throw new Error(`seeding an API key on ${host} failed: ${response.status}`)
}

/** Creates the External Source "TestFairy" (key testfairy) by a plain form POST, as its Create form would. */
async function seedSource(server: DashboardsServer, host: string, typeId: string, team: string): Promise<void> {
  const paths = pathsFor(fallbackOptions(host))
  const body = new URLSearchParams({ name: 'TestFairy', key: 'testfairy', team, status: 'New', param_summary: 'text' }).toString()
  const response = await server.site(host)!.handle({
    method: 'POST',
    url: new URL(`https://${host}${paths.sourceCreate(typeId)}`),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body,
  })
  if (response.status >= 400) throw new Error(`seeding a source on ${host} failed: ${response.status}`)
}

/** A Centercode webhook already saved in TestFairy (the endpoint of the seeded source, its key a placeholder). */
function seedWebhook(server: DashboardsServer, host: string, integration: 'centercode' | 'webhook'): void {
  const state = server.site(host)!.state as TestFairyState
  const url = `https://${acme}/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey=${placeholderKey}`
  state.webhooks.push({ id: 1, integration, name: 'Centercode', url, active: true, events: ['feedback'], allProjects: true })
  state.nextId = 2
}

/** Makes an API key through the page's own form, as a person does: the page then shows the new key. */
async function makeKeyOnPage(page: Page): Promise<void> {
  await page.locator('input[name="name"]').fill('TestFairy')
  await page.getByRole('button', { name: 'Submit' }).click()
  await page.waitForLoadState('load')
}

/** The default options' generation and project of a Centercode host (all pathsFor needs). */
function fallbackOptions(host: string): Pick<CentercodeOptions, 'generation' | 'projectKey'> {
  const legacy = host === servedHosts.centercode
  return { generation: legacy ? 'legacy' : 'current', projectKey: legacy ? 'AcmeBeta' : 'InitechPilot' }
}

const acme = servedHosts.centercode
const initech = servedHosts.centercodeCurrent
const legacyPaths = pathsFor(fallbackOptions(acme))
const currentPaths = pathsFor(fallbackOptions(initech))

const captures: Capture[] = [
  { file: 'tf-integrations.html', host: servedHosts.testfairy, path: '/settings/integrations/' },
  {
    file: 'tf-integrations-centercode-dialog.html',
    host: servedHosts.testfairy,
    path: '/settings/integrations/',
    act: async (page) => {
      await page.locator('.integration-row', { hasText: 'Centercode' }).getByRole('button', { name: 'Add Integration' }).click()
      await page.getByRole('dialog').waitFor()
    },
  },
  { file: 'tf-globex-webhooks-add.html', host: servedHosts.testfairyPrivateCloud, path: '/settings/webhooks/add/' },
  // a classic account without the Centercode row: the generic Webhook row instead
  {
    file: 'tf-integrations-webhook-row.html',
    host: servedHosts.testfairy,
    path: '/settings/integrations/',
    prepare: async (s) => s.configure(servedHosts.testfairy, { centercodeRow: false }),
  },
  {
    file: 'tf-integrations-webhook-dialog.html',
    host: servedHosts.testfairy,
    path: '/settings/integrations/',
    prepare: async (s) => s.configure(servedHosts.testfairy, { centercodeRow: false }),
    act: async (page) => {
      await page.locator('li[data-integration="webhook"]').getByRole('button', { name: 'Add Integration' }).click()
      await page.getByRole('dialog').waitFor()
    },
  },
  { file: 'cc-acme-apikeys.html', host: acme, path: legacyPaths.apiKeys },
  { file: 'cc-acme-apikey-generate.html', host: acme, path: legacyPaths.apiKeyCreate },
  { file: 'cc-acme-source-create.html', host: acme, path: legacyPaths.sourceCreate('101'), prepare: (s) => seedApiKey(s, acme) },
  { file: 'cc-initech-apikeys.html', host: initech, path: currentPaths.apiKeys },
  { file: 'cc-initech-apikey-new.html', host: initech, path: currentPaths.apiKeyCreate },
  { file: 'cc-initech-source-create.html', host: initech, path: currentPaths.sourceCreate('issues'), prepare: (s) => seedApiKey(s, initech) },
  // the pages of every step, for where the setup stands (src/engine/standing.test.ts)
  { file: 'cc-acme-home.html', host: acme, path: legacyPaths.home },
  { file: 'cc-initech-home.html', host: initech, path: currentPaths.home },
  { file: 'cc-acme-apikey-generated.html', host: acme, path: legacyPaths.apiKeyCreate, act: makeKeyOnPage },
  { file: 'cc-initech-apikey-created.html', host: initech, path: currentPaths.apiKeyCreate, act: makeKeyOnPage },
  { file: 'cc-acme-apikeys-listed.html', host: acme, path: legacyPaths.apiKeys, prepare: (s) => seedApiKey(s, acme) },
  { file: 'cc-initech-apikeys-listed.html', host: initech, path: currentPaths.apiKeys, prepare: (s) => seedApiKey(s, initech) },
  { file: 'cc-acme-feedbacktypes.html', host: acme, path: legacyPaths.feedbackTypes, prepare: (s) => seedApiKey(s, acme) },
  { file: 'cc-initech-feedbacktypes.html', host: initech, path: currentPaths.feedbackTypes, prepare: (s) => seedApiKey(s, initech) },
  { file: 'cc-acme-type-form.html', host: acme, path: legacyPaths.feedbackType('101', 'form'), prepare: (s) => seedApiKey(s, acme) },
  { file: 'cc-acme-type-form-nokey.html', host: acme, path: legacyPaths.feedbackType('101', 'form') },
  { file: 'cc-initech-type-form.html', host: initech, path: currentPaths.feedbackType('issues', 'form'), prepare: (s) => seedApiKey(s, initech) },
  { file: 'cc-acme-sources.html', host: acme, path: legacyPaths.feedbackType('101', 'sources'), prepare: (s) => seedApiKey(s, acme) },
  { file: 'cc-initech-sources.html', host: initech, path: currentPaths.feedbackType('issues', 'sources'), prepare: (s) => seedApiKey(s, initech) },
  {
    file: 'cc-acme-sources-listed.html',
    host: acme,
    path: legacyPaths.feedbackType('101', 'sources'),
    prepare: async (s) => {
      await seedApiKey(s, acme)
      await seedSource(s, acme, '101', 'Beta Team')
    },
  },
  {
    file: 'cc-acme-source-saved.html',
    host: acme,
    path: legacyPaths.source('101', 'testfairy'),
    prepare: async (s) => {
      await seedApiKey(s, acme)
      await seedSource(s, acme, '101', 'Beta Team')
    },
  },
  {
    file: 'cc-acme-source-saved-noendpoint.html',
    host: acme,
    path: legacyPaths.source('101', 'testfairy'),
    prepare: async (s) => {
      s.configure(acme, { endpointPresentation: 'none' })
      await seedApiKey(s, acme)
      await seedSource(s, acme, '101', 'Beta Team')
    },
  },
  {
    file: 'cc-initech-source-saved.html',
    host: initech,
    path: currentPaths.source('issues', 'testfairy'),
    prepare: async (s) => {
      await seedApiKey(s, initech)
      await seedSource(s, initech, 'issues', 'Product Team')
    },
  },
  { file: 'tf-dashboard.html', host: servedHosts.testfairy, path: '/' },
  { file: 'tf-settings.html', host: servedHosts.testfairy, path: '/settings/' },
  { file: 'tf-globex-webhooks.html', host: servedHosts.testfairyPrivateCloud, path: '/settings/webhooks/' },
  {
    file: 'tf-integrations-listed.html',
    host: servedHosts.testfairy,
    path: '/settings/integrations/',
    prepare: async (s) => seedWebhook(s, servedHosts.testfairy, 'centercode'),
  },
  {
    file: 'tf-globex-webhooks-listed.html',
    host: servedHosts.testfairyPrivateCloud,
    path: '/settings/webhooks/',
    prepare: async (s) => seedWebhook(s, servedHosts.testfairyPrivateCloud, 'webhook'),
  },
  {
    file: 'cc-acme-renamed-apikeys.html',
    host: acme,
    path: legacyPaths.apiKeys,
    prepare: async (s) => s.configure(acme, { renamedLabels: true }),
  },
  {
    file: 'cc-acme-renamed-source-create.html',
    host: acme,
    path: legacyPaths.sourceCreate('101'),
    prepare: async (s) => {
      s.configure(acme, { renamedLabels: true })
      await seedApiKey(s, acme)
    },
  },
]

const cert = await makeCertificate(servedHostnames)
const server = await startDashboards({ ...cert })
const proxy = await startConfiningProxy({ serverPort: server.port, allows: isServedHost })
const { context, close } = await launchChromiumContext({ proxyPort: proxy.port })
try {
  await mkdir(outDir, { recursive: true })
  for (const capture of captures) {
    server.reset()
    await capture.prepare?.(server)
    const path = typeof capture.path === 'string' ? capture.path : capture.path(server)
    const page = await context.newPage()
    const opened = `https://${capture.host}${path}`
    const response = await page.goto(opened, { waitUntil: 'load' })
    if (!response || response.status() >= 400) throw new Error(`${opened}: ${response?.status()}`)
    await page.waitForTimeout(settleMs)
    if (capture.act) {
      await capture.act(page)
      await page.waitForTimeout(settleMs)
    }
    const { html, stylesheets } = await page.evaluate(() => {
      for (const script of Array.from(document.querySelectorAll('script'))) script.remove()
      // a dialog opened modal (showModal) says so in its markup, which alone would not tell it
      for (const dialog of Array.from(document.querySelectorAll('dialog'))) if (dialog.matches(':modal')) dialog.setAttribute('aria-modal', 'true')
      // Each site's stylesheet as Chromium parsed it, saved once per site (fixtures/<site>.css) and put back by
      // loadFixture, so a test sees what CSS hides or transforms (text-transform, display: none).
      const stylesheets = Array.from(document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'), (link) => ({
        href: link.getAttribute('href') ?? '',
        css: Array.from(link.sheet?.cssRules ?? [], (rule) => rule.cssText).join('\n'),
      }))
      return { html: document.documentElement.outerHTML, stylesheets }
    })
    for (const { href, css } of stylesheets) {
      const site = /^\/static\/(\w+)\/style\.css$/.exec(href)?.[1]
      if (site) await writeFile(join(outDir, `${site}.css`), `${css}\n`)
    }
    const url = page.url()
    const header = `<!-- Captured from ${url}${capture.act ? ' (after an action)' : ''} by scripts/capture-page-fixtures.ts; scripts removed; its stylesheet, as Chromium parsed it, is fixtures/<site>.css. -->\n`
    // every key the imitation made (an API key, a CSRF token) as a placeholder of its shape, visibly not a key (a
    // prefix of letters and 32 hex digits, as the finders expect): nothing key-like is committed
    const masked = html
      .replace(/\b[A-Za-z]{0,16}[0-9a-f]{32}\b/g, placeholderKey)
      // and a masked key's last characters, which would differ on every capture
      .replace(/(•{4,})[0-9a-f]{4}\b/g, '$10000')
    await writeFile(join(outDir, capture.file), `<!DOCTYPE html>\n${header}${masked}\n`)
    console.log(`${capture.file} ← ${url} (${html.length} chars)`)
    await page.close()
  }
} finally {
  await close()
  await proxy.close()
  await server.close()
}
