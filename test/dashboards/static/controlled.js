// @ts-check
// Form inputs driven by framework state, the way React does it, so that the imitations are as hard on the
// extension as a React dashboard: a field's value counts only when an input/change event reports it.
//  - The value lives in `state`; an input or change event whose value differs from the last known one
//    updates it (React's value tracker: a plain `.value = x` made from the page's world updates the tracker
//    too, so a later event sees no change).
//  - Every state change re-renders every field from state, so a value assigned without events is wiped.
//  - Submit sends the state, never the DOM.
//  - A <select multiple>'s state is the list of its selected values (React's value={[...]}); the page's own
//    `option.selected = …` is no event either, so the next re-render puts the state back.

const nativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')
const nativeChecked = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'checked')
const nativeTextarea = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')
const nativeSelect = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')

/** @param {any} el */
function descriptorOf(el) {
  if (el instanceof HTMLInputElement) return el.type === 'checkbox' ? nativeChecked : nativeValue
  if (el instanceof HTMLTextAreaElement) return nativeTextarea
  return nativeSelect
}
/** @param {any} el */
const isMultiple = (el) => el instanceof HTMLSelectElement && el.multiple
/** @param {any} el @returns {string | boolean | string[]} */
const read = (el) => (isMultiple(el) ? [...el.options].filter((o) => o.selected).map((o) => o.value) : descriptorOf(el)?.get?.call(el))
/** @param {any} el @param {unknown} value */
const write = (el, value) => {
  if (!isMultiple(el)) return descriptorOf(el)?.set?.call(el, value)
  for (const option of el.options) option.selected = Array.isArray(value) && value.includes(option.value)
}
/** @param {unknown} a @param {unknown} b */
const same = (a, b) => (Array.isArray(a) && Array.isArray(b) ? a.join('\n') === b.join('\n') : a === b)

/**
 * @param {HTMLFormElement} form
 * @param {(state: Record<string, string | boolean | string[]>) => void} onSubmit
 * @returns {{ state: Record<string, string | boolean | string[]>, set(name: string, value: string | boolean | string[]): void }}
 */
export function controlForm(form, onSubmit) {
  /** @type {Record<string, string | boolean | string[]>} */
  const state = {}
  const fields = /** @type {any[]} */ ([...form.elements]).filter((el) => el.name && el.type !== 'submit' && el.type !== 'button')
  /** @type {Map<any, unknown>} */
  const tracked = new Map()
  const rerender = () => {
    for (const el of fields) {
      write(el, state[el.name])
      tracked.set(el, state[el.name])
    }
    form.dispatchEvent(new CustomEvent('statechange', { detail: { ...state } }))
  }
  for (const el of fields) {
    state[el.name] = read(el)
    tracked.set(el, state[el.name])
    if (isMultiple(el)) continue // its value is its options' selectedness: no property to watch
    const property = el instanceof HTMLInputElement && el.type === 'checkbox' ? 'checked' : 'value'
    // The page's own direct assignments update the tracker (React does this), so they never count as changes.
    Object.defineProperty(el, property, {
      configurable: true,
      get() {
        return read(el)
      },
      set(value) {
        write(el, value)
        tracked.set(el, read(el))
      },
    })
  }
  /** @param {Event} event */
  const onEvent = (event) => {
    const el = event.target
    if (!fields.includes(el)) return
    const now = read(el)
    if (same(now, tracked.get(el))) return
    state[/** @type {any} */ (el).name] = now
    rerender()
  }
  form.addEventListener('input', onEvent)
  form.addEventListener('change', onEvent)
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    onSubmit({ ...state })
  })
  return {
    state,
    set(name, value) {
      state[name] = value
      rerender()
    },
  }
}
