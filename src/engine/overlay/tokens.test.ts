// The card and the panel look like one product: every size of type in either is one of the shared scale's,
// every colour of text or fill one of the shared set's (tokens.css), so neither drifts on its own.
import { describe, expect, it } from 'vitest'
import panelCss from '../../panel/panel.css?raw'
import { overlayCss } from './styles'
import tokens from './tokens.css?raw'

const sheets = {
  // the card's own rules, after the tokens it starts with
  card: overlayCss.slice(overlayCss.indexOf(':host {')),
  panel: panelCss,
}
/** The declarations of a sheet, as [property, value]. */
const declarations = (css: string) =>
  [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/([a-z-]+)\s*:\s*([^;{}]+)/g)].map((m) => [m[1]!, m[2]!.trim()] as const)

describe.each(Object.entries(sheets))('the %s', (name, css) => {
  it('carries the shared tokens (the card inlines them, the panel imports them)', () => {
    const names = [...tokens.matchAll(/(--[a-z-]+):/g)].map((m) => m[1]!)
    expect(names).toContain('--text-xl')
    if (name === 'panel') expect(css).toContain("@import '../engine/overlay/tokens.css'")
    else for (const token of names) expect(overlayCss.slice(0, overlayCss.indexOf(':host {'))).toContain(`${token}:`)
  })

  it('sets type only in the shared scale', () => {
    const sizes = declarations(css).filter(([property]) => property === 'font-size' || property === 'font')
    expect(sizes.length).toBeGreaterThan(0)
    for (const [property, value] of sizes) {
      if (property === 'font' && value === 'inherit') continue
      expect(value, `${property}: ${value}`).toMatch(/var\(--text-(s|m|l|xl|glyph)\)/)
      expect(value, `${property}: ${value}`).not.toMatch(/\d(px|rem|em|pt)\b/)
    }
  })

  it('colours text and buttons only from the shared set', () => {
    for (const [property, value] of declarations(css).filter(([p]) => p === 'color' || p === 'background' || p === 'background-color' || p === 'border-color')) {
      expect(value, `${property}: ${value}`).toMatch(/^(var\(--[a-z-]+\)|transparent|Field|FieldText)( !important)?$/)
    }
  })
})
