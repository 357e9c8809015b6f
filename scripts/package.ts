// `npm run package`: the store packages, versioned from package.json, into packages/:
//   NAME-VERSION-chrome.zip   for the Chrome Web Store: dist/chrome, zipped here with fixed dates and a fixed
//                             order, so the same sources give the same bytes;
//   NAME-VERSION-firefox.zip  for addons.mozilla.org, built by web-ext from dist/firefox (web-ext stamps each
//                             entry with the time it zips, so only its files, not the zip, repeat byte for byte);
//   NAME-VERSION-source.zip   what addons.mozilla.org reviewers ask for with bundled code: the committed sources
//                             and lock file (git archive of HEAD), whose README says how to build the packages;
//                             made only in a git checkout with nothing uncommitted (or with --allow-dirty).
// web-ext lint must report no errors. Prints each package's SHA-256 and the files of each zip's content hash.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { contentHash, zipFolder } from './package/zip-folder'

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string }
const out = 'packages'
const base = `${pkg.name}-${pkg.version}`
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

function run(command: string, args: string[]): string {
  // no update check of web-ext's own: nothing but the build goes over the network
  return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NO_UPDATE_NOTIFIER: '1' } })
}

function inGitCheckout(): boolean {
  try {
    return run('git', ['rev-parse', '--is-inside-work-tree']).trim() === 'true'
  } catch {
    return false
  }
}

async function main(): Promise<void> {
  // The source archive is HEAD: packages built from uncommitted changes would not match it.
  const git = inGitCheckout()
  if (git && run('git', ['status', '--porcelain']).trim() && !process.argv.includes('--allow-dirty')) {
    throw new Error('package: the working tree has uncommitted changes, which the source archive (HEAD) would not hold. Commit them, or run with --allow-dirty for a trial.')
  }
  console.log(`package: building ${base}…`)
  run('npm', ['run', '--silent', 'build'])
  for (const target of ['chrome', 'firefox']) {
    const manifest = JSON.parse(readFileSync(`dist/${target}/manifest.json`, 'utf8')) as { version: string }
    if (manifest.version !== pkg.version) throw new Error(`dist/${target}/manifest.json says version ${manifest.version}, package.json ${pkg.version}`)
  }

  const lint = JSON.parse(run('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'])) as {
    summary: { errors: number; warnings: number }
    errors: { code: string; message: string; file?: string }[]
  }
  if (lint.summary.errors > 0) {
    for (const error of lint.errors) console.error(`web-ext lint: ${error.code} ${error.message} ${error.file ?? ''}`)
    throw new Error(`web-ext lint found ${lint.summary.errors} errors: no packages made`)
  }

  rmSync(out, { recursive: true, force: true })
  mkdirSync(out)
  const chrome = join(out, `${base}-chrome.zip`)
  writeFileSync(chrome, await zipFolder('dist/chrome'))
  const firefox = join(out, `${base}-firefox.zip`)
  run('npx', ['web-ext', 'build', '--source-dir', 'dist/firefox', '--artifacts-dir', out, '--filename', `${base}-firefox.zip`, '--overwrite-dest', '--no-config-discovery'])
  // from a source archive (no git), the store packages only: that is how reviewers check them
  const source = git ? join(out, `${base}-source.zip`) : null
  if (source) run('git', ['archive', '--format=zip', `--prefix=${base}-source/`, '-o', source, 'HEAD'])

  console.log(`\npackage: web-ext lint: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings (README, "Store packages", says why)`)
  for (const file of [chrome, firefox, ...(source ? [source] : [])]) console.log(`  ${file}  ${(statSync(file).size / 1024).toFixed(0)} kB  sha256 ${sha256(file)}`)
  console.log(`  files of dist/chrome: ${contentHash('dist/chrome')}`)
  console.log(`  files of dist/firefox: ${contentHash('dist/firefox')}`)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
