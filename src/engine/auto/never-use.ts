// "Do it for me" never uses a control whose words say it takes something away or stops something: whatever a
// finder matched, a target named so is refused, and the person is handed the step. Words in each language the
// extension speaks, by their stems ("Delete", "Deleting", "Remove webhook", "Löschen", "Abbrechen").
import { accessibleName } from '../find/roles'

const neverStems = [
  'delet', 'remov', 'revok', 'disabl', 'cancel', 'deactivat', 'discard', 'destroy', 'sign out', 'log out', 'logout',
  'lösch', 'entfern', 'widerruf', 'deaktivier', 'abbrech', 'verwerf', 'abmeld',
]
const never = new RegExp(`(^|[^\\p{L}])(${neverStems.join('|')})`, 'iu')

/** What the element says of itself: its accessible name, its text, its value and its title. */
function wordsOf(el: Element): string {
  const value = el instanceof HTMLInputElement || el instanceof HTMLButtonElement ? el.value : ''
  return [accessibleName(el), el.textContent ?? '', value, el.getAttribute('title') ?? ''].join(' ')
}

/** Whether "Do it for me" must not use this element: its words say delete, remove, revoke, disable, cancel or the like. */
export function neverUse(el: Element): boolean {
  return never.test(wordsOf(el).replace(/\s+/g, ' '))
}
