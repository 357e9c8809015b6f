// The guide engine in real browsers, production build, on the imitation dashboards: test-only flows
// (different from the product's) started through the extension's own storage.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { Flow } from '../../src/engine/step'
import { servedHosts } from '../dashboards/hosts'
import type { TestFairyState } from '../dashboards/testfairy/state'
import { centercodeClickPointing, centercodePointing, testfairyWalk, webhookRowFlow } from './flows/test-flows'
import { selectedBrowsers, type TestBrowser, type TestPage } from './rig/browser'
import { extensionStorage, inCard, readCard as card } from './rig/guide-page'
import { pressCardButton, tabToAndPress } from './rig/keyboard'
import { launchBrowser, startRig, type Rig } from './rig/rig'

describe.each(selectedBrowsers())('%s: the guide engine', (name) => {
  let rig: Rig
  let browser: TestBrowser
  let panel: TestPage
  const setProgress = (flow: Flow | null, stepIndex = 0, paused = false) => extensionStorage(panel).setProgress(flow, stepIndex, paused)
  const waitForStep = (page: TestPage, step: string) =>
    expect.poll(async () => (await card(page)).step, { timeout: 10_000 }).toBe(step)

  beforeAll(async () => {
    rig = await startRig({ renderDelayMs: 300 })
    browser = await launchBrowser(name, rig)
    panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
  })
  afterAll(async () => {
    await browser?.close()
    await rig?.close()
  })
  beforeEach(async () => {
    rig.dashboards.reset()
    await setProgress(null)
  })

  it('walks a TestFairy flow: menu, page load, pushState, a row among six, a modal dialog, filling; resumes after a reload', async () => {
    await setProgress(testfairyWalk)
    const page = await browser.newPage()
    await page.goto(`https://${servedHosts.testfairy}/`)
    await waitForStep(page, 'Step 1 of 7')
    expect((await card(page)).text).toBe('Open the menu with your e-mail address')
    await expect.poll(async () => (await card(page)).spotlight !== null, { timeout: 5_000 }).toBe(true)

    await page.click('[data-account-toggle]')
    await waitForStep(page, 'Step 2 of 7')
    await page.click('a[role=menuitem][href="/settings/"]')
    await waitForStep(page, 'Step 3 of 7')
    // the step is the click's; the page it loads may still be on its way (Firefox tells the address once loaded)
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(`https://${servedHosts.testfairy}/settings/`)

    // A reload resumes the same step.
    await page.reload()
    await waitForStep(page, 'Step 3 of 7')

    await page.click('a[data-spa][href="/settings/integrations/"]')
    await waitForStep(page, 'Step 4 of 7')
    // the card points at the Centercode row's button, not at one of the other five
    const pointsAtCentercode = () => page.evaluate(() => {
      const spot = document.querySelector('tfcc-guide')?.shadowRoot?.querySelector('.spotlight')?.getBoundingClientRect()
      const rows = [...document.querySelectorAll('.integration-row')]
      const row = rows.find((r) => r.textContent?.includes('Centercode'))
      const button = row?.querySelector('button')?.getBoundingClientRect()
      return !!spot && !!button && Math.abs(spot.top + spot.height / 2 - (button.top + button.height / 2)) < 4
    })
    await expect.poll(pointsAtCentercode, { timeout: 5_000 }).toBe(true)

    await page.click('.integration-row:nth-of-type(5) button')
    // Steps 5 and 6 fill the dialog's framework-controlled form by themselves; step 7 waits for the person.
    await waitForStep(page, 'Step 7 of 7')
    expect(await card(page)).toMatchObject({ inDialog: true })
    await expect.poll(async () => (await card(page)).spotlight !== null, { timeout: 5_000 }).toBe(true)
    const form = await page.evaluate(() => {
      const dialog = document.querySelector('dialog[open]')!
      return {
        name: (dialog.querySelector('input[name="webhook-name"]') as HTMLInputElement).value,
        feedback: (dialog.querySelector('input[name="actions-feedback"]') as HTMLInputElement).checked,
      }
    })
    expect(form).toEqual({ name: 'Centercode', feedback: true })

    // Above the modal dialog the card is still clickable: "I've done this" ends the flow.
    await page.click(inCard('button[data-action="done"]'))
    await expect.poll(() => page.evaluate(() => document.querySelector('tfcc-guide') === null), { timeout: 10_000 }).toBe(true)

    // What the person then submits carries the values the engine filled (the framework kept them).
    await page.click('dialog[open] button[type=submit]')
    await expect
      .poll(() => (rig.dashboards.site(servedHosts.testfairy)?.state as TestFairyState).received.at(-1)?.fields['webhook-name'], { timeout: 10_000 })
      .toBe('Centercode')
    expect((rig.dashboards.site(servedHosts.testfairy)?.state as TestFairyState).received.at(-1)?.fields.actions).toBe('feedback')
    await page.close()
  })

  it('asks the person to point at a target it cannot find, and remembers it', async () => {
    await setProgress(centercodePointing)
    const page = await browser.newPage()
    await page.goto(`https://${servedHosts.centercode}/admin/apikeys/generate.html`)
    await waitForStep(page, 'Step 1 of 3')
    await expect.poll(async () => (await card(page)).sub, { timeout: 10_000 }).toContain('the Description field, under Name')
    await page.click(inCard('button[data-action="point-to-it"]'))
    // the page's own script "points" first (a click() and an Enter it dispatches): nothing is picked
    const pointingText = (await card(page)).text
    await page.evaluate(() => {
      const name = document.querySelector<HTMLInputElement>('input[name="name"]')!
      name.click()
      name.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }))
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect((await card(page)).text).toBe(pointingText)
    expect((await extensionStorage(panel).local(['pointed'])).pointed).toBeUndefined()
    await page.click('input[name="description"]')
    await waitForStep(page, 'Step 3 of 3')
    expect(await page.evaluate(() => ({
      description: (document.querySelector('input[name="description"]') as HTMLInputElement).value,
      notification: (document.querySelector('select[name="email_notification"]') as HTMLSelectElement).value,
    }))).toEqual({ description: 'Made by the engine test', notification: 'daily' })

    // Next time the remembered element is found straight away.
    await setProgress(centercodePointing)
    await page.reload()
    await waitForStep(page, 'Step 3 of 3')
    const stored = await extensionStorage(panel).local(['pointed', 'misses'])
    expect(stored.pointed).toEqual({ [`https://${servedHosts.centercode} describe-key`]: '#description' })
    expect(stored.misses).toMatchObject([{ site: 'centercode', stepId: 'describe-key', path: '/admin/apikeys/generate.html' }])
    await page.close()
  })

  it('"Point to it" on a click step: the click that points does what the person meant (no second click)', async () => {
    await setProgress(centercodeClickPointing)
    const page = await browser.newPage()
    await page.goto(`https://${servedHosts.centercode}/admin/apikeys/`)
    await expect.poll(async () => (await card(page)).pointToIt, { timeout: 10_000 }).toBe(true)
    await page.click(inCard('button[data-action="point-to-it"]'))
    await expect.poll(async () => (await card(page)).text, { timeout: 5_000 }).toContain('Click')
    await page.click('a[href*="apikeys/generate"]')
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 10_000 }).toBe('/admin/apikeys/generate.html')
    await expect.poll(async () => (await card(page)).text, { timeout: 10_000 }).toBe('The form is open')
    await page.close()
  })

  it('"Point to it" with the keyboard: the guide key, Enter; Shift+Tab from the card back into the page to the field, Enter picks it', async () => {
    await setProgress(centercodePointing)
    const page = await browser.newPage()
    await page.goto(`https://${servedHosts.centercode}/admin/apikeys/generate.html`)
    await expect.poll(async () => (await card(page)).pointToIt, { timeout: 10_000 }).toBe(true)
    await pressCardButton(page, 'point-to-it')
    await expect.poll(async () => (await card(page)).text, { timeout: 5_000 }).toContain('press Enter')
    await tabToAndPress(page, 'input[name="description"]', { backwards: true })
    await waitForStep(page, 'Step 3 of 3')
    expect(await page.evaluate(() => (document.querySelector('input[name="description"]') as HTMLInputElement).value)).toBe('Made by the engine test')
    expect((await extensionStorage(panel).local(['pointed'])).pointed).toEqual({ [`https://${servedHosts.centercode} describe-key`]: '#description' })
    await page.close()
  })

  it('keeps the spotlight on a target the page scrolled under its sticky top bar', async () => {
    await setProgress(webhookRowFlow)
    const page = await browser.newPage()
    await page.goto(`https://${servedHosts.testfairy}/settings/integrations/`)
    await waitForStep(page, 'Step 1 of 1')
    await expect.poll(async () => (await card(page)).spotlight !== null, { timeout: 5_000 }).toBe(true)
    // the page scrolls so that the target sits under the 56 px sticky bar
    await page.evaluate(() => {
      const button = [...document.querySelectorAll('.integration-row')].find((r) => r.textContent?.includes('Webhook'))!.querySelector('button')!
      window.scrollBy(0, button.getBoundingClientRect().top - 20)
    })
    const placement = () =>
      page.evaluate(() => {
        const button = [...document.querySelectorAll('.integration-row')].find((r) => r.textContent?.includes('Webhook'))!.querySelector('button')!
        const target = button.getBoundingClientRect()
        const spot = document.querySelector('tfcc-guide')!.shadowRoot!.querySelector('.spotlight')!.getBoundingClientRect()
        const bar = document.querySelector('.topbar')!.getBoundingClientRect()
        return { belowBar: target.top >= bar.bottom, onTarget: Math.abs(spot.top + spot.height / 2 - (target.top + target.height / 2)) < 4 }
      })
    await expect.poll(placement, { timeout: 5_000 }).toEqual({ belowBar: true, onTarget: true })
    await page.close()
  })

  it('asks before replacing what the person already typed', async () => {
    // paused at step 5 while the person opens the form and types a name of their own
    await setProgress(testfairyWalk, 4, true)
    const page = await browser.newPage()
    await page.goto(`https://${servedHosts.testfairy}/settings/integrations/`)
    await page.click('.integration-row:nth-of-type(5) button')
    await page.waitForSelector('dialog[open] input[name="webhook-name"]')
    await page.evaluate(() => {
      const input = document.querySelector('dialog[open] input[name="webhook-name"]') as HTMLInputElement
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'Our beta feed')
      input.dispatchEvent(new Event('input', { bubbles: true }))
    })
    await setProgress(testfairyWalk, 4)
    await expect.poll(async () => (await card(page)).sub, { timeout: 10_000 }).toContain('Our beta feed')
    await page.click(inCard('button[data-action="keep"]'))
    await waitForStep(page, 'Step 7 of 7')
    expect(await page.evaluate(() => (document.querySelector('dialog[open] input[name="webhook-name"]') as HTMLInputElement).value)).toBe('Our beta feed')
    await page.close()
  })

  // Last: the extension is not the same afterwards (its panel page closes with the reload).
  it('takes its UI away and throws nothing when the extension is reloaded under it', async () => {
    await setProgress(testfairyWalk)
    const page = await browser.newPage()
    await page.goto(`https://${servedHosts.testfairy}/`)
    await waitForStep(page, 'Step 1 of 7')
    await page.evaluate(() => document.querySelector('tfcc-guide')!.setAttribute('data-before-reload', ''))
    await panel.evaluate(() => {
      const api = ((globalThis as Record<string, unknown>).browser ?? (globalThis as Record<string, unknown>).chrome) as { runtime: { reload(): void } }
      setTimeout(() => api.runtime.reload(), 50)
    })
    // Chromium leaves the old script orphaned (it must remove its card); Firefox unloads it and injects the
    // new build, which shows one card again. Never two, never an error.
    await expect
      .poll(() => page.evaluate(() => [document.querySelectorAll('tfcc-guide').length, document.querySelectorAll('[data-before-reload]').length]), { timeout: 10_000 })
      .toEqual([name === 'firefox' ? 1 : 0, 0])
    await page.click('[data-account-toggle]') // the page still works, and nothing throws on its events
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(page.errors()).toEqual([])
    await page.close()
  })
})
