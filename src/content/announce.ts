import browser from 'webextension-polyfill'
import type { Site } from '../domain/sites'
import type { HelloReply } from '../messages'
import { markAttribute } from './page-mark'


/**
 * Tells the background this page is open and marks the page with the setup status it answers.
 * An orphaned script (extension reloaded or removed) cannot reach the background: it stays silent.
 */
export async function announce(site: Site): Promise<HelloReply | undefined> {
  let reply: HelloReply | undefined
  try {
    reply = (await browser.runtime.sendMessage({ type: 'hello', site })) as HelloReply | undefined
  } catch {
    return undefined
  }
  if (reply?.type === 'hello-reply') document.documentElement.setAttribute(markAttribute, reply.setup)
  return reply
}
