import { describe, expect, it } from 'vitest'
import { oneAtATime } from './one-at-a-time'

describe('oneAtATime', () => {
  // calls: how many times it is asked while the first answer is pending → how many answers in all
  it.each([
    ['asked once', 1, 1],
    ['asked again while answering: once more, after', 2, 2],
    ['asked five times while answering: once more, after', 5, 2],
  ])('%s', async (_what, calls, runs) => {
    let answered = 0
    let release!: () => void
    const ask = oneAtATime(async () => {
      answered++
      if (answered === 1) await new Promise<void>((resolve) => (release = resolve))
    })
    const pending = Array.from({ length: calls }, () => ask())
    release()
    await Promise.all(pending)
    expect(answered).toBe(runs)
  })
  it('asks afresh once an answer is done', async () => {
    let answered = 0
    const ask = oneAtATime(async () => void answered++)
    await ask()
    await ask()
    expect(answered).toBe(2)
  })
  it.each([
    // failures in a row before an answer → how many asks, and whether the question fails in the end
    ['a failed answer (the background stopped): asked again at once, and answered', 1, 2, false],
    ['two failed answers: asked a third time, and answered', 2, 3, false],
    ['three failed answers: the question fails', 3, 3, true],
  ])('%s', async (_what, failures, asks, fails) => {
    let answered = 0
    const ask = oneAtATime(async () => {
      answered++
      if (answered <= failures) throw new Error('gone')
    })
    if (fails) await expect(ask()).rejects.toThrow('gone')
    else await ask()
    expect(answered).toBe(asks)
  })
  it('a failed question does not stop the next one', async () => {
    let answered = 0
    const ask = oneAtATime(async () => {
      answered++
      if (answered <= 3) throw new Error('gone')
    })
    await expect(ask()).rejects.toThrow('gone')
    await ask()
    expect(answered).toBe(4)
  })
})
