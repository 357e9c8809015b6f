// The whole setup as one flow: every step of both sites, so "step x of N" counts across them.
import type { Flow } from '../engine/step'
import { centercodeSteps } from './centercode'
import { testfairySteps } from './testfairy'

export function setupFlow(): Flow {
  return { id: 'testfairy-centercode-setup', steps: [...centercodeSteps(), ...testfairySteps()] }
}
