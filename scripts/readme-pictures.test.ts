import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { setupFlow } from '../src/setup/flows/setup-flow'
import { readmePictures, readmePicturesDir } from './readme-pictures'

describe("the README's pictures", () => {
  const readme = readFileSync('README.md', 'utf8')
  const shown = [...readme.matchAll(/\]\((docs\/screenshots\/[^)]+)\)/g)].map((m) => m[1])

  it('are the ones the demo writes, no more and no fewer, and each is there', () => {
    expect(new Set(shown)).toEqual(new Set(Object.values(readmePictures).map((name) => `${readmePicturesDir}/${name}`)))
    expect(readdirSync(readmePicturesDir).sort()).toEqual(Object.values(readmePictures).sort())
    for (const name of Object.values(readmePictures)) expect(existsSync(join(readmePicturesDir, name))).toBe(true)
  })

  it('come from steps the demo takes a picture of', () => {
    const steps = new Set(setupFlow().steps.map((step) => step.id))
    for (const from of Object.keys(readmePictures)) expect(from.startsWith('panel-') || steps.has(from), from).toBe(true)
  })
})
