// `npm run lint`: three rules, all errors; `npm test` runs it right after the type check.
import Module, { createRequire } from 'node:module'
import { defineConfig } from 'eslint/config'

// typescript-eslint reads types through TypeScript's JavaScript API, which the project's TypeScript 7 (native, for
// tsc) does not have. In this process alone, every require('typescript') gets TypeScript 5.9 from the local package
// lint/typescript5 instead. This must happen before typescript-eslint is loaded, hence the import() below.
const require = createRequire(import.meta.url)
const typescript5 = createRequire(require.resolve('typescript5/package.json')).resolve('typescript')
const resolveFilename = Module._resolveFilename
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript5 : resolveFilename.call(this, request, ...rest)
}
const { default: tseslint } = await import('typescript-eslint')

const rules = {
  // A promise nobody awaits (or .catch()es) rejects unhandled: its error is lost, or ends the process.
  '@typescript-eslint/no-floating-promises': 'error',
  // A promise where a plain value is expected (an async listener, `if (promise)`) is never waited for either.
  '@typescript-eslint/no-misused-promises': 'error',
  // Braces on every body that spans lines, and on all branches of an if/else when one needs them:
  // a block pasted into another shows where it ends.
  curly: ['error', 'multi-line', 'consistent'],
}

/** Type-aware linting of `files`, typed by the tsconfig that compiles them. */
const typed = (tsconfig, files) => ({
  files,
  languageOptions: {
    parser: tseslint.parser,
    parserOptions: { project: tsconfig, tsconfigRootDir: import.meta.dirname },
  },
  plugins: { '@typescript-eslint': tseslint.plugin },
  rules,
})

export default defineConfig(
  // Only TypeScript is linted: the imitation dashboards' plain browser scripts (test/dashboards/**/*.js) are not.
  { ignores: ['dist/', 'packages/', 'demo-screenshots/', '**/node_modules/', '**/*.{js,cjs,mjs}'] },
  // the extension, browser code
  typed('./tsconfig.json', ['src/**/*.{ts,tsx}']),
  // what Node runs: build configuration, build helpers, scripts, test rigs and imitation dashboards
  typed('./tsconfig.node.json', ['scripts/**/*.ts', 'test/**/*.ts', 'build/**/*.ts', 'vite.config.ts', 'vitest.config.ts']),
)
