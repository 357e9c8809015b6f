// A CSS selector that finds exactly this element again: what "Point to it" remembers.

const stableId = /^[A-Za-z][\w-]{0,60}$/
/** ids that frameworks generate afresh on every render are no use next time */
const generatedId = /\d{4,}|^(ember|react|radix|headlessui|mui|:r)/i

export function cssPathOf(element: Element): string | null {
  const root = element.getRootNode() as Document | ShadowRoot
  const unique = (selector: string) => {
    try {
      return root.querySelectorAll(selector).length === 1
    } catch {
      return false
    }
  }
  const tag = element.localName
  if (element.id && stableId.test(element.id) && !generatedId.test(element.id) && unique(`#${CSS.escape(element.id)}`)) {
    return `#${CSS.escape(element.id)}`
  }
  const name = element.getAttribute('name')
  if (name && unique(`${tag}[name="${CSS.escape(name)}"]`)) return `${tag}[name="${CSS.escape(name)}"]`

  const parts: string[] = []
  let node: Element | null = element
  while (node && node.localName !== 'html' && parts.length < 12) {
    const current: Element = node
    if (current !== element && current.id && stableId.test(current.id) && !generatedId.test(current.id)) {
      parts.unshift(`#${CSS.escape(current.id)}`)
      break
    }
    const parent: Element | null = current.parentElement
    const sameTag = parent ? [...parent.children].filter((child) => child.localName === current.localName) : []
    parts.unshift(sameTag.length > 1 ? `${current.localName}:nth-of-type(${sameTag.indexOf(current) + 1})` : current.localName)
    node = parent
  }
  const selector = parts.join(' > ')
  return unique(selector) ? selector : null
}
