// `npm test`: every check, in order, stopping at the first failure, then one summary line.
//   type check → eslint → unit tests → both builds → built manifests → web-ext lint → the browser suites in
//   three lanes side by side (see `steps`)
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describeMachine, planInstall, systemNeeds } from './browser-preflight'

interface Outcome {
  passed: number
  failed: number
  detail: string
}
interface Step {
  name: string
  /** The lines' names, for a step of several runs. */
  names?: string[]
  run: () => Outcome | Promise<Outcome | Outcome[]>
}

const scratch = mkdtempSync(join(tmpdir(), 'tfcc-test-'))
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }))

function command(cmd: string, args: string[], env: Record<string, string> = {}): number {
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return result.status ?? 1
}

function check(cmd: string, args: string[], detail: string): Outcome {
  const ok = command(cmd, args) === 0
  return { passed: 0, failed: ok ? 0 : 1, detail: ok ? detail : 'failed' }
}

/** The arguments of a vitest run of one project that writes its JSON report to `report`. */
const vitestArgs = (project: string, report: string) => ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]

/** Runs one vitest project and counts its tests from the JSON report. */
function vitest(project: string, env: Record<string, string> = {}): Outcome {
  const report = join(scratch, `${project}-${Object.values(env).join('-') || 'all'}.json`)
  return counted(report, command('npx', vitestArgs(project, report), env))
}

/**
 * One vitest run of a lane: its line's name, its project (only the files named, if any; none of those excluded),
 * and what it needs in its environment.
 */
interface Run {
  name: string
  project: string
  files?: string[]
  exclude?: string[]
  env?: Record<string, string>
}

/** Runs one vitest project in the background, each line of its output marked with the run's name. */
function runMarked(run: Run): Promise<Outcome> {
  return new Promise((resolve) => {
    const report = join(scratch, `${run.name.replace(/\W+/g, '-')}.json`)
    const child = spawn('npx', [...vitestArgs(run.project, report), ...(run.exclude ?? []).flatMap((glob) => ['--exclude', glob]), ...(run.files ?? [])], { env: { ...process.env, ...run.env }, stdio: ['ignore', 'pipe', 'pipe'] })
    const started = performance.now()
    for (const stream of [child.stdout, child.stderr]) {
      let rest = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines) process.stdout.write(`[${run.name}] ${line}\n`)
      })
      stream.on('end', () => rest && process.stdout.write(`[${run.name}] ${rest}\n`))
    }
    child.on('close', (status) => {
      const outcome = counted(report, status ?? 1)
      resolve({ ...outcome, detail: `${outcome.detail} (${((performance.now() - started) / 1000).toFixed(1)} s)` })
    })
  })
}

/**
 * The browser suites in lanes side by side (one lane: one after another): each lane runs all its suites in
 * turn, past a failure (what else fails is worth knowing). One outcome per run, in order.
 */
async function lanes(...all: Run[][]): Promise<Outcome[]> {
  const results = await Promise.all(
    all.map(async (lane) => {
      const outcomes: Outcome[] = []
      for (const run of lane) outcomes.push(await runMarked(run))
      return outcomes
    }),
  )
  return results.flat()
}

/** A vitest run's outcome from its exit status and its JSON report. */
function counted(report: string, status: number): Outcome {
  let counts = { numPassedTests: 0, numFailedTests: 0, numTotalTests: 0 }
  try {
    counts = JSON.parse(readFileSync(report, 'utf8'))
  } catch {
    // no report: the run failed before any test, which counts as a failure below
  }
  const failed = counts.numFailedTests || (status === 0 && counts.numTotalTests > 0 ? 0 : 1)
  return { passed: counts.numPassedTests, failed, detail: `${counts.numPassedTests} passed, ${counts.numFailedTests} failed` }
}

function lint(): Outcome {
  const out = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], {
    encoding: 'utf8',
    env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
  })
  try {
    const report = JSON.parse(out.stdout) as { errors: { code: string; message: string; file?: string }[]; warnings: unknown[] }
    for (const error of report.errors) console.error(`  web-ext lint error ${error.code}: ${error.message} (${error.file ?? 'manifest'})`)
    const detail = `${report.errors.length} errors, ${report.warnings.length} warnings`
    return { passed: 0, failed: report.errors.length ? 1 : 0, detail }
  } catch {
    process.stderr.write(out.stdout + out.stderr)
    return { passed: 0, failed: 1, detail: 'did not run' }
  }
}

function preflight(): Outcome {
  const missing = systemNeeds.filter((need) => !need.present())
  const plan = planInstall(missing, describeMachine())
  if (plan.kind === 'ready') return { passed: 0, failed: 0, detail: 'present' }
  if (plan.kind === 'tell') {
    console.error(`\n${plan.message}\n`)
    process.exit(1)
  }
  console.log(`Installing ${missing.map((n) => n.what).join(', ')} through apt…`)
  for (const args of plan.commands) {
    const [cmd, ...rest] = args as [string, ...string[]]
    if (command(cmd, rest, { DEBIAN_FRONTEND: 'noninteractive' }) !== 0) return { passed: 0, failed: 1, detail: `"${args.join(' ')}" failed` }
  }
  const still = systemNeeds.filter((need) => !need.present())
  return still.length
    ? { passed: 0, failed: 1, detail: `still missing: ${still.map((n) => n.what).join(', ')}` }
    : { passed: 0, failed: 0, detail: 'installed' }
}

/**
 * The fault walks and the security walk: in the third lane (in both browsers), out of each browser's own; where
 * "Do it for me" stops, in Firefox, there too; the demo in the first.
 */
const faults = 'test/e2e/faults.spec.ts'
const security = 'test/e2e/security.spec.ts'
const autoStops = 'test/e2e/auto-stops.spec.ts'
const demo = 'test/e2e/demo.spec.ts'

const steps: Step[] = [
  { name: 'browsers', run: preflight },
  { name: 'type check', run: () => check('npm', ['run', '--silent', 'typecheck'], 'no errors') },
  { name: 'eslint', run: () => check('npm', ['run', '--silent', 'lint'], 'no errors') },
  { name: 'unit tests', run: () => vitest('unit') },
  { name: 'build', run: () => check('npm', ['run', '--silent', 'build'], 'dist/chrome, dist/firefox') },
  { name: 'built manifests', run: () => vitest('dist') },
  { name: 'web-ext lint', run: lint },
  // three lanes side by side, of about the same length (the machine's two cores are busy all along, so the
  // lanes share them and end together): the end-to-end suites in Chromium and `npm run demo` | the end-to-end
  // suites in Firefox | the imitations walked by hand, the overlay, the manual's person who pauses between
  // actions (mostly waiting), the fault walks and the security walk in both browsers, and where "Do it for me"
  // stops in Firefox
  {
    name: 'browser suites',
    names: ['e2e Chromium', 'demo', 'e2e Firefox', 'dashboards', 'overlay', 'e2e paced', 'e2e faults', 'e2e security', 'e2e auto stops'],
    run: () =>
      lanes(
        [
          { name: 'e2e Chromium', project: 'e2e', exclude: [faults, security, demo], env: { E2E_BROWSERS: 'chromium', E2E_PACED: 'skip' } },
          { name: 'demo', project: 'e2e', files: [demo], env: { E2E_BROWSERS: 'chromium' } },
        ],
        [{ name: 'e2e Firefox', project: 'e2e', exclude: [faults, security, autoStops, demo], env: { E2E_BROWSERS: 'firefox', E2E_PACED: 'skip' } }],
        [
          { name: 'dashboards', project: 'dashboards' },
          { name: 'overlay', project: 'overlay' },
          { name: 'e2e paced', project: 'e2e', files: ['test/e2e/manual-person.spec.ts'], env: { E2E_PACED: 'only' } },
          { name: 'e2e faults', project: 'e2e', files: [faults] },
          { name: 'e2e security', project: 'e2e', files: [security] },
          { name: 'e2e auto stops', project: 'e2e', files: [autoStops], env: { E2E_BROWSERS: 'firefox' } },
        ],
      ),
  },
]

const lines: string[] = []
let passed = 0
let failed = 0
let ran = 0
const started = performance.now()
for (const step of steps) {
  console.log(`\n▶ ${step.name}`)
  const stepStarted = performance.now()
  const result = await step.run()
  const seconds = ((performance.now() - stepStarted) / 1000).toFixed(1)
  const outcomes = Array.isArray(result) ? result : [result]
  outcomes.forEach((outcome, i) => {
    passed += outcome.passed
    failed += outcome.failed
    // a step of several runs says each one's own time in its detail
    const time = Array.isArray(result) ? '' : ` (${seconds} s)`
    lines.push(`  ${outcome.failed ? '✗' : '✓'} ${(step.names?.[i] ?? step.name).padEnd(16)} ${outcome.detail}${time}`)
  })
  ran++
  if (outcomes.some((outcome) => outcome.failed)) break
}

console.log(`\nnpm test (${((performance.now() - started) / 60_000).toFixed(1)} min)\n${lines.join('\n')}`)
if (ran < steps.length) console.log(`  stopped at the first failure; ${steps.length - ran} step(s) not run`)
console.log(`summary: ${passed} passed, ${failed} failed`)
process.exitCode = failed ? 1 : 0
