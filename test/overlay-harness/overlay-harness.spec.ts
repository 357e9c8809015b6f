// The overlay in real Chromium, as a content script (isolated world) on the imitation TestFairy Integrations
// page under its strict CSP: styles apply, the spotlight sits on and follows the Centercode "Add Integration"
// button, and the card stays visible and clickable above the page's modal <dialog>.
// Run: npx vitest run --config test/overlay-harness/vitest.config.ts   (screenshots in /tmp/overlay-harness/)
import { mkdir, rm } from 'node:fs/promises'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchChromiumContext } from '../e2e/rig/chromium'
import { startRig, type Rig } from '../e2e/rig/rig'
import { buildHarnessExtension } from './build-extension'
import type { HarnessCommand, HarnessState } from './content'

const shots = '/tmp/overlay-harness'
const integrations = 'https://app.testfairy.com/settings/integrations/'
const addCentercode = '.integration-row[data-integration="centercode"] [data-add-integration]'
const inOverlay = (selector: string) => `tfcc-guide ${selector}` // Playwright CSS pierces open shadow roots

const state: HarnessState = {
  instruction: 'Click “Add Integration” in the Centercode row.',
  step: { current: 3, total: 7 },
  target: addCentercode,
  canBack: true,
  canSkip: false,
}

let rig: Rig
let browser: { context: BrowserContext; close(): Promise<void> }
let extensionDir: string
let page: Page

beforeAll(async () => {
  extensionDir = await buildHarnessExtension()
  rig = await startRig()
  browser = await launchChromiumContext({ proxyPort: rig.proxy.port }, extensionDir)
  browser.context.setDefaultTimeout(10_000)
  await mkdir(shots, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
  await rig?.close()
  if (extensionDir) await rm(extensionDir, { recursive: true, force: true })
})
beforeEach(async () => {
  rig.dashboards.reset()
  for (const open of browser.context.pages()) await open.close()
  page = await browser.context.newPage()
  await page.setViewportSize({ width: 1100, height: 560 })
  await page.goto(integrations)
  await page.locator(addCentercode).waitFor()
  await page.waitForSelector('html[data-tfcc-harness-ready]', { state: 'attached' })
})

async function send(command: HarnessCommand): Promise<void> {
  await page.evaluate((json) => {
    document.documentElement.setAttribute('data-tfcc-harness', json)
    document.dispatchEvent(new Event('tfcc-harness'))
  }, JSON.stringify(command))
}
const actionsCalled = () => page.evaluate(() => JSON.parse(document.documentElement.getAttribute('data-tfcc-actions') ?? '[]') as string[])

/** Where things are, in viewport coordinates, read from the page (the shadow root is open). */
const geometry = () =>
  page.evaluate((selector) => {
    const rect = (el: Element | null | undefined) => {
      if (!el) return null
      const r = el.getBoundingClientRect()
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height }
    }
    const host = document.querySelector('tfcc-guide') as HTMLElement | null
    const root = host?.shadowRoot
    const card = root?.querySelector('.card')
    const spot = root?.querySelector<HTMLElement>('.spotlight')
    const target = document.querySelector(selector)
    const cardRect = rect(card)
    const hit = cardRect ? document.elementFromPoint(cardRect.left + cardRect.width / 2, cardRect.top + 20) : null
    return {
      target: rect(target),
      spot: spot && !spot.hidden ? rect(spot) : null,
      card: cardRect,
      cardBackground: card ? getComputedStyle(card).backgroundColor : null,
      cardRadius: card ? getComputedStyle(card).borderTopLeftRadius : null,
      hostOpen: host?.matches(':popover-open') ?? false,
      hostParent: host?.parentElement?.localName ?? null,
      cardOnTop: hit === host,
      scrollY: window.scrollY,
    }
  }, addCentercode)

/** The spotlight sits on the target (4px ring around it). */
function expectSpotOnTarget(g: Awaited<ReturnType<typeof geometry>>) {
  expect(g.spot).not.toBeNull()
  expect(g.target).not.toBeNull()
  expect(Math.abs(g.spot!.left - (g.target!.left - 4))).toBeLessThanOrEqual(1.5)
  expect(Math.abs(g.spot!.top - (g.target!.top - 4))).toBeLessThanOrEqual(1.5)
  expect(Math.abs(g.spot!.width - (g.target!.width + 8))).toBeLessThanOrEqual(1.5)
}

/**
 * The card is beside the target, not on it: clear of the ring around it, and near it (below or above, clear of
 * the row the target is in too: place-card.ts), not sent to a corner.
 */
function expectCardBesideTarget(g: Awaited<ReturnType<typeof geometry>>) {
  const t = g.target!
  const c = g.card!
  const apart = c.left >= t.right + 4 || c.right <= t.left - 4 || c.top >= t.bottom + 4 || c.bottom <= t.top - 4
  expect(apart, `card ${JSON.stringify(c)} on target ${JSON.stringify(t)}`).toBe(true)
  const dx = Math.max(0, c.left - t.right, t.left - c.right)
  const dy = Math.max(0, c.top - t.bottom, t.top - c.bottom)
  expect(Math.hypot(dx, dy), `card ${JSON.stringify(c)} far from target ${JSON.stringify(t)}`).toBeLessThanOrEqual(80)
}

/**
 * Once the card may show (it waits out of sight 400 ms: styles.ts) and stands still: the same place in two looks
 * a frame-and-more apart (on a busy machine its placing can come after those 400 ms).
 */
const settled = async () => {
  await page.waitForTimeout(450)
  for (let before = JSON.stringify(await geometry()); ; ) {
    await page.waitForTimeout(50)
    const now = JSON.stringify(await geometry())
    if (now === before) return
    before = now
  }
}

describe('the overlay on the TestFairy Integrations page, in Chromium, under the page CSP', () => {
  it('spotlights the Centercode "Add Integration" button, styled, in the top layer, and follows scrolling', async () => {
    await send({ op: 'mount' })
    await send({ op: 'update', state })
    await settled()
    let g = await geometry()
    expect(g.hostOpen).toBe(true)
    expect(g.hostParent).toBe('body')
    expect(g.cardBackground).toBe('rgb(255, 255, 255)') // the shadow <style> applied despite style-src 'self'
    expect(g.cardRadius).toBe('10px')
    expectSpotOnTarget(g)
    expectCardBesideTarget(g)
    expect(g.cardOnTop).toBe(true)
    await page.screenshot({ path: `${shots}/1-spotlight.png` })

    // The person scrolls (a wheel): the spotlight and the card follow; nothing scrolls back by itself.
    await page.mouse.move(600, 300)
    await page.mouse.wheel(0, -150)
    await settled()
    const before = g
    g = await geometry()
    expect(g.scrollY).toBeLessThan(before.scrollY)
    expectSpotOnTarget(g)
    expectCardBesideTarget(g)
    await page.screenshot({ path: `${shots}/2-scrolled.png` })
  })

  it('brings the target back out from under the sticky top bar when the page scrolled it there', async () => {
    // A longer page, so the button can go up under the header.
    await page.evaluate(() => {
      const spacer = document.createElement('div')
      spacer.style.height = '1500px' // CSSOM, allowed under the page's style-src
      document.body.append(spacer)
    })
    await send({ op: 'mount' })
    await send({ op: 'update', state })
    await settled()
    // The page itself scrolls so the button sits under its 56px sticky header.
    await page.evaluate((selector) => {
      const target = document.querySelector(selector)!
      window.scrollBy(0, target.getBoundingClientRect().top - 20)
    }, addCentercode)
    await page.waitForTimeout(100)
    expect((await geometry()).target!.top).toBeLessThan(56)
    await page.waitForTimeout(900)
    const g = await geometry()
    expect(g.target!.top).toBeGreaterThan(56)
    expectSpotOnTarget(g)
    await page.screenshot({ path: `${shots}/3-out-from-under-header.png` })
  })

  it('stays visible and clickable above the page modal dialog, and moves back when it closes', async () => {
    await send({ op: 'mount' })
    await send({ op: 'update', state })
    await settled()
    await page.locator(addCentercode).click() // the person does the step
    await page.locator('dialog[open]').waitFor()
    await expect.poll(async () => (await geometry()).hostParent).toBe('dialog')
    let g = await geometry()
    expect(g.hostOpen).toBe(true)
    expect(g.cardOnTop).toBe(true)
    expect(g.spot).toBeNull() // the old target is inert behind the dialog: no spotlight on it
    await page.screenshot({ path: `${shots}/4-over-dialog.png` })

    // The next step's target is inside the dialog: spotlight there, above the dialog's content.
    await send({ op: 'update', state: { ...state, instruction: 'Name the integration “Centercode”.', step: { current: 4, total: 7 }, target: 'dialog[open] input[name="webhook-name"]' } })
    await settled()
    expect((await geometry()).spot).not.toBeNull()
    await page.screenshot({ path: `${shots}/5-target-in-dialog.png` })

    await page.locator(inOverlay('button[data-action="done"]')).click() // Playwright checks it is the element hit
    expect(await actionsCalled()).toEqual(['done'])
    expect(await page.locator('dialog[open]').count()).toBe(1) // the click did not reach the dialog's backdrop

    // Typing in the dialog's field is the page's: Escape there does not pause, and closes the page's dialog.
    await page.locator('dialog[open] input[name="webhook-name"]').fill('Centercode')
    await page.locator('dialog[open] input[name="webhook-name"]').press('Escape')
    await page.locator('dialog[open]').waitFor({ state: 'detached' })
    expect(await actionsCalled()).toEqual(['done'])
    await expect.poll(async () => (await geometry()).hostParent).toBe('body')
    g = await geometry()
    expect(g.hostOpen).toBe(true)
    await send({ op: 'update', state })
    await page.locator(inOverlay('button[data-action="back"]')).click()
    expect(await actionsCalled()).toEqual(['done', 'back'])
  })

  it('a card with nothing to spotlight takes a corner that covers none of the page’s buttons', async () => {
    // the page's own button where the card would dock (bottom right), as a dialog's Submit may be
    await page.evaluate(() => {
      const submit = document.createElement('button')
      submit.id = 'corner-submit'
      submit.textContent = 'Submit'
      submit.style.cssText = 'position: fixed; right: 12px; bottom: 12px; width: 140px; height: 44px; z-index: 5'
      document.body.append(submit)
    })
    await send({ op: 'mount' })
    await send({ op: 'update', state: { ...state, target: null } })
    await settled()
    const { card, submit } = await page.evaluate(() => {
      const r = (el: Element) => el.getBoundingClientRect().toJSON() as { left: number; top: number; right: number; bottom: number }
      return { card: r(document.querySelector('tfcc-guide')!.shadowRoot!.querySelector('.card')!), submit: r(document.querySelector('#corner-submit')!) }
    })
    const apart = card.right <= submit.left || card.left >= submit.right || card.bottom <= submit.top || card.top >= submit.bottom
    expect(apart, `card ${JSON.stringify(card)} over the page's Submit ${JSON.stringify(submit)}`).toBe(true)
    await page.locator('#corner-submit').click({ trial: true }) // Playwright: the button is what a click there hits
  })

  it('the person drags the card out of the way by its head; it stays there, and goes beside the next target', async () => {
    await send({ op: 'mount' })
    await send({ op: 'update', state })
    await settled()
    const before = (await geometry()).card!
    const head = page.locator(inOverlay('.card .head .step'))
    const grip = (await head.boundingBox())!
    await page.mouse.move(grip.x + 5, grip.y + 5)
    await page.mouse.down()
    await page.mouse.move(grip.x + 5 - 300, grip.y + 5 - 120, { steps: 6 })
    await page.mouse.up()
    let g = await geometry()
    expect(Math.round(g.card!.left)).toBe(Math.round(Math.max(8, before.left - 300)))
    expect(Math.round(g.card!.top)).toBe(Math.round(Math.max(8, before.top - 120)))
    expectSpotOnTarget(g)
    // the page goes on (a scroll, the same step said again): the card stays where the person put it
    await page.mouse.wheel(0, -60)
    await send({ op: 'update', state: { ...state, note: 'Filled.' } })
    await settled()
    expect(Math.round((await geometry()).card!.left)).toBe(Math.round(Math.max(8, before.left - 300)))
    // a page script's pointer events do not move it
    await page.evaluate(() => {
      const el = document.querySelector('tfcc-guide')!.shadowRoot!.querySelector('.card .head')!
      el.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true, clientX: 10, clientY: 10, button: 0 }))
      el.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, composed: true, clientX: 900, clientY: 500 }))
    })
    expect(Math.round((await geometry()).card!.left)).toBe(Math.round(Math.max(8, before.left - 300)))
    // a docked card (nothing to spotlight) is dragged the same way
    await send({ op: 'update', state: { ...state, target: null } })
    await settled()
    const docked = (await geometry()).card!
    const dockedGrip = (await head.boundingBox())!
    await page.mouse.move(dockedGrip.x + 5, dockedGrip.y + 5)
    await page.mouse.down()
    await page.mouse.move(dockedGrip.x + 5 - 400, dockedGrip.y + 5 - 200, { steps: 6 })
    await page.mouse.up()
    g = await geometry()
    expect(Math.round(g.card!.left)).toBe(Math.round(Math.max(8, docked.left - 400)))
    expect(Math.round(g.card!.top)).toBe(Math.round(Math.max(8, docked.top - 200)))
    expect(Math.round(g.card!.top)).not.toBe(Math.round(docked.top))
    expect(Math.round(g.card!.width)).toBe(Math.round(docked.width))
    // the next target: placed by the guide again, beside it
    await send({ op: 'update', state })
    await settled()
    expectCardBesideTarget(await geometry())
  })

  it('point to it: the click picks the element, the page never sees it; Escape cancels', async () => {
    await send({ op: 'mount' })
    await send({ op: 'update', state: { ...state, target: null, notFound: { lookFor: 'the Centercode row' } } })
    await page.screenshot({ path: `${shots}/6-not-found.png` })
    await page.locator(inOverlay('button[data-action="point-to-it"]')).click()
    expect(await actionsCalled()).toEqual(['pointToIt'])
    await send({ op: 'update', state: { ...state, target: null, pointing: true } })
    const slack = page.locator('.integration-row[data-integration="slack"] [data-add-integration]')
    await slack.hover()
    expect(await page.evaluate((s) => getComputedStyle(document.querySelector(s)!).cursor, '.integration-row[data-integration="slack"] [data-add-integration]')).toBe('crosshair')
    await page.screenshot({ path: `${shots}/7-pointing.png` })
    await slack.click()
    expect(await actionsCalled()).toEqual(['pointToIt', 'pointed button:Add Integration'])
    expect(await page.locator('dialog[open]').count()).toBe(0) // the page did not act on the click
    await page.keyboard.press('Escape')
    expect(await actionsCalled()).toEqual(['pointToIt', 'pointed button:Add Integration', 'cancelPointing'])
    await send({ op: 'update', state: { ...state, target: null } })
    expect(await page.evaluate((s) => getComputedStyle(document.querySelector(s)!).cursor, '.integration-row[data-integration="slack"] [data-add-integration]')).not.toBe('crosshair')
  })

  it('Escape on the page pauses to a pill; dark pages and dark scheme stay legible; the abort removes everything', async () => {
    await send({ op: 'mount' })
    await send({ op: 'update', state: { ...state, note: 'Filled in for you.' } })
    await page.emulateMedia({ colorScheme: 'dark' })
    await settled()
    expect((await geometry()).cardBackground).toBe('rgb(28, 31, 38)')
    await page.screenshot({ path: `${shots}/8-dark.png` })
    await page.keyboard.press('Escape')
    expect(await actionsCalled()).toEqual(['pause'])
    await send({ op: 'update', state: { ...state, paused: true } })
    await page.screenshot({ path: `${shots}/9-paused.png` })
    await page.locator(inOverlay('button[data-action="resume"]')).click()
    expect(await actionsCalled()).toEqual(['pause', 'resume'])
    await send({ op: 'abort' })
    expect(await page.locator('tfcc-guide').count()).toBe(0)
    await page.locator(addCentercode).click()
    await page.locator('dialog[open]').waitFor()
    expect(await page.locator('tfcc-guide').count()).toBe(0)
  })
})
