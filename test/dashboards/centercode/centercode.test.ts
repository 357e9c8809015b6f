import { describe, expect, it } from 'vitest'
import type { DashRequest } from '../http'
import { generateApiKey, isApiKey, maskApiKey, validateApiKeyInput, type ApiKeyInput } from './api-key'
import { endpointUrl, handleFeedbackRequest } from './endpoint'
import { labelsFor, typeNameFor, type LabelKey } from './labels'
import { sourceKeyError, validateSource, type SourceInput } from './sources'
import { createState, parameterFieldName, type CentercodeState } from './state'

const fixedBytes = (n: number) => Buffer.alloc(n, 0xab)

describe('API keys', () => {
  it.each([
    ['', `default${'ab'.repeat(16)}`],
    ['Skel', `Skel${'ab'.repeat(16)}`],
    ['  TF  ', `TF${'ab'.repeat(16)}`],
    ['ABCDEFGHIJKL', `ABCDEFGHIJKL${'ab'.repeat(16)}`],
  ])('prefix %j makes %s', (prefix, key) => {
    expect(generateApiKey(prefix, fixedBytes)).toBe(key)
    expect(isApiKey(key)).toBe(true)
  })

  it('a random key is the prefix and 32 lowercase hex', () => {
    expect(generateApiKey('TAK')).toMatch(/^TAK[0-9a-f]{32}$/)
    expect(generateApiKey('')).toMatch(/^default[0-9a-f]{32}$/)
  })

  it.each([
    ['Skel7f6c8a060fdb40ff9ca12bc3b1173e45', true],
    ['7f6c8a060fdb40ff9ca12bc3b1173e45', true],
    ['Skel7f6c8a060fdb40ff9ca12bc3b1173e4', false],
    ['Skel7F6C8A060FDB40FF9CA12BC3B1173E45', false],
    ['ThirteenChars7f6c8a060fdb40ff9ca12bc3b1173e45', false],
    ['Sk-l7f6c8a060fdb40ff9ca12bc3b1173e45', false],
  ])('isApiKey(%s) is %s', (key, ok) => expect(isApiKey(key)).toBe(ok))

  const base: ApiKeyInput = { name: 'TestFairy', description: '', prefix: '', ipRestrictions: [], emailNotification: 'none' }
  it.each<[string, Partial<ApiKeyInput>, Record<string, string>]>([
    ['a name alone', {}, {}],
    ['an empty name', { name: '  ' }, { name: 'Name is required.' }],
    ['a prefix of 12', { prefix: 'A1B2C3D4E5F6' }, {}],
    ['a prefix of 13', { prefix: 'A1B2C3D4E5F6G' }, { prefix: 'Prefix must be at most 12 characters.' }],
    ['a prefix with a hyphen', { prefix: 'tf-1' }, { prefix: 'Prefix may contain only letters and digits.' }],
    ['a good IP', { ipRestrictions: [{ ip: '203.0.113.7', description: 'office' }] }, {}],
    ['a bad IP', { ipRestrictions: [{ ip: '300.1.1.1', description: '' }] }, { ip: '"300.1.1.1" is not a valid IP address.' }],
    ['an unknown notification', { emailNotification: 'hourly' }, { emailNotification: 'Choose an email notification.' }],
  ])('%s', (_what, change, errors) => expect(validateApiKeyInput({ ...base, ...change })).toEqual(errors))

  it('masks all but the prefix and the last four', () => {
    expect(maskApiKey(`Skel${'ab'.repeat(14)}1234`)).toBe('Skel••••••••1234')
  })
})

describe('External Source validation', () => {
  const existing = [{ key: 'appcrashlog' }]
  it.each([
    ['appcrashlog2', undefined],
    ['test_feedback-1', undefined],
    ['', 'Key is required.'],
    ['has space', 'Key may contain only letters, digits, hyphens and underscores.'],
    ['dot.key', 'Key may contain only letters, digits, hyphens and underscores.'],
    ['x'.repeat(41), 'Key must be at most 40 characters.'],
    ['AppCrashLog', 'This Key is already used by another External Source of this feedback type.'],
  ])('key %j → %s', (key, message) => expect(sourceKeyError(key, existing)).toBe(message))

  const good: SourceInput = { name: 'TestFairy', key: 'testfairy', team: 'Beta Team', status: 'New', statusParameter: '', parameters: { Summary: 'text' } }
  it.each<[string, Partial<SourceInput>, string[]]>([
    ['a complete source', {}, []],
    ['no name, key or team', { name: '', key: '', team: '' }, ['name', 'key', 'team']],
    ['a team not of this community', { team: 'Other Team' }, ['team']],
    ['No Selection without a Status parameter', { status: '' }, ['workflow_status']],
    ['No Selection with a Status parameter', { status: '', statusParameter: 'status' }, []],
    ['an unknown status', { status: 'Maybe' }, ['status']],
    ['a parameter that is no JSON key', { parameters: { Summary: 'the text' } }, [parameterFieldName('Summary')]],
  ])('%s', (_what, change, fields) => {
    expect(Object.keys(validateSource({ ...good, ...change }, [], ['Beta Team'])).sort()).toEqual(fields.sort())
  })
})

describe('the feedback endpoint', () => {
  const host = 'acme.centercode.com'
  const key = `TF${'0'.repeat(32)}`
  const fresh = (): CentercodeState => {
    const state = createState()
    state.apiKeys.push({ id: 1, name: 'TestFairy', description: '', prefix: 'TF', key, created: '2026-01-01T00:00:00Z', lastAccessed: null, ipRestrictions: [], emailNotification: 'none', revealed: true })
    state.sources['101'] = [
      { id: 2, typeId: '101', name: 'TestFairy', key: 'testfairy', team: 'Beta Team', status: 'New', workflowParameters: {}, elementParameters: { Summary: 'text', 'Steps to Reproduce': 'sessionUrl' }, created: '2026-01-01T00:00:00Z' },
    ]
    return state
  }
  const payload = JSON.stringify({ event: 'feedback', text: 'It crashed', email: 'tester@example.com', sessionUrl: 'https://app.testfairy.com/s/1' })
  const request = (method: string, url: string, body = payload): DashRequest => ({ method, url: new URL(url), headers: { 'content-type': 'application/json' }, body })
  const options = { projectKey: 'AcmeBeta', generation: 'legacy', renamedLabels: false } as const

  it.each([
    ['valid', 'POST', endpointUrl(host, 'AcmeBeta', 'testfairy', key), payload, 200, 'status'],
    ['a wrong key', 'POST', endpointUrl(host, 'AcmeBeta', 'testfairy', `TF${'1'.repeat(32)}`), payload, 401, 'error'],
    ['no key', 'POST', `https://${host}/api/v1/projects/AcmeBeta/feedback/testfairy`, payload, 401, 'error'],
    ['an unknown source', 'POST', endpointUrl(host, 'AcmeBeta', 'nosuch', key), payload, 404, 'error'],
    ['an unknown project', 'POST', endpointUrl(host, 'OtherProject', 'testfairy', key), payload, 404, 'error'],
    ['a body that is not JSON', 'POST', endpointUrl(host, 'AcmeBeta', 'testfairy', key), 'event=feedback', 400, 'error'],
    ['a JSON array', 'POST', endpointUrl(host, 'AcmeBeta', 'testfairy', key), '[1]', 400, 'error'],
    ['a GET', 'GET', endpointUrl(host, 'AcmeBeta', 'testfairy', key), '', 405, 'error'],
  ])('%s → %i', (_what, method, url, body, status, field) => {
    const state = fresh()
    const response = handleFeedbackRequest(request(method, url, body), state, options, () => new Date('2026-02-03T04:05:06Z'))
    expect(response.status).toBe(status)
    expect(response.headers?.['content-type']).toBe('application/json')
    expect(JSON.parse(response.body ?? '')).toHaveProperty(field)
    expect(state.feedback).toHaveLength(status === 200 ? 1 : 0)
  })

  it('stores accepted feedback through the source mapping', () => {
    const state = fresh()
    const response = handleFeedbackRequest(request('POST', endpointUrl(host, 'AcmeBeta', 'testfairy', key)), state, options, () => new Date('2026-02-03T04:05:06Z'))
    expect(JSON.parse(response.body ?? '')).toEqual({ status: 'accepted', id: state.feedback[0]?.id })
    expect(state.feedback[0]).toMatchObject({
      sourceKey: 'testfairy',
      typeName: 'Bug Reports',
      fields: { Summary: 'It crashed', 'Steps to Reproduce': 'https://app.testfairy.com/s/1' },
      submitter: 'tester@example.com',
      status: 'New',
      received: '2026-02-03T04:05:06.000Z',
    })
    expect(state.apiKeys[0]?.lastAccessed).toBe('2026-02-03T04:05:06.000Z')
  })
})

describe('labels', () => {
  it.each<['legacy' | 'current', boolean, LabelKey, string]>([
    ['legacy', false, 'apiKeys', 'API Keys'],
    ['legacy', true, 'apiKeys', 'Integration Keys'],
    ['legacy', false, 'feedbackTypes', 'Feedback Types'],
    ['current', false, 'feedbackTypes', 'Feedback types'],
    ['legacy', true, 'feedbackTypes', 'Feedback Forms'],
    ['current', true, 'feedbackTypes', 'Feedback Forms'],
    ['legacy', false, 'externalSources', 'External Sources'],
    ['current', false, 'externalSources', 'External sources'],
    ['current', true, 'externalSources', 'Inbound Connections'],
    ['legacy', false, 'createApiKey', 'Create an API Key'],
    ['current', true, 'createApiKey', 'New Integration Key'],
    ['legacy', false, 'createExternalSourceTitle', 'Create External Feedback Source'],
    ['current', false, 'integrationCenter', 'Integration center'],
    ['legacy', true, 'modify', 'Modify'],
  ])('%s, renamed %s: %s is %j', (generation, renamedLabels, key, text) => {
    expect(labelsFor({ generation, renamedLabels })[key]).toBe(text)
  })

  it.each([
    ['Bug Reports', false, 'Bug Reports'],
    ['Bug Reports', true, 'Defects'],
    ['Issues', true, 'Defects'],
    ['Praise', true, 'Praise'],
  ])('type %s, renamed %s, is %s', (name, renamedLabels, shown) => expect(typeNameFor(name, { renamedLabels })).toBe(shown))
})
