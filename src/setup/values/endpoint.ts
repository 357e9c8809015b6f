// Centercode's External Feedback Source "API Endpoint URL": where TestFairy POSTs feedback.
//   https://{community}.centercode.com/api/v1/projects/{projectKey}/feedback/{sourceKey}?apiKey={apiKey}
// The URL carries the API key, so it is a secret: check it strictly before keeping it, mask it before showing it.
// Pure: no DOM, no browser APIs (only `URL`).

import { isApiKey } from './api-key'

export type EndpointProblem =
  | 'empty'
  | 'tooLong'
  | 'notUrl'
  | 'notHttps'
  | 'hasUserInfo'
  | 'hasPort'
  | 'wrongHost'
  | 'wrongPath'
  | 'badProjectKey'
  | 'badSourceKey'
  | 'missingApiKey'
  | 'repeatedApiKey'
  | 'badApiKey'
  | 'placeholderKey'
  | 'extraParameters'
  | 'hasFragment'
  | 'whitespace'

/** Every problem, in the order checkEndpoint looks for them (roughly). */
export const endpointProblems: readonly EndpointProblem[] = [
  'empty',
  'tooLong',
  'whitespace',
  'notUrl',
  'notHttps',
  'hasUserInfo',
  'hasPort',
  'wrongHost',
  'hasFragment',
  'wrongPath',
  'badProjectKey',
  'badSourceKey',
  'missingApiKey',
  'repeatedApiKey',
  'extraParameters',
  'placeholderKey',
  'badApiKey',
]

export interface Endpoint {
  url: string
  origin: string
  projectKey: string
  sourceKey: string
  apiKey: string
}

export type EndpointCheck = { ok: true; endpoint: Endpoint } | { ok: false; problem: EndpointProblem; messageKey: string }

export const maxEndpointLength = 2048

/** The _locales message key for a problem: 'notHttps' → 'endpointNotHttps'. */
export function endpointMessageKey(problem: EndpointProblem): string {
  return `endpoint${problem.charAt(0).toUpperCase()}${problem.slice(1)}`
}

/** Project and source keys: 1-64 of letters, digits, '_' and '-'. */
const keyPartPattern = /^[A-Za-z0-9_-]{1,64}$/

export function isKeyPart(value: string): boolean {
  return keyPartPattern.test(value)
}

/** White space, control characters and invisible characters. */
const invisiblePattern = /[\s\u0000-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u2060\uFEFF]/
const edgeInvisible = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g

/** A valid key that stands in for a placeholder while the rest of a URL is checked. */
const stubKey = '0'.repeat(32)

function fail(problem: EndpointProblem): EndpointCheck {
  return { ok: false, problem, messageKey: endpointMessageKey(problem) }
}

/** The origin of a URL, or null when it has no usable one. */
function originOf(value: string): string | null {
  try {
    const origin = new URL(value).origin
    return origin === 'null' ? null : origin
  } catch {
    return null
  }
}

/**
 * Strict check of an endpoint URL before it is kept. `communityOrigin` is the origin of the Centercode page it was
 * read from (e.g. "https://acme.centercode.com"), or of a custom domain the person approved; the endpoint's origin
 * must equal it exactly. Leading/trailing white space is trimmed first (people paste it); any white space inside
 * is refused ('whitespace'). Max length 2048.
 *
 * Decisions:
 * - Any port written in the URL is refused ('hasPort'), even ":443" or a bare ":" — `URL` drops the default port
 *   silently, so the check reads the text as written.
 * - A single trailing slash after the source key is tolerated and normalised away; two or more are 'wrongPath'.
 * - The path is read as written, not as `URL` resolves it: any '%', '.'/'..' segment or backslash is refused, so
 *   "%2e%2e", "%2F" and friends cannot smuggle a different path past the check.
 * - The host is compared case-insensitively and must be written plainly (no percent-encoding, no trailing dot).
 * - A placeholder where the key belongs ({API_KEY}, <your API key>, ...) is reported as 'placeholderKey' only when
 *   everything else is right; otherwise the other problem is reported first.
 * The returned `endpoint.url` is rebuilt from the parts, never the input string.
 */
export function checkEndpoint(input: string, communityOrigin: string): EndpointCheck {
  const text = input.replace(edgeInvisible, '')
  if (text === '') return fail('empty')
  if (text.length > maxEndpointLength) return fail('tooLong')
  const placeholder = locatePlaceholder(text)
  if (placeholder) {
    // Check everything else as if the key were there; the placeholder is the problem only if nothing else is.
    const rest = checkText(text.slice(0, placeholder.start) + stubKey + text.slice(placeholder.end), communityOrigin)
    return rest.ok ? fail('placeholderKey') : rest
  }
  return checkText(text, communityOrigin)
}

function checkText(text: string, communityOrigin: string): EndpointCheck {
  if (invisiblePattern.test(text)) {
    // A URL broken by spaces or line breaks, or just some words?
    const joined = text.replace(new RegExp(invisiblePattern.source, 'g'), '')
    return fail(canParse(joined) || looksLikeBareHost(joined) ? 'whitespace' : 'notUrl')
  }

  let parsed: URL
  try {
    parsed = new URL(text)
  } catch {
    // "acme.centercode.com/api/..." with no scheme: say what is missing rather than "not a URL".
    return fail(looksLikeBareHost(text) ? 'notHttps' : 'notUrl')
  }
  if (parsed.protocol !== 'https:') return fail('notHttps')
  // `URL` forgives "https:host", "https:/host", "https:\\host" and "https:///host"; we don't.
  if (!/^https:\/\//i.test(text) || text.includes('\\')) return fail('notUrl')

  const afterScheme = text.slice('https://'.length)
  const authorityEnd = afterScheme.search(/[/?#]/)
  const authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd)
  const afterAuthority = authorityEnd === -1 ? '' : afterScheme.slice(authorityEnd)
  if (authority === '') return fail('notUrl')
  if (authority.includes('@') || parsed.username !== '' || parsed.password !== '') return fail('hasUserInfo')
  // Any written port, even the default ":443", or a bare ":" (colons inside an IPv6 literal's brackets don't count).
  if (authority.replace(/^\[[^\]]*\]/, '').includes(':') || parsed.port !== '') return fail('hasPort')

  const expected = originOf(communityOrigin)
  if (expected === null || parsed.origin !== expected) return fail('wrongHost')
  // Written plainly: not percent-encoded, no trailing dot, no non-ASCII (which `URL` turns into punycode).
  if (authority.toLowerCase() !== parsed.hostname) return fail('wrongHost')

  if (afterAuthority.includes('#')) return fail('hasFragment')

  const queryStart = afterAuthority.indexOf('?')
  const path = queryStart === -1 ? afterAuthority : afterAuthority.slice(0, queryStart)
  const query = queryStart === -1 ? '' : afterAuthority.slice(queryStart + 1)

  if (path.includes('%')) return fail('wrongPath')
  const segments = path.split('/')
  if (segments.some((segment) => segment === '.' || segment === '..')) return fail('wrongPath')
  const pathMatch = /^\/api\/v1\/projects\/([^/]*)\/feedback\/([^/]*)\/?$/.exec(path)
  if (!pathMatch) return fail('wrongPath')
  const projectKey = pathMatch[1] ?? ''
  const sourceKey = pathMatch[2] ?? ''
  if (!keyPartPattern.test(projectKey)) return fail('badProjectKey')
  if (!keyPartPattern.test(sourceKey)) return fail('badSourceKey')

  // Query, as written: exactly one parameter, named exactly "apiKey".
  const parameters = query === '' ? [] : query.split('&')
  const keyParameters = parameters.filter((parameter) => parameter.startsWith('apiKey='))
  if (keyParameters.length === 0) return fail('missingApiKey')
  if (keyParameters.length > 1) return fail('repeatedApiKey')
  if (parameters.length > 1) return fail('extraParameters')
  const apiKey = (keyParameters[0] ?? '').slice('apiKey='.length)
  if (apiKey === '') return fail('missingApiKey')
  if (isPlaceholderValue(apiKey)) return fail('placeholderKey')
  if (!isApiKey(apiKey)) return fail('badApiKey')

  const origin = parsed.origin
  return {
    ok: true,
    endpoint: { url: buildUrl(origin, projectKey, sourceKey, apiKey), origin, projectKey, sourceKey, apiKey },
  }
}

function canParse(value: string): boolean {
  try {
    new URL(value)
    return true
  } catch {
    return false
  }
}

/** "acme.centercode.com/..." : a host name with no scheme in front. */
function looksLikeBareHost(value: string): boolean {
  return /^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+([/:?#]|$)/.test(value)
}

function buildUrl(origin: string, projectKey: string, sourceKey: string, apiKey: string): string {
  return `${origin}/api/v1/projects/${projectKey}/feedback/${sourceKey}?apiKey=${apiKey}`
}

/** Whether an origin is a Centercode community: https, host `<label>.centercode.com` (one DNS label), no port. */
export function isCentercodeCommunityOrigin(origin: string): boolean {
  // Exactly an origin (a single trailing "/" tolerated): no user info, no port, no path, no query.
  const match = /^https:\/\/([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.centercode\.com\/?$/i.exec(origin)
  if (!match) return false
  const label = (match[1] ?? '').toLowerCase()
  // Centercode's own web site, not a community.
  return label !== 'www'
}

/** The URL with the key replaced by a placeholder, for showing: ...?apiKey=Skel•••••1a2b (prefix + 5 dots + last 4). */
export function maskEndpoint(endpoint: Endpoint): string {
  const { origin, projectKey, sourceKey, apiKey } = endpoint
  return buildUrl(origin, projectKey, sourceKey, maskKey(apiKey))
}

function maskKey(apiKey: string): string {
  const dots = '•••••'
  if (isApiKey(apiKey)) return `${apiKey.slice(0, apiKey.length - 32)}${dots}${apiKey.slice(-4)}`
  // Not a real key (should not happen): show the last 4 only when that leaves most of it hidden.
  return apiKey.length >= 16 ? `${dots}${apiKey.slice(-4)}` : dots
}

// ---------------------------------------------------------------------------------------------------------------
// Placeholders: pages sometimes show the endpoint with a stand-in where the key goes.

/** Bracketed stand-ins, plain or percent-encoded: {API_KEY}, {{apiKey}}, ${API_KEY}, <your API key>, [API Key], %7BAPI_KEY%7D. */
const bracketedPlaceholder = new RegExp(
  [
    String.raw`\$?\{\{?[^{}\n&#]{1,40}\}\}?`,
    String.raw`<[^<>\n&#]{1,40}>`,
    String.raw`\[[^\[\]\n&#]{1,40}\]`,
    String.raw`\([^()\n&#]{1,40}\)`,
    String.raw`(?:%24)?%7B(?:%7B)?[^&#\s]{1,80}?%7D(?:%7D)?`,
    String.raw`%3C[^&#\s]{1,80}?%3E`,
    String.raw`%5B[^&#\s]{1,80}?%5D`,
  ].join('|'),
  'iy',
)

/** Bare-word stand-ins: YOUR_API_KEY, API_KEY, your-api-key-here, XXXXXXXX, ********. */
const barePlaceholder = /^(?:(?:your|my|the)[_-]?)?api[_-]?key(?:[_-]?here)?$|^x{4,}$|^\*{3,}$|^\.{3}$|^…$/i

function isPlaceholderValue(value: string): boolean {
  if (barePlaceholder.test(value)) return true
  bracketedPlaceholder.lastIndex = 0
  const match = bracketedPlaceholder.exec(value)
  return match !== null && match[0].length === value.length
}

/** Where the stand-in after "apiKey=" is in the text, or null. */
function locatePlaceholder(text: string): { start: number; end: number } | null {
  const marker = /[?&]apiKey=/g
  for (let found = marker.exec(text); found !== null; found = marker.exec(text)) {
    const start = found.index + found[0].length
    bracketedPlaceholder.lastIndex = start
    const bracketed = bracketedPlaceholder.exec(text)
    if (bracketed) return { start, end: start + bracketed[0].length }
    const bare = /^[^&#\s"'<>]+/.exec(text.slice(start))
    if (bare && barePlaceholder.test(bare[0])) return { start, end: start + bare[0].length }
  }
  return null
}

/**
 * When the page shows the endpoint with a placeholder instead of the key ({API_KEY}, <your API key>, YOUR_API_KEY,
 * [API Key], {apiKey}, %7BAPI_KEY%7D ...), put the captured key in. Returns null when the text has no recognisable
 * placeholder, and also when `apiKey` is not a valid key (so nothing else can be slipped into the URL through it).
 * Only the first placeholder after "apiKey=" is replaced; the rest of the text is left as it is.
 */
export function fillKeyPlaceholder(text: string, apiKey: string): string | null {
  if (!isApiKey(apiKey)) return null
  const placeholder = locatePlaceholder(text)
  if (!placeholder) return null
  return text.slice(0, placeholder.start) + apiKey + text.slice(placeholder.end)
}

/** Whether the text looks like an endpoint with a placeholder key (so the caller knows to fill it). */
export function hasKeyPlaceholder(text: string): boolean {
  return /\/api\/v1\/projects\/[^/\s?#]+\/feedback\/[^/\s?#]+\/?\?/.test(text) && locatePlaceholder(text) !== null
}

/**
 * The endpoint put together from its parts, for a page that shows none: checked exactly as one read from a page
 * would be (so a bad part is refused with the same words). `origin` is the community's, as for checkEndpoint.
 */
export function composeEndpoint(parts: { origin: string; projectKey: string; sourceKey: string; apiKey: string }): EndpointCheck {
  const origin = originOf(parts.origin)
  if (origin === null) return fail('wrongHost')
  return checkEndpoint(buildUrl(origin, parts.projectKey, parts.sourceKey, parts.apiKey), origin)
}
