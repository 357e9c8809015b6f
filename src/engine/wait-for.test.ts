import { afterEach, describe, expect, it } from 'vitest'
import { waitFor } from './wait-for'

describe('waitFor', () => {
  let controller = new AbortController()
  afterEach(() => {
    controller.abort()
    controller = new AbortController()
    document.body.innerHTML = ''
  })
  const found = () => document.querySelector('#target')

  it('gives what the first check finds, at once', async () => {
    document.body.innerHTML = '<p id="target">here</p>'
    await expect(waitFor(found, { signal: controller.signal })).resolves.toBe(document.querySelector('#target'))
  })

  it('checks again when the page changes, in the observer’s callback (no frame waited for)', async () => {
    let checks = 0
    const waiting = waitFor(() => (checks++, found()), { signal: controller.signal })
    const target = Object.assign(document.createElement('p'), { id: 'target' })
    document.body.append(target)
    await Promise.resolve()
    await Promise.resolve()
    expect(checks).toBe(2)
    await expect(waiting).resolves.toBe(target)
  })

  it('waits on several things at once, each told of the changes, and stops when its signal aborts', async () => {
    const a = waitFor(() => document.querySelector('#a'), { signal: controller.signal })
    const other = new AbortController()
    const b = waitFor(() => document.querySelector('#b'), { signal: other.signal })
    other.abort(new Error('no longer needed'))
    await expect(b).rejects.toThrow('no longer needed')
    document.body.innerHTML = '<i id="a"></i><i id="b"></i>'
    await expect(a).resolves.toBeTruthy()
  })

  it('is woken by the extra wake-ups too (a navigation), and ends them with the wait', async () => {
    let wakeUp = () => {}
    let ended = false
    let ready = false
    const waiting = waitFor(() => ready || null, {
      signal: controller.signal,
      wake: (listener, signal) => {
        wakeUp = listener
        signal.addEventListener('abort', () => (ended = true))
      },
    })
    ready = true
    wakeUp()
    await expect(waiting).resolves.toBe(true)
    expect(ended).toBe(true)
  })
})
