// @ts-check
// Navigation inside a settings area without a page load, as single-page dashboards do: a click on
// a[data-spa] fetches the panel alone (?fragment), swaps it into [data-spa-panel] and pushes the URL;
// Back and Forward swap it again. A page's own behaviour must use event delegation: panels are replaced.
import { renderLate } from './late.js'

/** @param {{ onSwap?: (panel: Element) => void }} [options] */
export function spaNavigation(options = {}) {
  const panel = document.querySelector('[data-spa-panel]')
  if (!panel) return
  /** @param {string} href @param {boolean} push */
  const go = async (href, push) => {
    const url = new URL(href, location.href)
    const fragmentUrl = new URL(url)
    fragmentUrl.searchParams.set('fragment', '1')
    const response = await fetch(fragmentUrl, { headers: { accept: 'text/html' } })
    if (!response.ok) {
      location.assign(url)
      return
    }
    panel.innerHTML = await response.text()
    if (push) history.pushState({ spa: true }, '', url)
    for (const link of document.querySelectorAll('a[data-spa]')) {
      const here = new URL(/** @type {HTMLAnchorElement} */ (link).href).pathname === url.pathname
      link.classList.toggle('active', here)
      if (here) link.setAttribute('aria-current', 'page')
      else link.removeAttribute('aria-current')
    }
    await renderLate(panel)
    options.onSwap?.(panel)
  }
  document.addEventListener('click', (event) => {
    const mouse = /** @type {MouseEvent} */ (event)
    const link = /** @type {Element} */ (event.target).closest?.('a[data-spa]')
    if (!link || mouse.button !== 0 || mouse.metaKey || mouse.ctrlKey || mouse.shiftKey || mouse.altKey) return
    if (new URL(/** @type {HTMLAnchorElement} */ (link).href).origin !== location.origin) return
    event.preventDefault()
    void go(/** @type {HTMLAnchorElement} */ (link).href, true)
  })
  window.addEventListener('popstate', () => void go(location.href, false))
}
