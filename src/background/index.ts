// The background's wiring only: every listener is registered synchronously at start-up, so a stopped
// service worker (or Firefox event page) wakes for the message that needs it.
import browser, { type Runtime } from 'webextension-polyfill'
import { answerMessage } from './answer-message'

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => answerMessage(message, sender, browser.runtime.id))
