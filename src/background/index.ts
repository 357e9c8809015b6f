// The background's wiring only: every listener is registered synchronously at start-up, so a stopped
// service worker (or Firefox event page) wakes for the message that needs it.
import browser, { type Runtime } from 'webextension-polyfill'
import { answerMessage } from './answer-message'
import { answerPanel } from './answer-panel'
import { syncGuideScripts } from './guide-scripts'
import { guardStoredProgress, storageKeys } from './setup-store'

const ownOrigin = browser.runtime.getURL('')
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  // our own pages (the panel) and content scripts on the two sites speak different languages
  sender.url?.startsWith(ownOrigin) ? answerPanel(message, sender, browser.runtime.id, ownOrigin) : answerMessage(message, sender, browser.runtime.id),
)

// Content scripts hold a port open while a guide runs: when it breaks and the extension is gone, they
// take their UI away (see src/content/orphan-signal.ts). Nothing to do on our side but accept it.
browser.runtime.onConnect.addListener((port) => {
  if (port.name !== 'guide' || port.sender?.id !== browser.runtime.id) port.disconnect()
})

/** Brings the guide's scripts in line; a failure (a tab closing under it) is left for the next change to mend. */
const sync = (everywhere = false) => syncGuideScripts(everywhere).catch(() => undefined)

// A change of the stored progress that the background did not make is undone (see guardStoredProgress); the
// guide's scripts are registered only while a setup runs, on its own origins (and, for a community on its own
// domain, once access is allowed): kept in step with both, whoever changes them (the panel, a step, the
// browser's own permission settings), and checked each time the background starts (a browser restarted mid-setup).
browser.storage.onChanged.addListener((changes, area) => {
  const change = changes[storageKeys.progress]
  if (area !== 'local' || !change) return
  void guardStoredProgress(change.newValue)
    .catch(() => undefined)
    .then(() => sync())
})
browser.permissions.onAdded.addListener(() => void sync())
browser.permissions.onRemoved.addListener(() => void sync())
// updated or reloaded mid-setup: the guides in open tabs are orphaned (they take their cards away); new ones replace them
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'update') void sync(true)
})
// A background stopped between its two writes of the progress left the tabs' mirror behind: mended at start.
void browser.storage.local
  .get(storageKeys.progress)
  .then((stored) => guardStoredProgress(stored[storageKeys.progress]))
  .catch(() => undefined)
  .then(() => sync())
