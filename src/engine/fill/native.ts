// The browser's own accessors and event dispatch. Setting a value through the prototype's setter (not the
// element's own `value` property) is what framework value trackers (React's) need: the page sees a change
// when the following input event arrives. Accessors come from the element's own window when it has one.

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
type Realm = typeof globalThis

function realmOf(el: Element): Realm {
  return (el.ownerDocument.defaultView as Realm | null) ?? globalThis
}

function prototypeOf(el: Control): object {
  const realm = realmOf(el)
  if (el.localName === 'textarea') return realm.HTMLTextAreaElement.prototype
  if (el.localName === 'select') return realm.HTMLSelectElement.prototype
  return realm.HTMLInputElement.prototype
}

function accessor(proto: object, property: string): PropertyDescriptor | undefined {
  return Object.getOwnPropertyDescriptor(proto, property)
}

export function readNative(el: Control): string {
  const get = accessor(prototypeOf(el), 'value')?.get
  return String(get ? get.call(el) : el.value)
}

export function writeNative(el: Control, value: string): void {
  const set = accessor(prototypeOf(el), 'value')?.set
  if (set) set.call(el, value)
  else el.value = value
}

export function readChecked(el: HTMLInputElement): boolean {
  const get = accessor(realmOf(el).HTMLInputElement.prototype, 'checked')?.get
  return Boolean(get ? get.call(el) : el.checked)
}

export function writeChecked(el: HTMLInputElement, checked: boolean): void {
  const set = accessor(realmOf(el).HTMLInputElement.prototype, 'checked')?.set
  if (set) set.call(el, checked)
  else el.checked = checked
}

export function writeSelectedIndex(el: HTMLSelectElement, index: number): void {
  const set = accessor(realmOf(el).HTMLSelectElement.prototype, 'selectedIndex')?.set
  if (set) set.call(el, index)
  else el.selectedIndex = index
}

/** Bubbling `input`: an InputEvent (insertReplacementText) where available, else a plain Event. */
export function fireInput(el: Element, data: string | null): void {
  const init = { bubbles: true, composed: true }
  const event =
    typeof InputEvent === 'function'
      ? new InputEvent('input', { ...init, inputType: 'insertReplacementText', data })
      : new Event('input', init)
  el.dispatchEvent(event)
}

export function fireChange(el: Element): void {
  el.dispatchEvent(new Event('change', { bubbles: true }))
}

export function focus(el: Element): void {
  ;(el as Partial<HTMLElement>).focus?.({ preventScroll: true })
}

/** Blur (frameworks validate on blur): the real one when the element has focus, else the events. */
export function blur(el: Element): void {
  const root = el.getRootNode() as Partial<DocumentOrShadowRoot> // inside a shadow root, its activeElement
  if (root.activeElement === el && typeof (el as Partial<HTMLElement>).blur === 'function') {
    ;(el as HTMLElement).blur()
    return
  }
  el.dispatchEvent(new FocusEvent('blur', { bubbles: false }))
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }))
}
