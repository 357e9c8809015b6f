// A message to the background that survives the background being stopped or suspended at that moment (the
// browser does so whenever it likes): sent again, it wakes a fresh one. A reply lost that way reads as no
// reply at all ("message port closed"), so no reply is tried again too, a few times: the background answers
// every message it accepts. So is a reply that never comes. Every message the content scripts send is safe to
// repeat (a step command names the step it was sent from; a test feedback is sent once).
import type { Message } from '../setup/messages'
import { extensionApi } from './extension-api'
import { contextAlive } from './orphan-signal'

const attempts = 4
/**
 * How long one try waits for the background's answer before counting it lost (a background suspended while it
 * answered may never settle the call): longer for the test feedback, whose POST the background gives up on after
 * 15 s (src/background/send-test-feedback.ts), than the few ms every other answer takes.
 */
const replyWaitMs = { send: 20_000, other: 10_000 }
/** The wait before the next try grows by this much each time (100, 200, 300 ms): a stopped background wakes within them. */
const retryStepMs = 100

export async function sendMessage(message: Message): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    let giveUp: ReturnType<typeof setTimeout> | undefined
    const reply: unknown = await Promise.race([
      Promise.resolve().then(() => extensionApi().runtime.sendMessage(message)),
      new Promise((resolve) => (giveUp = setTimeout(resolve, message.type === 'send' ? replyWaitMs.send : replyWaitMs.other))),
    ])
      .catch(() => undefined)
      .finally(() => clearTimeout(giveUp))
    if (reply !== undefined || attempt >= attempts || !contextAlive()) return reply
    await new Promise((resolve) => setTimeout(resolve, retryStepMs * attempt))
  }
}
