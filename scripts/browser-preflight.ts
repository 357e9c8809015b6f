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

export const systemNeeds: readonly SystemNeed[] = [
  { what: 'Chromium', present: () => existsSync('/usr/bin/chromium'), aptPackage: 'chromium' },
  { what: 'Firefox ESR', present: () => existsSync('/usr/bin/firefox-esr'), aptPackage: 'firefox-esr' },
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
export function planInstall(missing: readonly SystemNeed[], machine: Machine): Plan {
  if (missing.length === 0) return { kind: 'ready' }
  const packages = missing.map((need) => need.aptPackage)
  const names = missing.map((need) => need.what).join(', ')
  if (!machine.hasApt) {
    return {
      kind: 'tell',
      message: `npm test needs ${names}, which this machine lacks, and it has no apt-get to install them. ` +
        `Install ${packages.join(' and ')} with your system's package manager (the tests run /usr/bin/chromium and /usr/bin/firefox-esr), then run npm test again.`,
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
    message: `npm test needs ${names}, which this machine lacks. Install ${missing.length > 1 ? 'them' : 'it'} with:\n\n` +
      `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n\nthen run npm test again.`,
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
