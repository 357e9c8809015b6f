// Where the setup stands, given this page: the one place that decides it. The flow says, step by step, what a
// page shows when it is that step's page (its signs); the progress says which step the setup reached. From the
// current step on, over the steps of the same site, the furthest step whose page this is tells how far the
// person has come (their own way: menus, a bookmark, a typed address); the setup stands at the first step up
// to it whose work this page still asks for. A step only some pages have is passed where its page shows
// without it. Pure: a flow, a step index and a document in, a step index out. Going back, when a page lost
// work already counted, is retrace.ts's.
import { lookAt, type Look } from './find/find'
import { pathMatches } from './page-match'
import { looksDone } from './sent-ahead'
import type { Flow, Sign, Step } from './step'

type Ignore = ((el: Element) => boolean) | undefined

/** What the page is asked, by every step: one walk of it for all. */
interface Page {
  look: Look
  location: Location | URL
}

/** A modal dialog open on the page: the person can act only inside it, so only it is looked at. */
function openModal(doc: Document): Element | null {
  try {
    return doc.querySelector('dialog:modal, [aria-modal="true"]')
  } catch {
    // a document without :modal (not a browser's): every open dialog counts as one
    return doc.querySelector('dialog[open], [aria-modal="true"]')
  }
}

function pageOf(doc: Document, ignore: Ignore): Page {
  return { look: lookAt(openModal(doc) ?? doc, ignore ? { ignore } : undefined), location: doc.location }
}

/** The page shows one of the signs: an element one of them finds (one or more: a list's rows), or its address. */
function shows(page: Page, signs: readonly Sign[]): boolean {
  return signs.some((sign) => (sign.by === 'url' ? pathMatches(sign.path, page.location) : page.look.count(sign) > 0))
}

/** The step's page: where it applies (`page`: path, and what must be there) and its signs (`shows`, else `page.when`). */
function isPageOf(step: Step, page: Page): boolean {
  if (!step.shows && !step.page.when) return false
  if (!pathMatches(step.page.path, page.location)) return false
  if (step.page.when && page.look.find(step.page.when).element === null) return false
  return !step.shows || shows(page, step.shows)
}

/** What the step's work brings shows on the page (what a click opens, open; a form's result). */
function shownDone(step: Step | undefined, page: Page): boolean {
  return step?.done.some((done) => done.kind === 'appears' && page.look.find(done.target).element !== null) ?? false
}

/**
 * The page shows step k's work done, or not wanted: a step only some pages have, without its target (not even
 * twice: two are for the person to tell) on its page, shown, not still loading (its signs, or what the step
 * before brought, there); or a completion the page shows (what a click opens, open; an address reached).
 */
function doneOn(flow: Flow, k: number, page: Page): boolean {
  const step = flow.steps[k]!
  if (step.ifPresent && (isPageOf(step, page) || shownDone(flow.steps[k - 1], page)) && (step.target ?? []).every((finder) => page.look.count(finder) === 0)) return true
  return shownDone(step, page) || step.done.some((done) => done.kind === 'url' && pathMatches(done.path, page.location))
}

/** Whether the page shows step k's work done, or not wanted (see doneOn): then nothing of it was lost. */
export function showsDone(flow: Flow, k: number, doc: Document, ignore?: Ignore): boolean {
  return flow.steps[k] !== undefined && doneOn(flow, k, pageOf(doc, ignore))
}

/** The first step of the run of steps of the same site that `from` is in. */
function siteRunStart(flow: Flow, from: number): number {
  const site = flow.steps[from]?.site
  let start = from
  while (start > 0 && flow.steps[start - 1]!.site === site) start--
  return start
}

/** How far back an earlier form may take the setup: a phase's worth of steps (the back command's own limit). */
const formLookBack = 16

/** The index after the last step of the run of steps of the same site that `from` is in. */
export function siteRunEnd(flow: Flow, from: number): number {
  const site = flow.steps[from]?.site
  let end = from
  while (end < flow.steps.length && flow.steps[end]!.site === site) end++
  return end
}

/**
 * The step the setup stands at on this page, from step `from` on (never on another site): `from` itself when
 * the page shows no step's page from it on, or when its work is still to do here; before it only where the
 * page is an earlier step's form (the person opened it: the key made after the source was begun).
 *
 * A form or dialog a step lives in (`page.when`) is the surest sign: the page is that form, whatever else it
 * shows (a type's tabs above it). The setup stands at its first field still to do, in the furthest such form.
 * Without one, the buttons and lists that are steps' signs (`shows`) tell it: the first step whose page this is
 * and whose work it still asks for, up to the furthest of them.
 */
export function standing(flow: Flow, from: number, doc: Document, ignore?: Ignore): number {
  const end = siteRunEnd(flow, from)
  const page = pageOf(doc, ignore)
  const inForm = (k: number) => flow.steps[k]!.page.when !== undefined && isPageOf(flow.steps[k]!, page)
  let form = -1
  for (let j = end - 1; j >= from && form < 0; j--) if (inForm(j)) form = j
  if (form >= 0) {
    let first = form
    while (first > from && inForm(first - 1)) first--
    for (let k = first; k <= form; k++) if (!doneOn(flow, k, page)) return k
    return form + 1 < end ? form + 1 : form
  }
  let furthest = -1
  for (let j = end - 1; j >= from && furthest < 0; j--) if (isPageOf(flow.steps[j]!, page)) furthest = j
  // no step's page from here on: back to an earlier form this page is; else on past the current step only if
  // the page shows it done (an address it reaches)
  if (furthest < 0) return formBehind(flow, from, page, doc, ignore) ?? (doneOn(flow, from, page) && from + 1 < end ? from + 1 : from)
  for (let k = from; k < furthest; k++) {
    const step = flow.steps[k]!
    // a step whose page this is not: the person went past it (or it is a way through menus to here)
    if (isPageOf(step, page) && !doneOn(flow, k, page)) return k
  }
  if (!doneOn(flow, furthest, page)) return furthest
  return furthest + 1 < end ? furthest + 1 : furthest
}

/**
 * The first field still to do of a form of an earlier phase of this site that the page is, or null: a form the
 * person opened, empty (not one the page still shows filled, as it goes: a dialog closing after its Save).
 */
function formBehind(flow: Flow, from: number, page: Page, doc: Document, ignore: Ignore): number | null {
  const start = Math.max(siteRunStart(flow, from), from - formLookBack)
  // of an earlier phase only: within one, a form shown again is the page's (its errors) and retrace's to judge
  const phase = flow.steps[from]?.phase
  const inForm = (k: number) => flow.steps[k]!.phase !== phase && flow.steps[k]!.page.when !== undefined && isPageOf(flow.steps[k]!, page)
  let last = -1
  for (let j = from - 1; j >= start && last < 0; j--) if (inForm(j)) last = j
  if (last < 0) return null
  let first = last
  while (first > start && inForm(first - 1)) first--
  for (let k = first; k <= last; k++) if (fields.has(flow.steps[k]!.action.kind) && !looksDone(flow.steps[k]!, doc, ignore)) return k
  return null
}

/** The steps whose work a form holds. */
const fields = new Set(['fill', 'select', 'check'])

/** The finders standing() looks for from step `from` on: what a change must touch to move the setup. */
export function standingFinders(flow: Flow, from: number): Sign[] {
  const end = siteRunEnd(flow, from)
  // an earlier form the page may come to be (standing goes back to it)
  const behind: Sign[] = flow.steps.slice(Math.max(siteRunStart(flow, from), from - formLookBack), from).flatMap((step) => step.page.when ?? [])
  return behind.concat(flow.steps.slice(from, end).flatMap((step): Sign[] => [
    ...(step.shows ?? []),
    ...(step.page.when ?? []),
    ...(step.ifPresent ? (step.target ?? []) : []),
    ...step.done.flatMap((done) => (done.kind === 'appears' ? done.target : [])),
  ]))
}
