// Filling fields on pages the extension does not own: text, selects, checkboxes, reading values back,
// and a short highlight on what changed.
export type { FillOutcome } from './outcome'
export { fillText, type FillOptions } from './fill-text'
export { selectOption } from './select-option'
export { setChecked } from './set-checked'
export { readValue } from './read-value'
export { flash } from './flash'
