// Each site's guide as one self-contained file (an IIFE that imports nothing), which the background registers
// only while a setup runs (src/background/guide-scripts.ts). Registered and injected scripts are plain
// scripts, so nothing needs to be web-accessible.
import preact from '@preact/preset-vite'
import { build, type Plugin } from 'vite'
import { guideScripts } from '../src/content/guide-scripts.ts'

export function guideScriptsBuild(outDir: string): Plugin {
  return {
    name: 'guide-scripts',
    apply: 'build',
    async closeBundle() {
      for (const [site, script] of Object.entries(guideScripts)) {
        await build({
          configFile: false,
          logLevel: 'warn',
          plugins: [preact()],
          build: {
            outDir,
            emptyOutDir: false,
            sourcemap: false,
            copyPublicDir: false,
            lib: { entry: script.entry, formats: ['iife'], name: `${site}Guide`, fileName: () => script.path },
          },
        })
      }
    },
  }
}
