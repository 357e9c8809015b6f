// The elements a search looks at: the root's subtree in document order, each open shadow root's content right
// after its host, skipping what the caller ignores (e.g. the engine's own overlay). Bounded, so a hostile or
// huge page cannot hang the engine.

export type SearchRoot = Document | ShadowRoot | Element

export interface WalkLimits {
  /** Elements examined at most. */
  maxElements: number
  /** Shadow roots entered at most. */
  maxShadowRoots: number
}

export const defaultLimits: WalkLimits = { maxElements: 50_000, maxShadowRoots: 200 }

export interface Walked {
  /** Every element walked, in document order (shadow content after its host). */
  elements: Element[]
  /** Whether a limit cut the walk short. */
  truncated: boolean
}

export function walkElements(root: SearchRoot, ignore?: (el: Element) => boolean, limits: WalkLimits = defaultLimits): Walked {
  const elements: Element[] = []
  let shadowRoots = 0
  let truncated = false
  // A stack of nodes whose element children are still to visit, in reverse so pops go in document order.
  const stack: Element[] = []
  const pushChildren = (parent: ParentNode) => {
    const children = parent.children
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]
      if (child) stack.push(child)
    }
  }
  if (isElement(root)) stack.push(root)
  else pushChildren(root)
  while (stack.length > 0) {
    const el = stack.pop()!
    if (ignore?.(el)) continue
    if (elements.length >= limits.maxElements) {
      truncated = true
      break
    }
    elements.push(el)
    // Children first on the stack, then the shadow root above them, so the shadow content comes first.
    pushChildren(el)
    const shadow = el.shadowRoot
    if (shadow) {
      if (shadowRoots < limits.maxShadowRoots) {
        shadowRoots++
        pushChildren(shadow)
      } else {truncated = true}
    }
  }
  return { elements, truncated }
}

function isElement(node: SearchRoot): node is Element {
  return node.nodeType === 1
}

/** The parent element, crossing out of a shadow root to its host. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement
  const parent = el.parentNode
  return parent && parent.nodeType === 11 && 'host' in parent ? (parent as ShadowRoot).host : null
}

/** Whether `ancestor` is `el` or contains it, shadow boundaries included. */
export function composedContains(ancestor: Element, el: Element): boolean {
  for (let at: Element | null = el; at; at = composedParent(at)) if (at === ancestor) return true
  return false
}
