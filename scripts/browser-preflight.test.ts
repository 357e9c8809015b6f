import { describe, expect, it } from 'vitest'
import { planInstall, systemNeeds, type Machine } from './browser-preflight'

const [chromium, firefox] = systemNeeds as [typeof systemNeeds[0], typeof systemNeeds[0]]
const debian = (over: Partial<Machine> = {}): Machine => ({ isRoot: false, passwordlessSudo: false, hasApt: true, ...over })

describe('planInstall', () => {
  it('does nothing when nothing is missing', () => {
    expect(planInstall([], debian())).toEqual({ kind: 'ready' })
  })

  it.each([
    ['as root', debian({ isRoot: true }), []],
    ['with passwordless sudo', debian({ passwordlessSudo: true }), ['sudo', '-n']],
  ])('installs the missing browsers through apt %s', (_how, machine, prefix) => {
    expect(planInstall([chromium, firefox], machine)).toEqual({
      kind: 'install',
      commands: [
        [...prefix, 'apt-get', 'update'],
        [...prefix, 'apt-get', 'install', '-y', 'chromium', 'firefox-esr'],
      ],
    })
  })

  it('otherwise stops with the exact command to run', () => {
    const plan = planInstall([firefox], debian())
    expect(plan.kind).toBe('tell')
    expect(plan.kind === 'tell' && plan.message).toContain('sudo apt-get update && sudo apt-get install -y firefox-esr\n')
  })

  it('names what to install where there is no apt', () => {
    const plan = planInstall([chromium], debian({ hasApt: false, isRoot: true }))
    expect(plan.kind === 'tell' && plan.message).toMatch(/lacks, and it has no apt-get.*Install chromium with/)
  })
})
