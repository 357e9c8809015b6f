// Derives each browser's manifest from the one source, manifest.json.
// Chrome takes it as written; Firefox gets the keys it needs and Chrome does not know.

export type Target = 'chrome' | 'firefox'
export const targets: readonly Target[] = ['chrome', 'firefox']

/** The stable id Firefox keeps the extension's storage and permissions under. Never change it. */
export const geckoId = 'testfairy-centercode-connect@extensions.testfairy-centercode'

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string }
}

const firefoxOnly = {
  browser_specific_settings: {
    gecko: {
      id: geckoId,
      strict_min_version: '140.0',
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: '142.0' },
  },
}

export function parseTarget(mode: string): Target {
  if ((targets as readonly string[]).includes(mode)) return mode as Target
  throw new Error(`Unknown build target "${mode}": build with --mode ${targets.join(' or --mode ')}`)
}

export function manifestFor<M extends Manifest>(source: M, target: Target): M & Partial<typeof firefoxOnly> {
  if (target === 'chrome') return source
  const { service_worker, ...background } = source.background ?? {}
  if (!service_worker) throw new Error('manifest.json must name background.service_worker')
  // Firefox runs MV3 backgrounds as event pages: the same script, listed under background.scripts.
  return { ...source, background: { ...background, scripts: [service_worker] }, ...firefoxOnly }
}
