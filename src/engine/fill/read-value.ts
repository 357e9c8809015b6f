// Reads what a field or piece of text shows, e.g. an endpoint URL to copy to the other dashboard.
import { isCheckable, isInput, isSelect, isTextArea } from './elements'
import { readChecked, readNative } from './native'
import { collapseSpace } from './text'

/**
 * An input's or textarea's value (read-only ones too), a select's selected option text, a checkbox's
 * "true"/"false", else the element's text with white space collapsed. Null when there is nothing to
 * read (a select with no option selected) or the page got in the way.
 */
export function readValue(el: Element): string | null {
  try {
    if (isCheckable(el)) return String(readChecked(el))
    if (isInput(el) || isTextArea(el)) return readNative(el)
    if (isSelect(el)) {
      const selected = [...el.selectedOptions]
      if (selected.length === 0) return null
      return selected.map((o) => collapseSpace(o.getAttribute('label') || o.text)).join(', ')
    }
    return collapseSpace(el.textContent ?? '')
  } catch {
    return null
  }
}
