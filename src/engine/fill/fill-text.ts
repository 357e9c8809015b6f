// Fills a text field the way a person would, so that framework-controlled inputs take the value
// (Bitwarden's sequence): skip what cannot be filled; leave alone what already holds the value or what
// the person typed; focus; set through the native setter; input, change, blur; then check it held.
import { isDisabled, isEditable, isReadOnly, isSelect, isTextControl } from './elements'
import { blur, fireChange, fireInput, focus, readNative, writeNative } from './native'
import { skipped, type FillOutcome } from './outcome'
import { selectOption } from './select-option'
import { collapseSpace } from './text'

export interface FillOptions {
  /** Replace a different value the person already entered. */
  overwrite?: boolean
}

export function fillText(el: Element, value: string, options: FillOptions = {}): FillOutcome {
  try {
    if (isSelect(el)) return selectOption(el, value, options)
    const control = isTextControl(el)
    if (!control && !isEditable(el)) return skipped('not-fillable')
    if (isDisabled(el)) return skipped('disabled')
    if (isReadOnly(el)) return skipped('readonly')

    const read = control ? () => readNative(el) : () => el.textContent ?? ''
    const current = read()
    if (same(current, value, control)) return { status: 'already' }
    if (!blank(current) && options.overwrite !== true) return { status: 'conflict', current }

    focus(el)
    if (control) writeNative(el, value)
    else el.textContent = value
    fireInput(el, value)
    if (control) fireChange(el)
    blur(el)
    if (same(read(), value, control)) return { status: 'filled' }

    // The page put the old value back. Real browsers can still type it in as the person would.
    if (control && insertText(el, value) && same(read(), value, control)) return { status: 'filled' }
    return skipped('not-fillable')
  } catch {
    return skipped('not-fillable')
  }
}

/** Controls compare exactly; edited text compares with white space collapsed (editors add line breaks). */
function same(current: string, wanted: string, control: boolean): boolean {
  return control ? current === wanted : collapseSpace(current) === collapseSpace(wanted)
}

const blank = (text: string): boolean => text.trim() === ''

/** Types the text with the editing command, which browsers report with trusted input events. */
function insertText(el: HTMLInputElement | HTMLTextAreaElement, value: string): boolean {
  const doc = el.ownerDocument
  if (typeof doc.execCommand !== 'function') return false
  focus(el)
  el.select()
  const done = doc.execCommand('insertText', false, value)
  blur(el)
  return done
}
