// Which key of TestFairy's feedback payload fills which Incoming Field of the Centercode External Source.
// Shown to the person before it is filled; a field the community's form does not have is left out.

export interface FieldMapping {
  /** The Centercode field, as its row is labelled. */
  field: string
  /** The JSON key of TestFairy's feedback webhook payload. */
  parameter: string
}

export const defaultFieldMapping: readonly FieldMapping[] = [
  { field: 'Summary', parameter: 'text' },
  { field: 'Steps to Reproduce', parameter: 'text' },
  { field: 'Description', parameter: 'text' },
  { field: 'Submitter', parameter: 'email' },
]

/** "Summary ← text, Submitter ← email": the mapping in words for the card. */
export function describeMapping(mapping: readonly FieldMapping[]): string {
  return mapping.map((m) => `${m.field} ← ${m.parameter}`).join(', ')
}
