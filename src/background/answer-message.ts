import type { Runtime } from 'webextension-polyfill'
import { siteOf } from '../domain/sites'
import { parseMessage, type HelloReply } from '../messages'
import { readSetupStatus } from './setup-status'

/**
 * Answers one message, or returns undefined to ignore it. A message counts only when it is well formed
 * and comes from our own content script on a page of the site it names.
 */
export async function answerMessage(
  value: unknown,
  sender: Runtime.MessageSender,
  ownId: string,
): Promise<HelloReply | undefined> {
  const message = parseMessage(value)
  if (!message || sender.id !== ownId) return undefined
  if (siteOf(sender.url) !== message.site) return undefined
  return { type: 'hello-reply', setup: await readSetupStatus() }
}
