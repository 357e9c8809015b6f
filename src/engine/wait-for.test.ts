import { afterEach, describe, expect, it } from 'vitest'
import { churn, waitFor } from './wait-for'

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

  it('with afterChange, looks only once the page changes', async () => {
    document.body.innerHTML = '<p id="target">here</p>'
    let checks = 0
    const waiting = waitFor(() => (checks++, found()), { signal: controller.signal, afterChange: true })
    expect(checks).toBe(0)
    document.body.append(document.createElement('i'))
    await expect(waiting).resolves.toBe(document.querySelector('#target'))
    expect(checks).toBe(1)
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

  it('on a page that never stops changing, rests between looks instead of checking every batch, and still finds the target', async () => {
    const box = document.body.appendChild(document.createElement('div'))
    let batches = 0
    const ticker = setInterval(() => {
      batches++
      for (let i = 0; i < 40; i++) box.append(document.createElement('span'))
      while (box.childElementCount > 40) box.firstElementChild!.remove()
    }, 5)
    let checks = 0
    const waiting = waitFor(() => (checks++, found()), { signal: controller.signal })
    await new Promise((resolve) => setTimeout(resolve, 2 * churn.maxRestMs))
    const checksBefore = checks
    const appeared = performance.now()
    document.body.append(Object.assign(document.createElement('p'), { id: 'target' }))
    await expect(waiting).resolves.toBeTruthy()
    // seen when the rest ends
    expect(performance.now() - appeared).toBeLessThan(churn.maxRestMs + 500)
    clearInterval(ticker)
    // a check per batch would be one per 5 ms; resting, it is a few per rest
    expect(batches).toBeGreaterThan(4 * checksBefore)
    expect(checksBefore).toBeLessThan(20)
  })
})
