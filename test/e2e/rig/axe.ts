// Accessibility as axe-core judges it (WCAG 2.x A and AA rules), in any page the rig drives: axe's own source
// is sent as the body of the function the driver runs, which the browser evaluates outside the page's CSP
// (a page that allows no inline script, and our own extension pages, run it all the same).
import axe from 'axe-core'
import type { TestPage } from './browser'

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  /** The elements, as axe names them (shadow hosts first). */
  targets: string[]
}

/** The violations axe finds in the page, or only inside `include` (a CSS selector; a shadow host includes its shadow tree). */
export async function axeViolations(page: TestPage, include?: string): Promise<AxeViolation[]> {
  const run = new Function(
    'include',
    `${axe.source}
     const context = include ? { include: [[include]] } : document
     return axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] })
       .then((results) => JSON.stringify(results.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }))))`,
  ) as (include: string | undefined) => Promise<string>
  return JSON.parse(await page.evaluate(run, include)) as AxeViolation[]
}
