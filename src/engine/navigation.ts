// Following navigation inside a single-page app: the Navigation API's `navigatesuccess` where the browser
// has it, else popstate/hashchange plus a slow look at location.href (a content script cannot see the
// page's own history.pushState calls). Only ever runs while a guide step is running, never on idle pages.

const fallbackPollMs = 400

export function onUrlChange(listener: (url: string) => void, signal: AbortSignal, win: Window = window): void {
  let last = win.location.href
  const check = () => {
    const now = win.location.href
    if (now === last) return
    last = now
    listener(now)
  }
  const navigation = (win as Window & { navigation?: EventTarget }).navigation
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('navigatesuccess', check, { signal })
    navigation.addEventListener('currententrychange', check, { signal })
    return
  }
  win.addEventListener('popstate', check, { signal })
  win.addEventListener('hashchange', check, { signal })
  const timer = win.setInterval(check, fallbackPollMs)
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true })
}
