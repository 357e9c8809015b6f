import { normalizeText } from './find'

/** Placeholder entries of a select ("<Select>", "Choose…", "---", an empty value) are no choice. */
const placeholderText = /^(<\s*)?(select|choose|pick|please select|none selected)\b.*|^-+$|^$/i

export function realOptions(select: HTMLSelectElement): HTMLOptionElement[] {
  return [...select.options].filter((option) => !option.disabled && option.value !== '' && !placeholderText.test(normalizeText(option.text)))
}
