// Text comparison for every finder: case, white space (nbsp included) and CSS text-transform never matter.
// Callers pass textContent or an accessible name, never innerText (which applies text-transform).
import type { TextMatch } from '../step'

/** Lower-cased, trimmed, runs of white space (nbsp and other Unicode spaces too) as one space, no zero-width characters. */
export function normalizeText(text: string): string {
  return text.replace(/[\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

/** Compiled patterns kept, at most: the flows have a few dozen; the bound keeps a long session's memory flat. */
const maxPatterns = 500
const patterns = new Map<string, RegExp | null>()

/** The compiled, case-insensitive pattern, or null when the source is not a valid regular expression. */
function compile(source: string): RegExp | null {
  let compiled = patterns.get(source)
  if (compiled === undefined) {
    try {
      compiled = new RegExp(source, 'i')
    } catch {
      compiled = null
    }
    if (patterns.size > maxPatterns) patterns.clear()
    patterns.set(source, compiled)
  }
  return compiled
}

export function textMatches(text: string | null | undefined, match: TextMatch): boolean {
  if (text === null || text === undefined) return false
  const normal = normalizeText(text)
  if (typeof match === 'string') return normal === normalizeText(match)
  if ('includes' in match) return normal.includes(normalizeText(match.includes))
  return compile(match.pattern)?.test(normal) ?? false
}

/** A label's text without the trailing ':' and '*' (required marker) real forms add, already normalised. */
export function stripLabelMarks(text: string): string {
  return normalizeText(text).replace(/[\s:*\uff1a]+$/, '')
}

/** Label text comparison: trailing ':' and '*' are ignored on both sides. */
export function labelMatches(text: string | null | undefined, match: TextMatch): boolean {
  if (text === null || text === undefined) return false
  const stripped = stripLabelMarks(text)
  if (typeof match === 'string') return stripped === stripLabelMarks(match)
  if ('includes' in match) return stripped.includes(stripLabelMarks(match.includes)) || textMatches(text, match)
  return textMatches(stripped, match) || textMatches(text, match)
}
