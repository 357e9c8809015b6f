import type { Site } from '../domain/sites'
import type { HelloReply } from '../messages'
import { progressKey } from '../setup/storage-keys'
import { extensionApi, type StorageChange } from './extension-api'
import { markAttribute } from './page-mark'
import { sendMessage } from './send-message'

/**
 * The whole cost of an idle page: tells the background this page is open, marks the page with the setup
 * status it answers, and loads the guide only when a setup is running (now, or once one starts).
 * An orphaned script (extension reloaded or removed) cannot reach the background: it stays silent.
 */
export async function announce(site: Site): Promise<void> {
  const reply = (await sendMessage({ type: 'hello', site })) as HelloReply | undefined
  if (reply?.type !== 'hello-reply') return
  document.documentElement.setAttribute(markAttribute, reply.setup)
  if (reply.setup === 'running') return loadGuide(site)
  // Idle: no observer, no timer; one storage listener so a setup started from the panel shows up here.
  const { storage } = extensionApi()
  const onChanged = (changes: Record<string, StorageChange>, area: string) => {
    if (area !== 'local' || !(progressKey in changes) || !changes[progressKey]?.newValue) return
    storage.onChanged.removeListener(onChanged)
    document.documentElement.setAttribute(markAttribute, 'running')
    void loadGuide(site)
  }
  storage.onChanged.addListener(onChanged)
}

async function loadGuide(site: Site): Promise<void> {
  const { startGuide } = await import('./guide')
  startGuide(site)
}
