import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

export interface Certificate {
  key: string
  cert: string
}

/** A throw-away self-signed certificate for the given hostnames, made by openssl at test time. */
export async function makeCertificate(hostnames: readonly string[]): Promise<Certificate> {
  const dir = await mkdtemp(join(tmpdir(), 'tfcc-cert-'))
  try {
    const keyFile = join(dir, 'key.pem')
    const certFile = join(dir, 'cert.pem')
    const san = hostnames.map((host) => `DNS:${host}`).join(',')
    await promisify(execFile)('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2',
      '-subj', '/CN=imitation dashboards', '-addext', `subjectAltName=${san}`,
      '-keyout', keyFile, '-out', certFile,
    ])
    return { key: await readFile(keyFile, 'utf8'), cert: await readFile(certFile, 'utf8') }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
