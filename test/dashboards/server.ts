// The imitation dashboards: one HTTPS server on loopback that answers under the real products' hostnames
// and routes each request by its Host header. It never opens a connection of its own to anyone.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { escapeHtml, htmlPage } from './html'
import { servedHosts } from './hosts'

export interface ServedRequest {
  host: string
  method: string
  path: string
}

export interface DashboardsServer {
  port: number
  /** Every request the server received, in order. */
  requests: ServedRequest[]
  close(): Promise<void>
}

type Site = (request: IncomingMessage, response: ServerResponse, url: URL) => void

/** What the real sites send, and stricter: no inline script or style, no other origin. */
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'"

const testfairy: Site = (_request, response, url) =>
  sendPage(response, 'TestFairy', `<header><strong>TestFairy</strong></header><main><h1>${
    url.pathname.startsWith('/settings/') ? 'Account Preferences' : 'Dashboard'
  }</h1><p>${escapeHtml(url.hostname)}${escapeHtml(url.pathname)}</p></main>`)

const centercode: Site = (_request, response, url) =>
  sendPage(response, 'Centercode', `<header><strong>Centercode</strong></header><main><h1>Community home</h1><p>${escapeHtml(url.hostname)}${escapeHtml(url.pathname)}</p></main>`)

const sitesByHost: Record<string, Site> = {
  [servedHosts.testfairy]: testfairy,
  [servedHosts.testfairyPrivateCloud]: testfairy,
  [servedHosts.centercode]: centercode,
}

export async function startDashboards(options: { key: string; cert: string; port?: number }): Promise<DashboardsServer> {
  const requests: ServedRequest[] = []
  const server = createServer({ key: options.key, cert: options.cert }, (request, response) => {
    const host = (request.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
    requests.push({ host, method: request.method ?? '', path: request.url ?? '' })
    const site = sitesByHost[host]
    if (!site) {
      response.writeHead(421, { 'content-type': 'text/plain' }).end(`Not an imitation dashboard: ${host}\n`)
      return
    }
    site(request, response, new URL(request.url ?? '/', `https://${host}`))
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

function sendPage(response: ServerResponse, title: string, body: string): void {
  response.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-security-policy': contentSecurityPolicy,
    'cache-control': 'no-store',
  })
  response.end(htmlPage(title, body))
}
