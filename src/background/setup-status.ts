import browser from 'webextension-polyfill'
import type { SetupStatus } from '../messages'

/** storage.local key of the setup's progress (never a secret: those live in storage.session). */
export const progressKey = 'progress'

/** Whether a setup is under way. Read from storage each time: the service worker keeps nothing in memory. */
export async function readSetupStatus(): Promise<SetupStatus> {
  const stored = await browser.storage.local.get(progressKey)
  return stored[progressKey] ? 'running' : 'idle'
}
