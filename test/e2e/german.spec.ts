// The extension in a German Firefox, production build: the panel and the card speak German (their lang
// attribute says so), word for word from _locales/de, and axe finds nothing wrong with them there either.
// Firefox only: a German Chromium needs chromium-l10n (120 MB), which the tests do not install; Firefox's
// language pack (firefox-esr-l10n-de) is small, and `npm test` installs it with the browsers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import german from '../../public/_locales/de/messages.json'
import { stepCount } from '../../src/engine/step-count'
import { setupFlow } from '../../src/setup/flows/setup-flow'
import { servedHosts } from '../dashboards/hosts'
import { translator } from '../locales/translate'
import { axeViolations } from './rig/axe'
import { selectedBrowsers, type TestBrowser, type TestPage } from './rig/browser'
import { overlayHost, readCard } from './rig/guide-page'
import { launchBrowser, startRig, type Rig } from './rig/rig'

/** chrome.i18n.getMessage over the German messages. */
const de = translator(german)

const browsers = selectedBrowsers().filter((name) => name === 'firefox')

describe.skipIf(browsers.length === 0)('firefox in German', () => {
  let rig: Rig
  let browser: TestBrowser
  beforeAll(async () => {
    rig = await startRig({ renderDelayMs: 200 })
    browser = await launchBrowser('firefox', rig, { locale: 'de' })
  })
  afterAll(async () => {
    await browser?.close()
    await rig?.close()
  })

  it('the panel and the card at the first step speak German', async () => {
    const centercode: TestPage = await browser.newPage()
    await centercode.goto(`https://${servedHosts.centercode}/`)
    const panel = await browser.extensionPage('src/panel/index.html', '[data-panel-status]')
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('de')
    expect(await panel.evaluate(() => document.title)).toBe(de('extName'))
    expect(await panel.text('[data-action="start"]')).toBe(de('panelStart'))
    expect(await panel.text('[data-keyboard-hint]')).toBe(de('panelKeyboard', ['Alt+Shift+G']))
    expect(await axeViolations(panel)).toEqual([])

    await panel.click('[data-action="start"]')
    await centercode.bringToFront()
    await centercode.waitForSelector(overlayHost)
    const first = setupFlow().steps[0]!
    await expect.poll(async () => (await readCard(centercode)).text, { timeout: 10_000 }).toBe(de(first.message, first.messageArgs))
    const card = await readCard(centercode)
    expect(card.step).toBe(de('cardStepOf', ['1', String(stepCount(setupFlow(), 0).total)]))
    expect(await centercode.evaluate(() => document.querySelector('tfcc-guide')?.shadowRoot?.querySelector('[lang]')?.getAttribute('lang'))).toBe('de')
    expect(await centercode.text(`${overlayHost} >>> button[data-action="pause"]`)).toBe(de('cardPause'))
    expect(await axeViolations(centercode, overlayHost)).toEqual([])
  }, 60_000)
})
