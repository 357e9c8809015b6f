import { defineConfig } from 'vitest/config'

// Five projects, run separately by `npm test` in this order:
//  unit: beside the code, in happy-dom with an in-memory browser API;
//  dist: checks of the built extensions themselves (needs `npm run build` first);
//  dashboards: the imitation dashboards walked by hand in Chromium, no extension;
//  overlay: the guide's overlay alone, as a content script of a throw-away extension, in Chromium;
//  e2e:  the built extensions in real Chromium and Firefox against the imitation dashboards.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'build/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
          environment: 'happy-dom',
          setupFiles: ['@webext-core/fake-browser/auto'],
          // the saved pages' stylesheets are read as text (vitest empties CSS it is not told to process)
          css: { include: [/src\/engine\/find\/fixtures\/\w+\.css/, /src\/engine\/overlay\/tokens\.css/, /src\/panel\/panel\.css/] },
        },
      },
      {
        test: {
          name: 'dist',
          include: ['test/dist/**/*.spec.ts'],
          environment: 'node',
          // package.spec builds again (npm run package): the others must not read dist/ while it is rewritten
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'dashboards',
          include: ['test/dashboards/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/rig/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'overlay',
          include: ['test/overlay-harness/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/rig/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/rig/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
