// The imitation dashboards: one HTTPS server on loopback that answers under the real products' hostnames
// and routes each request by its Host header to that host's site. It never opens a connection of its own:
// a webhook one site sends to another is handed over in-process, routed by hostname.
import { readFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import { centercodeSite } from './centercode/site'
import type { DashRequest, DashResponse } from './http'
import { textResponse } from './http'
import { lookalikeSite } from './lookalike/site'
import { defaultLookalikes, defaultOptions, type DashboardsOptions, type HostOptions, type LookalikeOptions } from './options'
import type { DeliveryResult, Site, SiteContext } from './site'
import { testfairySite } from './testfairy/site'

export interface ServedRequest {
  host: string
  method: string
  path: string
}

export interface DashboardsServer {
  port: number
  /** Every request the server received over the network, in order (in-process deliveries are not requests). */
  requests: ServedRequest[]
  /** The site answering for a host, with its in-memory state, for tests to inspect. */
  site(host: string): Site | undefined
  /** Gives a host new options and fresh state. */
  configure(host: string, options: Partial<HostOptions | LookalikeOptions>): void
  /** Every host back to the options it started with, with fresh state. */
  reset(): void
  close(): Promise<void>
}

/** What the real sites send, and stricter: no inline script or style, no other origin. */
const contentSecurityPolicy =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"

const staticRoot = fileURLToPath(new URL('.', import.meta.url))
const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
}

export async function startDashboards(options: {
  key: string
  cert: string
  port?: number
  dashboards?: Partial<DashboardsOptions>
}): Promise<DashboardsServer> {
  const initial: DashboardsOptions = { ...defaultOptions, ...options.dashboards }
  const hostOptions = new Map<string, HostOptions | LookalikeOptions>()
  const sites = new Map<string, Site>()
  const requests: ServedRequest[] = []

  const makeSite = (host: string, hostOpts: HostOptions | LookalikeOptions): Site => {
    const context: SiteContext = { host, renderDelayMs: initial.renderDelayMs, deliver }
    switch (hostOpts.site) {
      case 'testfairy':
        return testfairySite(context, hostOpts)
      case 'centercode':
        return centercodeSite(context, hostOpts)
      case 'lookalike':
        return lookalikeSite(context, hostOpts)
    }
  }
  const reset = () => {
    hostOptions.clear()
    sites.clear()
    for (const [host, hostOpts] of Object.entries({ ...initial.hosts, ...(initial.lookalikes ?? defaultLookalikes) })) {
      hostOptions.set(host, hostOpts)
      sites.set(host, makeSite(host, hostOpts))
    }
  }

  async function deliver(url: string, payload: unknown): Promise<DeliveryResult> {
    let target: URL
    try {
      target = new URL(url)
    } catch {
      return { reached: false, reason: 'The URL is not valid.' }
    }
    const site = target.protocol === 'https:' && target.port === '' ? sites.get(target.hostname) : undefined
    if (!site) return { reached: false, reason: `Cannot reach ${target.host}: connection refused.` }
    const response = await site.handle({
      method: 'POST',
      url: target,
      headers: { 'content-type': 'application/json', 'user-agent': 'TestFairy-Webhook/1.0' },
      body: JSON.stringify(payload),
    })
    return { reached: true, status: response.status, body: response.body ?? '' }
  }

  reset()

  const server = createServer({ key: options.key, cert: options.cert }, (incoming, outgoing) => {
    void respond(incoming, outgoing).catch((error: unknown) => {
      if (!outgoing.headersSent) outgoing.writeHead(500, { 'content-type': 'text/plain' })
      outgoing.end(`Internal error: ${error instanceof Error ? error.message : String(error)}\n`)
    })
  })

  async function respond(incoming: IncomingMessage, outgoing: ServerResponse): Promise<void> {
    const host = (incoming.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
    requests.push({ host, method: incoming.method ?? '', path: incoming.url ?? '' })
    const site = sites.get(host)
    const url = new URL(incoming.url ?? '/', `https://${host || 'unknown.invalid'}`)
    let response: DashResponse
    if (!site) {response = textResponse(`Not an imitation dashboard: ${host}\n`, 421)}
    else if (url.pathname.startsWith('/static/')) {response = await staticFile(url.pathname)}
    else {
      const body = await readBody(incoming)
      const headers = Object.fromEntries(Object.entries(incoming.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]))
      response = await site.handle({ method: incoming.method ?? 'GET', url, headers, body })
    }
    if (initial.hostile?.length && /^text\/html/.test(String(response.headers?.['content-type'] ?? '')) && typeof response.body === 'string') {
      response = { ...response, body: withHostility(response.body, initial.hostile) }
    }
    outgoing.writeHead(response.status, {
      'content-security-policy': contentSecurityPolicy,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...response.headers,
    })
    outgoing.end(response.body ?? '')
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    site: (host) => sites.get(host),
    configure: (host, partial) => {
      const current = hostOptions.get(host)
      if (!current) throw new Error(`Not an imitation host: ${host}`)
      const next = { ...current, ...partial } as HostOptions | LookalikeOptions
      hostOptions.set(host, next)
      sites.set(host, makeSite(host, next))
    },
    reset,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

/** The page, made hostile: a stylesheet and a script of ours (/static/common/hostile.*), as a page's own. */
function withHostility(page: string, hostile: readonly string[]): string {
  const tags = [
    hostile.includes('styles') ? '<link rel="stylesheet" href="/static/common/hostile.css">' : '',
    `<script src="/static/common/hostile.js" data-hostile="${hostile.join(' ')}"></script>`,
  ].join('')
  return page.replace('</head>', `${tags}</head>`)
}

/** /static/<site>/<file> from test/dashboards/<site>/static/, /static/common/<file> from test/dashboards/static/. */
async function staticFile(pathname: string): Promise<DashResponse> {
  const match = /^\/static\/(common|testfairy|centercode|lookalike)\/([\w.-]+)$/.exec(pathname)
  const type = match && contentTypes[extname(match[2] ?? '')]
  if (!match || !type) return textResponse('Not found\n', 404)
  const [, folder, file] = match as unknown as [string, string, string]
  const path = normalize(folder === 'common' ? join(staticRoot, 'static', file) : join(staticRoot, folder, 'static', file))
  try {
    return { status: 200, headers: { 'content-type': type }, body: await readFile(path, 'utf8') }
  } catch {
    return textResponse('Not found\n', 404)
  }
}

function readBody(incoming: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > 1_000_000) reject(new Error('body too large'))
      else chunks.push(chunk)
    })
    incoming.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    incoming.on('error', reject)
  })
}
