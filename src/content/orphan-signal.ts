// An AbortSignal that aborts when this content script is orphaned: the extension was reloaded, updated,
// disabled or removed while the page stayed open. Everything the guide adds is tied to it, so the old
// script takes its UI and listeners away and throws nothing into the page.
import { extensionApi, type Port } from './extension-api'

const portName = 'guide'
/** Sent on the page's window by a newly started script, so an older instance still alive steps down. */
const handoverType = 'testfairy-centercode:guide-started'

/** Whether this script's extension is still there (false once it was reloaded, updated or removed). */
/** A background that went to sleep is connected again after this: soon, without a tight loop while it wakes. */
const reconnectMs = 250

export function contextAlive(): boolean {
  try {
    return Boolean(extensionApi()?.runtime?.id)
  } catch {
    return false
  }
}

export function orphanSignal(): AbortSignal {
  const controller = new AbortController()
  const orphaned = () => controller.abort(new Error('extension context invalidated'))
  const connect = () => {
    if (controller.signal.aborted) return
    let port: Port
    try {
      port = extensionApi().runtime.connect({ name: portName })
    } catch {
      return orphaned()
    }
    // A background that merely went to sleep comes back on the next connect; a gone extension does not.
    port.onDisconnect.addListener(() => (contextAlive() ? setTimeout(connect, reconnectMs) : orphaned()))
    controller.signal.addEventListener('abort', () => ignoreInvalidated(() => port.disconnect()), { once: true })
  }
  connect()

  const token = crypto.randomUUID()
  window.postMessage({ type: handoverType, token }, window.location.origin)
  window.addEventListener(
    'message',
    (event: MessageEvent) => {
      const data = event.data as { type?: unknown; token?: unknown } | null
      // The page can post this too: it is only a hint to look, and only a script whose extension is really
      // gone steps down. A page cannot make a live guide quit.
      if (event.source === window && data?.type === handoverType && data.token !== token && !contextAlive()) orphaned()
    },
    { signal: controller.signal },
  )
  return controller.signal
}

/** Calls into the extension API that throw "Extension context invalidated" once orphaned: nothing to undo then. */
export function ignoreInvalidated(call: () => void): void {
  try {
    call()
  } catch {
    // the extension is gone, and with it what this call would have undone
  }
}
