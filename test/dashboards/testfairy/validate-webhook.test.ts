import { describe, expect, it } from 'vitest'
import type { WebhookEvent } from './events'
import { isValidWebhookUrl, messages, urlErrors, validateWebhook, type WebhookInput } from './validate-webhook'

const withFeedback: WebhookEvent[] = ['crash', 'feedback', 'upload']
const withoutFeedback: WebhookEvent[] = ['upload', 'download', 'new-udid']
const endpoint = 'https://acme.centercode.com/api/v1/projects/AcmeBeta/feedback/appcrashlog?apiKey=Skel0123456789abcdef0123456789abcdef'
const input = (over: Partial<WebhookInput> = {}): WebhookInput => ({
  name: 'Centercode', url: endpoint, active: true, events: ['feedback'], allProjects: true, ...over,
})

describe('validateWebhook', () => {
  it.each<[string, Partial<WebhookInput>, readonly WebhookEvent[], Record<string, string[]> | 'ok']>([
    ['a proper Centercode webhook', {}, withFeedback, 'ok'],
    ['empty name', { name: '' }, withFeedback, { name: [messages.required] }],
    ['blank name', { name: '   ' }, withFeedback, { name: [messages.required] }],
    ['name too long', { name: 'x'.repeat(101) }, withFeedback, { name: [messages.tooLong(100, 101)] }],
    ['empty URL', { url: '' }, withFeedback, { url: [messages.required] }],
    ['both empty', { name: '', url: ' ' }, withFeedback, { name: [messages.required], url: [messages.required] }],
    ['no scheme', { url: 'acme.centercode.com/api' }, withFeedback, { url: [messages.invalidUrl] }],
    ['ftp scheme', { url: 'ftp://acme.centercode.com/' }, withFeedback, { url: [messages.invalidUrl] }],
    ['javascript scheme', { url: 'javascript:alert(1)' }, withFeedback, { url: [messages.invalidUrl] }],
    ['no host', { url: 'https://' }, withFeedback, { url: [messages.invalidUrl] }],
    ['single-label host', { url: 'https://centercode/hook' }, withFeedback, { url: [messages.invalidUrl] }],
    ['space inside', { url: 'https://acme.centercode.com/a b' }, withFeedback, { url: [messages.invalidUrl] }],
    ['relative path', { url: '/api/v1/projects' }, withFeedback, { url: [messages.invalidUrl] }],
    ['plain words', { url: 'not a url' }, withFeedback, { url: [messages.invalidUrl] }],
    ['surrounding spaces are stripped', { url: `  ${endpoint}  ` }, withFeedback, 'ok'],
    ['http, port and IPv4', { url: 'http://192.0.2.1:8080/hook' }, withFeedback, 'ok'],
    ['localhost', { url: 'http://localhost:3000/' }, withFeedback, 'ok'],
    ['no events at all', { events: [] }, withFeedback, 'ok'],
    ['every event', { events: ['crash', 'feedback', 'upload'] }, withFeedback, 'ok'],
    ['feedback where the product has none', { events: ['feedback'] }, withoutFeedback, { events: [messages.invalidChoice('feedback')] }],
    ['newer product events', { events: ['upload', 'download', 'new-udid'] }, withoutFeedback, 'ok'],
    ['unknown event', { events: ['explode'] }, withFeedback, { events: [messages.invalidChoice('explode')] }],
  ])('%s', (_, over, allowed, expected) => {
    const result = validateWebhook(input(over), allowed)
    if (expected === 'ok') expect(result.ok).toBe(true)
    else expect(result).toEqual({ ok: false, errors: expected })
  })

  it('returns the cleaned value', () => {
    const result = validateWebhook(input({ name: ' Centercode ', url: ` ${endpoint}`, events: ['feedback', 'feedback', 'crash'] }), withFeedback)
    expect(result).toEqual({ ok: true, value: { name: 'Centercode', url: endpoint, active: true, events: ['feedback', 'crash'], allProjects: true } })
  })

  it('checks a URL alone as Test URL does', () => {
    expect(urlErrors('')).toEqual([messages.required])
    expect(urlErrors('https://unknown.example.org/hook')).toEqual([])
    expect(isValidWebhookUrl(`https://a.example.com/${'x'.repeat(2048)}`)).toBe(false)
  })
})
