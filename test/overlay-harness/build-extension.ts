// Builds a throwaway MV3 extension whose only content script is the overlay harness (vite, as an IIFE):
// the overlay alone, as a content script, on the imitation pages under their real CSP.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import preact from '@preact/preset-vite'
import { build } from 'vite'

export async function buildHarnessExtension(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tfcc-overlay-harness-'))
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [preact()],
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: resolve(import.meta.dirname, 'content.ts'), formats: ['iife'], name: 'overlayHarness', fileName: () => 'content.js' },
    },
  })
  const manifest = {
    manifest_version: 3,
    name: 'tfcc overlay harness',
    version: '0.0.1',
    content_scripts: [{ matches: ['https://app.testfairy.com/*', 'https://acme.centercode.com/*'], js: ['content.js'], run_at: 'document_idle' }],
  }
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2))
  return dir
}
