// Storage keys, in a module of their own so the idle content entry can name one without loading schemas.
export const progressKey = 'progress'
/** storage.session: set with the first value the setup keeps; gone, the browser emptied the session (see src/setup/state/held-values.ts). */
export const sessionMarkKey = 'held'
/** storage.local: selectors the person pointed at ("Point to it"), by pointedKey. */
export const pointedStoreKey = 'pointed'
/** The key a pick is remembered under: the page's origin and the step (a selector of one community is no other's). */
export function pointedKey(origin: string, stepId: string): string {
  return `${origin} ${stepId}`
}
