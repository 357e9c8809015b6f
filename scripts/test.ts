// `npm test`: every check, then one summary line. The browsers present, the type check and both builds first,
// stopping at the first failure; then three lanes side by side, each running all its tasks past a failure: the
// browser suites, and beside them eslint, the unit tests, the built manifests and web-ext lint (see `steps`).
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

/**
 * Runs a command in the background, each line of its output marked with `name`; its exit status and what it
 * printed to stdout (the web-ext lint's report) once it ends.
 */
function spawnMarked(name: string, cmd: string, args: string[], env: Record<string, string> = {}, echo = true): Promise<{ status: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    for (const stream of [child.stdout, child.stderr]) {
      let rest = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        if (stream === child.stdout) stdout += chunk
        if (stream === child.stdout && !echo) return
        const lines = (rest + chunk).split('\n')
        rest = lines.pop() ?? ''
        for (const line of lines) process.stdout.write(`[${name}] ${line}\n`)
      })
      stream.on('end', () => rest && process.stdout.write(`[${name}] ${rest}\n`))
    }
    child.on('close', (status) => resolve({ status: status ?? 1, stdout }))
  })
}

/** A step of a lane: its line's name, and what it does. */
interface Task {
  name: string
  run: () => Promise<Outcome>
}

/** One vitest run, in the background, counted from its JSON report. */
function vitestTask(run: Run): Task {
  const report = join(scratch, `${run.name.replace(/\W+/g, '-')}.json`)
  const args = [...vitestArgs(run.project, report), ...(run.exclude ?? []).flatMap((glob) => ['--exclude', glob]), ...(run.files ?? [])]
  return { name: run.name, run: async () => counted(report, (await spawnMarked(run.name, 'npx', args, run.env)).status) }
}

/** A command that passes or fails, in the background. */
function checkTask(name: string, cmd: string, args: string[], detail: string): Task {
  return { name, run: async () => ((await spawnMarked(name, cmd, args)).status === 0 ? { passed: 0, failed: 0, detail } : { passed: 0, failed: 1, detail: 'failed' }) }
}

/**
 * Lanes side by side (one lane: one task after another): each lane runs all its tasks in turn, past a failure
 * (what else fails is worth knowing), each line saying its own time. One outcome per task, in order.
 */
async function lanes(...all: Task[][]): Promise<Outcome[]> {
  const results = await Promise.all(
    all.map(async (lane) => {
      const outcomes: Outcome[] = []
      for (const task of lane) {
        const started = performance.now()
        const outcome = await task.run()
        outcomes.push({ ...outcome, detail: `${outcome.detail} (${((performance.now() - started) / 1000).toFixed(1)} s)` })
      }
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

/** web-ext lint of the Firefox build: its errors said one by one. */
const webExtLint: Task = {
  name: 'web-ext lint',
  run: async () => {
    const { stdout } = await spawnMarked('web-ext lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { NO_UPDATE_NOTIFIER: '1' }, false)
    try {
      const report = JSON.parse(stdout) as { errors: { code: string; message: string; file?: string }[]; warnings: unknown[] }
      for (const error of report.errors) console.error(`  web-ext lint error ${error.code}: ${error.message} (${error.file ?? 'manifest'})`)
      return { passed: 0, failed: report.errors.length ? 1 : 0, detail: `${report.errors.length} errors, ${report.warnings.length} warnings` }
    } catch {
      return { passed: 0, failed: 1, detail: 'did not run' }
    }
  },
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

/** The fault walks: a lane of their own (in both browsers), out of each browser's own. */
const faults = 'test/e2e/faults.spec.ts'

const steps: Step[] = [
  { name: 'browsers', run: preflight },
  { name: 'type check', run: () => check('npm', ['run', '--silent', 'typecheck'], 'no errors') },
  { name: 'build', run: () => check('npm', ['run', '--silent', 'build'], 'dist/chrome, dist/firefox') },
  // three lanes side by side, of about the same length: the imitations walked by hand and the end-to-end suites
  // in Chromium | the end-to-end suites in Firefox | the checks of the code and the build (no browser), the
  // overlay, the manual's person who pauses between actions (mostly waiting) and the fault walks, in both browsers
  {
    name: 'lanes',
    names: ['dashboards', 'e2e Chromium', 'e2e Firefox', 'eslint', 'unit tests', 'built manifests', 'web-ext lint', 'overlay', 'e2e paced', 'e2e faults'],
    run: () =>
      lanes(
        [
          vitestTask({ name: 'dashboards', project: 'dashboards' }),
          vitestTask({ name: 'e2e Chromium', project: 'e2e', exclude: [faults], env: { E2E_BROWSERS: 'chromium', E2E_PACED: 'skip' } }),
        ],
        [vitestTask({ name: 'e2e Firefox', project: 'e2e', exclude: [faults], env: { E2E_BROWSERS: 'firefox', E2E_PACED: 'skip' } })],
        [
          checkTask('eslint', 'npm', ['run', '--silent', 'lint'], 'no errors'),
          vitestTask({ name: 'unit tests', project: 'unit' }),
          vitestTask({ name: 'built manifests', project: 'dist' }),
          webExtLint,
          vitestTask({ name: 'overlay', project: 'overlay' }),
          vitestTask({ name: 'e2e paced', project: 'e2e', files: ['test/e2e/manual-person.spec.ts'], env: { E2E_PACED: 'only' } }),
          vitestTask({ name: 'e2e faults', project: 'e2e', files: [faults] }),
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
