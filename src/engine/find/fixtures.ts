// Test helper: the captured dashboard pages (scripts/capture-page-fixtures.ts), loaded into the test document.
import type { Finder } from '../step'
import { findTarget } from './find'

const pages = import.meta.glob<string>('./fixtures/*.html', { query: '?raw', import: 'default', eager: true })
/** Each site's stylesheet as Chromium parsed it (happy-dom applies that form), so tests see what CSS hides or transforms. */
const stylesheets = import.meta.glob<string>('./fixtures/*.css', { query: '?raw', import: 'default', eager: true })

export const fixtureNames: string[] = Object.keys(pages).map((path) => path.replace(/^.*\//, '').replace(/\.html$/, ''))

/** Replaces the test document's head and body with the fixture's, its site's stylesheet included, at the address it was captured from. */
export function loadFixture(name: string): Document {
  const html = pages[`./fixtures/${name}.html`]
  if (html === undefined) throw new Error(`no fixture ${name}: have ${fixtureNames.join(', ')}`)
  const captured = /<!-- Captured from (\S+)/.exec(html)?.[1]
  if (captured) (window as Window & { happyDOM?: { setURL(url: string): void } }).happyDOM?.setURL(captured)
  const styled = html.replace(/<link rel="stylesheet" href="\/static\/(\w+)\/style\.css">/g, (_link, site: string) => {
    const css = stylesheets[`./fixtures/${site}.css`]
    if (css === undefined) throw new Error(`no stylesheet fixtures/${site}.css for fixture ${name}`)
    return `<style>${css}</style>`
  })
  const parsed = new DOMParser().parseFromString(styled, 'text/html')
  document.head.innerHTML = parsed.head.innerHTML
  document.body.innerHTML = parsed.body.innerHTML
  for (const { name: attr, value } of Array.from(parsed.body.attributes)) document.body.setAttribute(attr, value)
  return document
}

/** The one element the finders pick on a saved page, or null. */
export function targetOn(name: string, finders: readonly Finder[] | undefined): Element | null {
  return findTarget(loadFixture(name), finders ?? []).element
}
