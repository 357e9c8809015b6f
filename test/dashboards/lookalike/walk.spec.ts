// The hostile look-alikes walked by hand in Chromium (no extension): both pages render under the strict CSP,
// show what a trusting guide would act on, and record whatever is sent to them.
import { X509Certificate } from 'node:crypto'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { launchWalker, startRig, type Rig } from '../../e2e/rig/rig'
import { servedHosts } from '../hosts'
import { lookalikeApiKey, lookalikeEndpoint } from './pages'
import type { LookalikeState } from './state'

const centercode = servedHosts.centercodeOther
const testfairy = servedHosts.testfairyOther
const keyPattern = /^[A-Za-z0-9]{0,12}[0-9a-f]{32}$/

let rig: Rig
let walker: { context: BrowserContext; close(): Promise<void> }
let page: Page
/** Console errors and failed page scripts: a CSP violation or a broken script shows up here. */
let pageErrors: string[] = []

beforeAll(async () => {
  rig = await startRig({ renderDelayMs: 200 })
  walker = await launchWalker(rig)
  walker.context.setDefaultTimeout(10_000)
})
afterAll(async () => {
  await walker?.close()
  await rig?.close()
})
beforeEach(async () => {
  rig.dashboards.reset()
  for (const open of walker.context.pages()) await open.close()
  page = await walker.context.newPage()
  pageErrors = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !/status of 404/.test(message.text())) pageErrors.push(message.text())
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))
})
afterEach(() => {
  expect(pageErrors).toEqual([])
})

const stateOf = (host: string) => rig.dashboards.site(host)!.state as LookalikeState
const seenUrl = () => page.evaluate(() => document.body.dataset.seenUrl ?? null)

describe('the look-alike hosts', () => {
  it('are in the certificate and tunnelled by the confining proxy, under the same CSP as the others', async () => {
    const names = new X509Certificate(rig.certificate).subjectAltName ?? ''
    expect(names).toContain(`DNS:${centercode}`)
    expect(names).toContain(`DNS:${testfairy}`)
    const real = await page.goto(`https://${servedHosts.centercode}/`)
    for (const host of [centercode, testfairy]) {
      const response = await page.goto(`https://${host}/`)
      expect(response?.status()).toBe(200)
      expect(response?.headers()['content-security-policy']).toBe(real?.headers()['content-security-policy'])
      expect(rig.proxy.records.filter((r) => r.hostname === host).map((r) => r.forwardedTo)).toContain(`127.0.0.1:${rig.dashboards.port}`)
    }
  })
})

describe(`Centercode look-alike (${centercode})`, () => {
  it('shows an endpoint of its own every way a community does, on any path, and records what is posted to it', async () => {
    for (const path of ['/', '/project/admin/externalsource.html?ft=101&source=testfairy', '/community/configuration/integrations/api-keys']) {
      await page.goto(`https://${centercode}${path}`)
      const input = page.getByLabel('API Endpoint URL')
      await expect(input.inputValue()).resolves.toBe(`https://${centercode}/api/v1/projects/AcmeBeta/feedback/testfairy?apiKey={API_KEY}`)
      await expect(input.getAttribute('readonly')).resolves.not.toBeNull()
    }
    const code = (await page.locator('code.endpoint-url').textContent())?.trim() ?? ''
    expect(code).toBe(lookalikeEndpoint(centercode, lookalikeApiKey))
    const key = new URL(code).searchParams.get('apiKey') ?? ''
    expect(key).toMatch(/^SkelXXXX[0-9a-f]{32}$/)
    expect(key).toMatch(keyPattern)
    await page.getByRole('button', { name: 'Copy' }).click()
    await page.locator('[data-copy-status]').filter({ hasText: /Copied|Ctrl\+C/ }).waitFor()
    await page.getByRole('link', { name: 'Create an API Key' }).waitFor()
    await page.getByRole('link', { name: 'Create an External Source' }).waitFor()
    await expect(page.getByLabel('Team').locator('option').allTextContents()).resolves.toEqual(['<Select>', 'Beta Team'])
    await page.getByLabel('Name').fill('TestFairy')
    expect(stateOf(centercode).received).toEqual([]) // showing the page sends nothing

    const answer = await page.evaluate(async (url) => {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ event: 'feedback', text: 'hello' }) })
      return { status: response.status, json: await response.json() }
    }, code)
    expect(answer).toEqual({ status: 200, json: { status: 'accepted', id: 1 } })
    expect(stateOf(centercode).received).toMatchObject([
      {
        method: 'POST',
        path: '/api/v1/projects/AcmeBeta/feedback/testfairy',
        query: `?apiKey=${key}`,
        contentType: 'application/json',
        body: '{"event":"feedback","text":"hello"}',
      },
    ])

    // its form too: recorded, then post/redirect/get back to the page
    await page.getByLabel('Team').selectOption('Beta Team')
    await page.getByRole('button', { name: 'Submit' }).click()
    await page.waitForURL(`https://${centercode}/community/configuration/integrations/api-keys`)
    await page.getByLabel('API Endpoint URL').waitFor()
    expect(stateOf(centercode).received.at(-1)).toMatchObject({
      method: 'POST', path: '/community/configuration/integrations/api-keys', body: 'name=TestFairy&team=Beta+Team',
    })
    rig.dashboards.reset()
    expect(stateOf(centercode).received).toEqual([])
  })
})

describe(`TestFairy look-alike (${testfairy})`, () => {
  it('serves a webhook form whose URL field tells whether anything was ever in it', async () => {
    for (const path of ['/', '/settings/webhooks/add/', '/settings/integrations/']) {
      await page.goto(`https://${testfairy}${path}`)
      await page.getByLabel('Name').waitFor()
      await expect(page.getByLabel('URL').getAttribute('name')).resolves.toBe('url')
      await expect(page.getByLabel('User feedback').isChecked()).resolves.toBe(false)
      await page.getByRole('button', { name: 'Test URL' }).waitFor()
      await page.getByRole('button', { name: 'Add webhook' }).waitFor()
      await expect(seenUrl()).resolves.toBeNull()
    }
    expect((await page.goto(`https://${testfairy}/settings/`))?.status()).toBe(404)
    expect(stateOf(testfairy).received).toEqual([])

    const url = () => page.locator('input[name="url"]')
    // typed (input events), then emptied: the value it had stays recorded
    await page.goto(`https://${testfairy}/settings/integrations/`)
    await url().fill('https://typed.example/hook')
    await expect(seenUrl()).resolves.toBe('https://typed.example/hook')
    await url().fill('')
    await expect(seenUrl()).resolves.toBe('https://typed.example/hook')
    // the value attribute set (the MutationObserver)
    await page.goto(`https://${testfairy}/settings/integrations/`)
    await url().evaluate((input) => input.setAttribute('value', 'https://attribute.example/hook'))
    await expect(seenUrl()).resolves.toBe('https://attribute.example/hook')
    // a value assigned with no event at all (the 100 ms look)
    await page.goto(`https://${testfairy}/settings/integrations/`)
    await url().evaluate((input: HTMLInputElement) => void (input.value = 'https://silent.example/hook'))
    await page.waitForFunction(() => document.body.dataset.seenUrl === 'https://silent.example/hook')

    // every POST is recorded, then post/redirect/get back to the form
    const endpoint = lookalikeEndpoint(servedHosts.centercode, lookalikeApiKey)
    await page.goto(`https://${testfairy}/settings/webhooks/add/`)
    await page.getByLabel('Name').fill('Centercode')
    await url().fill(endpoint)
    await page.getByLabel('User feedback').check()
    await page.getByRole('button', { name: 'Test URL' }).click()
    await page.waitForURL(`https://${testfairy}/settings/webhooks/add/`)
    await page.getByRole('button', { name: 'Add webhook' }).click()
    await page.waitForURL(`https://${testfairy}/settings/webhooks/add/`)
    const received = stateOf(testfairy).received
    expect(received.map((r) => [r.method, r.path, r.query, r.contentType])).toEqual([
      ['POST', '/settings/webhooks/add/', '', 'application/x-www-form-urlencoded'],
      ['POST', '/settings/webhooks/add/', '', 'application/x-www-form-urlencoded'],
    ])
    expect(Object.fromEntries(new URLSearchParams(received[0]!.body))).toEqual({ name: 'Centercode', url: endpoint, on_feedback: 'on', action: 'test' })
    expect(new URLSearchParams(received[1]!.body).get('action')).toBe('save')
    // the look-alike saved nothing: the same empty form again
    await expect(url().inputValue()).resolves.toBe('')
  })
})
