import { fakeBrowser } from '@webext-core/fake-browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sendMessage } from './send-message'

const message = { type: 'open-step-site' } as const

describe('sendMessage: a background stopped at that moment', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })
  it.each<[string, (() => Promise<unknown>)[], unknown, number]>([
    ['answered at once', [async () => 'reply'], 'reply', 1],
    ['refused twice ("receiving end does not exist"), then answered', [async () => Promise.reject(new Error('gone')), async () => Promise.reject(new Error('gone')), async () => 'reply'], 'reply', 3],
    ['the reply lost (undefined), then answered', [async () => undefined, async () => 'reply'], 'reply', 2],
    ['never answered: gives up after 4 tries', Array.from({ length: 6 }, () => async () => undefined), undefined, 4],
  ])('%s', async (_what, replies, expected, calls) => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage')
    for (const reply of replies) send.mockImplementationOnce(reply as never)
    await expect(sendMessage(message)).resolves.toBe(expected)
    expect(send).toHaveBeenCalledTimes(calls)
  })
  it('an answer that never comes counts as lost: tried again once the wait is over (longer for the test feedback)', async () => {
    vi.useFakeTimers()
    try {
      const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage')
      const never = (() => new Promise(() => undefined)) as never
      send.mockImplementationOnce(never).mockImplementationOnce((async () => 'reply') as never)
      let reply: unknown = null
      void sendMessage(message).then((r) => (reply = r))
      await vi.advanceTimersByTimeAsync(9_000)
      expect(send).toHaveBeenCalledTimes(1)
      await vi.advanceTimersByTimeAsync(1_200)
      expect(reply).toBe('reply')
      send.mockImplementationOnce(never).mockImplementationOnce((async () => 'sent') as never)
      void sendMessage({ type: 'send', stepIndex: 3, again: false }).then((r) => (reply = r))
      await vi.advanceTimersByTimeAsync(15_000)
      expect(send).toHaveBeenCalledTimes(3)
      await vi.advanceTimersByTimeAsync(5_200)
      expect(reply).toBe('sent')
    } finally {
      vi.useRealTimers()
    }
  })
})
