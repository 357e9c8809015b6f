// The whole rig a spec starts: imitation dashboards on loopback, the confining proxy in front of them,
// and browsers with the production build of the extension installed.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { inject } from 'vitest'
import { isServedHost } from '../../dashboards/hosts'
import type { DashboardsOptions } from '../../dashboards/options'
import { startDashboards, type DashboardsServer } from '../../dashboards/server'
import type { BrowserName, LaunchOptions, TestBrowser } from './browser'
import { launchChromium, launchChromiumContext } from './chromium'
import { startConfiningProxy, type ConfiningProxy } from './confining-proxy'
import { launchFirefox } from './firefox'

export interface Rig {
  dashboards: DashboardsServer
  /** The certificate the imitations serve (PEM). */
  certificate: string
  proxy: ConfiningProxy
  close(): Promise<void>
}

export async function startRig(dashboardsOptions?: Partial<DashboardsOptions>): Promise<Rig> {
  const certificate = inject('certificate')
  const dashboards = await startDashboards({ ...certificate, ...(dashboardsOptions ? { dashboards: dashboardsOptions } : {}) })
  const proxy = await startConfiningProxy({ serverPort: dashboards.port, allows: isServedHost })
  return {
    dashboards,
    certificate: certificate.cert,
    proxy,
    close: async () => {
      await proxy.close()
      await dashboards.close()
    },
  }
}

/** The production build each browser loads, exactly as `npm run build` wrote it. */
export const extensionDirs: Record<BrowserName, string> = {
  chromium: resolve('dist/chrome'),
  firefox: resolve('dist/firefox'),
}

export async function launchBrowser(name: BrowserName, rig: Rig, options: LaunchOptions = {}): Promise<TestBrowser> {
  const dir = extensionDirs[name]
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} has no build: run "npm run build" first`)
  const network = { proxyPort: rig.proxy.port, certificate: rig.certificate }
  if (name === 'chromium' && options.permissionPrompts === 'allow') throw new Error('headless Chromium cannot answer a permission prompt')
  if (name === 'chromium' && options.locale) throw new Error('Chromium in another language needs chromium-l10n, which the tests do not install')
  return name === 'chromium' ? launchChromium(dir, network, options.profile) : launchFirefox(dir, network, options)
}

/** Chromium with no extension, for walking the imitation dashboards by hand (Playwright's full page API). */
export function launchWalker(rig: Rig) {
  return launchChromiumContext({ proxyPort: rig.proxy.port })
}
