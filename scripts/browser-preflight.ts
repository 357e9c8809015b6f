// What `npm test` needs from the system before it starts, and how to get it: the browsers come from the
// system's package manager (Debian's packages), never from a download of their own.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export interface SystemNeed {
  what: string
  /** true when it is already on this machine */
  present: () => boolean
  aptPackage: string
}

const firefoxGermanPack = '/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi'

export const systemNeeds: readonly SystemNeed[] = [
  { what: 'Chromium', present: () => existsSync('/usr/bin/chromium'), aptPackage: 'chromium' },
  { what: 'Firefox ESR', present: () => existsSync('/usr/bin/firefox-esr'), aptPackage: 'firefox-esr' },
  // for test/e2e/german.spec.ts: Firefox speaks German (and so does the extension) only with its language pack
  { what: "Firefox ESR's German language pack", present: () => existsSync(firefoxGermanPack), aptPackage: 'firefox-esr-l10n-de' },
  { what: 'openssl', present: () => onPath('openssl'), aptPackage: 'openssl' },
]

export interface Machine {
  isRoot: boolean
  passwordlessSudo: boolean
  hasApt: boolean
}

export type Plan =
  | { kind: 'ready' }
  | { kind: 'install'; commands: string[][] }
  | { kind: 'tell'; message: string }

/** Decides, without side effects, what to do about what is missing. */
export function planInstall(missing: readonly SystemNeed[], machine: Machine, command = 'npm test'): Plan {
  if (missing.length === 0) return { kind: 'ready' }
  const packages = missing.map((need) => need.aptPackage)
  const names = missing.map((need) => need.what).join(', ')
  if (!machine.hasApt) {
    return {
      kind: 'tell',
      message: `${command} needs ${names}, which this machine lacks, and it has no apt-get to install them. ` +
        `Install ${packages.join(' and ')} with your system's package manager (the tests run /usr/bin/chromium and /usr/bin/firefox-esr), then run ${command} again.`,
    }
  }
  const sudo = machine.isRoot ? [] : ['sudo', '-n']
  const commands = [
    [...sudo, 'apt-get', 'update'],
    [...sudo, 'apt-get', 'install', '-y', ...packages],
  ]
  if (machine.isRoot || machine.passwordlessSudo) return { kind: 'install', commands }
  return {
    kind: 'tell',
    message: `${command} needs ${names}, which this machine lacks. Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n` +
      `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n\nthen run ${command} again.`,
  }
}

export function describeMachine(): Machine {
  return {
    isRoot: process.getuid?.() === 0,
    passwordlessSudo: onPath('sudo') && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
    hasApt: onPath('apt-get'),
  }
}

function onPath(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/**
 * For a command a person runs (`npm run demo`): installs what of `needs` is missing when this machine can
 * (apt, as root or with passwordless sudo), or says exactly how and exits.
 */
export function ensureSystemNeeds(needs: readonly SystemNeed[], command: string): void {
  const missing = needs.filter((need) => !need.present())
  const plan = planInstall(missing, describeMachine(), command)
  if (plan.kind === 'ready') return
  if (plan.kind === 'tell') {
    console.error(`\n${plan.message}\n`)
    process.exit(1)
  }
  console.log(`Installing ${missing.map((need) => need.what).join(', ')} through apt…`)
  for (const [cmd, ...args] of plan.commands) {
    const run = spawnSync(cmd!, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
    if (run.status !== 0) {
      console.error(`\n"${[cmd, ...args].join(' ')}" failed: install ${missing.map((need) => need.aptPackage).join(' ')} yourself, then run ${command} again.\n`)
      process.exit(1)
    }
  }
}
