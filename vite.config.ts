import { defineConfig } from 'vite'
import { crx } from '@crxjs/vite-plugin'
import preact from '@preact/preset-vite'
import source from './manifest.json' with { type: 'json' }
import pkg from './package.json' with { type: 'json' }
import { manifestFor, parseTarget } from './build/browser-manifest.ts'
import { guideScriptsBuild } from './build/guide-scripts.ts'

// One source manifest, one build per browser: `vite build --mode chrome` and `--mode firefox`; the version
// is package.json's.
export default defineConfig(({ mode }) => {
  const target = parseTarget(mode)
  // a build is the production build whatever called it (a test runner's NODE_ENV=test would give the card
  // development JSX: bigger, with source paths in it)
  process.env.NODE_ENV = 'production'
  return {
    plugins: [preact(), crx({ manifest: { ...manifestFor(source, target), version: pkg.version } as never, browser: target }), guideScriptsBuild(`dist/${target}`)],
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      sourcemap: false,
    },
  }
})
