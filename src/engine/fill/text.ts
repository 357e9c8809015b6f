// Display text: white space collapsed and trimmed, case kept (for values read and options listed).
// Matching (case, white space, patterns) is src/engine/find/text.ts's job.

export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
