// The only way out of the browsers under test: an HTTP proxy on loopback that tunnels the imitation
// dashboards' hostnames to the local HTTPS server and refuses everything else. It opens no connection
// to any other address, and it records every request it saw and what it did with it.
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { connect, type AddressInfo, type Socket } from 'node:net'

export interface ProxyRecord {
  method: string
  /** host[:port] the browser asked for */
  target: string
  hostname: string
  /** where the bytes went: the local server's address, or null when refused */
  forwardedTo: string | null
}

export interface ConfiningProxy {
  port: number
  records: ProxyRecord[]
  /** The network to this host fails: its open tunnels break, new ones are refused (until restore). */
  cut(hostname: string): void
  restore(hostname: string): void
  close(): Promise<void>
}

export async function startConfiningProxy(options: {
  serverPort: number
  allows: (hostname: string) => boolean
  /** default: any free port */
  port?: number
}): Promise<ConfiningProxy> {
  const records: ProxyRecord[] = []
  const sockets = new Set<Socket>()
  const cut = new Set<string>()
  const tunnels = new Map<Socket, string>()
  const server: Server = createServer((request, response) => {
    // Plain http (absolute-form request): the imitation dashboards are https only, like the real ones.
    const { hostname, target } = targetOf(request)
    const allowed = options.allows(hostname)
    records.push({ method: request.method ?? '', target, hostname, forwardedTo: null })
    if (!allowed) {
      request.socket.destroy()
      return
    }
    response.writeHead(301, { location: `https://${hostname}${new URL(request.url ?? '/', 'http://x').pathname}` }).end()
  })

  server.on('connect', (request: IncomingMessage, client: Socket, head: Buffer) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => client.destroy())
    const { hostname, target, port } = targetOf(request)
    if (!options.allows(hostname) || port !== 443 || cut.has(hostname)) {
      records.push({ method: 'CONNECT', target, hostname, forwardedTo: null })
      client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\n\r\n')
      return
    }
    const forwardedTo = `127.0.0.1:${options.serverPort}`
    records.push({ method: 'CONNECT', target, hostname, forwardedTo })
    const upstream = connect(options.serverPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    tunnels.set(client, hostname)
    client.on('close', () => tunnels.delete(client))
    upstream.on('close', () => {
      sockets.delete(upstream)
      client.destroy()
    })
    upstream.on('error', () => client.destroy())
    client.on('close', () => upstream.destroy())
  })

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    records,
    cut: (hostname) => {
      cut.add(hostname)
      for (const [client, host] of tunnels) if (host === hostname) client.destroy()
    },
    restore: (hostname) => void cut.delete(hostname),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}

function targetOf(request: IncomingMessage): { hostname: string; port: number; target: string } {
  const raw = request.method === 'CONNECT' ? `https://${request.url ?? ''}` : (request.url ?? '')
  try {
    const url = new URL(raw)
    return { hostname: url.hostname.toLowerCase(), port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)), target: url.host }
  } catch {
    return { hostname: '', port: 0, target: request.url ?? '' }
  }
}
