// Where a step leads (a choice's goto, a match's `same`), apart from the schemas: content scripts use it
// without the schema library (test/dist/size.spec.ts).
import type { Flow, Step } from './step'

/** The choices a step offers the person: a choose step's, or a match step's for another value. */
export function choicesOf(step: Step | undefined): { message: string; goto?: string | undefined }[] {
  if (step?.action.kind === 'choose') return step.action.choices
  if (step?.action.kind === 'match') return step.action.different ?? []
  return []
}

/** Where a choice leads: the index of its goto step (only forward), or the next step. Null when it names no later step. */
export function choiceTarget(flow: Flow, from: number, choice: number): number | null {
  const picked = choicesOf(flow.steps[from])[choice]
  if (!picked) return null
  return gotoTarget(flow, from, picked.goto)
}

/** The index of a later step by id (the next step when no id is given); null when it names no later step. */
export function gotoTarget(flow: Flow, from: number, goto: string | undefined): number | null {
  if (!goto) return from + 1
  const to = flow.steps.findIndex((s) => s.id === goto)
  return to > from ? to : null
}
