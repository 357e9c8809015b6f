// The background's wiring only: every listener is registered synchronously at start-up, so a stopped
// service worker (or Firefox event page) wakes for the message that needs it.
import browser, { type Runtime } from 'webextension-polyfill'
import { answerMessage } from './answer-message'
import { answerPanel } from './answer-panel'
import { syncGuideScripts } from './guide-scripts'
import { storageKeys } from './setup-store'

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

// The guide's scripts are registered only while a setup runs (and, for a community on its own domain, once
// access is allowed): kept in step with both, whoever changes them (the panel, a step, the browser's own
// permission settings), and checked each time the background starts (a browser restarted mid-setup).
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && storageKeys.progress in changes) void syncGuideScripts()
// updated or reloaded mid-setup: the guides in open tabs are orphaned (they take their cards away); new ones replace them
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'update') void syncGuideScripts(true)
})
})
browser.permissions.onAdded.addListener(() => void syncGuideScripts())
browser.permissions.onRemoved.addListener(() => void syncGuideScripts())
void syncGuideScripts()
// updated or reloaded mid-setup: the guides in open tabs are orphaned (they take their cards away); new ones replace them
browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'update') void syncGuideScripts(true)
})
