// Finding the element a step points at, by role, label, text or CSS, in the page and its open shadow roots.
export { findTarget, matchAll, type FindOptions, type FindResult, type FinderOutcome } from './find'
export { normalizeText, textMatches } from './text'
