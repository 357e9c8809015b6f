// The Centercode content script once more, as one self-contained file, for communities on their own domain.
// The manifest's content scripts load their chunks by dynamic import, which the browser allows only from
// the pages web_accessible_resources names (*.centercode.com); a community on its own domain gets this file
// instead, registered by the background only while a setup for it is running (src/background/own-domain.ts).
import preact from '@preact/preset-vite'
import { build, type Plugin } from 'vite'
import { ownDomainScript as script } from '../src/content/own-domain-script.ts'

export function ownDomainScript(outDir: string): Plugin {
  return {
    name: 'own-domain-script',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        plugins: [preact()],
        build: {
          outDir,
          emptyOutDir: false,
          sourcemap: false,
          copyPublicDir: false,
          lib: { entry: 'src/content/centercode.ts', formats: ['iife'], name: 'centercodeOwnDomain', fileName: () => script.path },
        },
      })
    },
  }
}
