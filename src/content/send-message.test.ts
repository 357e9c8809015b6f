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
})
