// A folder as a zip that the same files always give byte for byte (fixed dates and order, no folder
// entries), and a folder's files as one hash, to compare builds however they were zipped.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import JSZip from 'jszip'

/** Every entry's date: fixed, so the zip does not change with the time it was made. */
const fixedDate = new Date('2000-01-01T00:00:00Z')

export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]))
    .sort()
}

/** The files of a folder as one hash: the same for the same files, however they were zipped. */
export function contentHash(dir: string): string {
  const hash = createHash('sha256')
  for (const file of filesUnder(dir)) hash.update(relative(dir, file)).update('\0').update(readFileSync(file)).update('\0')
  return hash.digest('hex')
}

export async function zipFolder(dir: string): Promise<Buffer> {
  const zip = new JSZip()
  for (const file of filesUnder(dir)) {
    zip.file(relative(dir, file).split('\\').join('/'), readFileSync(file), { date: fixedDate, unixPermissions: 0o644, createFolders: false })
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' })
}
