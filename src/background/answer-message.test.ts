import { fakeBrowser } from '@webext-core/fake-browser'
import { beforeEach, describe, expect, it } from 'vitest'
import { answerMessage } from './answer-message'
import { progressKey } from './setup-status'

const ownId = 'our-extension-id'
const fromPage = (url: string, id = ownId) => ({ id, url, tab: { url } as never })

describe('answerMessage', () => {
  beforeEach(() => {
    fakeBrowser.reset()
  })

  it.each([
    ['testfairy', 'https://app.testfairy.com/settings/integrations/'],
    ['testfairy', 'https://globex.testfairy.com/settings/'],
    ['centercode', 'https://acme.centercode.com/'],
  ])('answers a hello from %s on %s with the setup status', async (site, url) => {
    await expect(answerMessage({ type: 'hello', site }, fromPage(url), ownId)).resolves.toEqual({
      type: 'hello-reply',
      setup: 'idle',
    })
  })

  it('says a setup is running once progress is stored', async () => {
    await fakeBrowser.storage.local.set({ [progressKey]: { phase: 1 } })
    await expect(
      answerMessage({ type: 'hello', site: 'centercode' }, fromPage('https://acme.centercode.com/'), ownId),
    ).resolves.toEqual({ type: 'hello-reply', setup: 'running' })
  })

  it.each([
    ['a site other than the sender page', { type: 'hello', site: 'centercode' }, fromPage('https://app.testfairy.com/')],
    ['another extension', { type: 'hello', site: 'testfairy' }, fromPage('https://app.testfairy.com/', 'other-id')],
    ['a page off both sites', { type: 'hello', site: 'testfairy' }, fromPage('https://example.com/')],
    ['a plain-http page', { type: 'hello', site: 'testfairy' }, fromPage('http://app.testfairy.com/')],
    ['a malformed message', { type: 'hello', site: 'testfairy', extra: 1 }, fromPage('https://app.testfairy.com/')],
    ['an unknown message', { type: 'steal' }, fromPage('https://app.testfairy.com/')],
  ])('ignores %s', async (_case, message, sender) => {
    await expect(answerMessage(message, sender, ownId)).resolves.toBeUndefined()
  })
})
