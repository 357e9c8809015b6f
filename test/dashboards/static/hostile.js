// A hostile page's own script (DashboardsOptions.hostile): layers on top, and DOM churn. Classic script, served
// by the page's own origin, so the strict CSP allows it.
;(() => {
  const modes = (document.currentScript?.dataset.hostile ?? '').split(' ')
  const ready = (fn) => (document.body ? fn() : document.addEventListener('DOMContentLoaded', fn, { once: true }))
  ready(() => {
    if (modes.includes('layers')) {
      const layer = document.createElement('div')
      layer.className = 'hostile-layer'
      const banner = document.createElement('div')
      banner.className = 'hostile-banner'
      banner.textContent = 'We value your privacy. This banner stays on top of everything.'
      document.documentElement.append(layer, banner)
    }
    if (modes.includes('messages')) {
      // what a page can see an extension post on its window, posted back, forged, twice a second
      setInterval(() => {
        window.postMessage({ type: 'testfairy-centercode:guide-started', token: 'forged' }, window.location.origin)
      }, 500)
    }
    if (modes.includes('churn')) {
      // about 10,000 mutations a second: 40 nodes added and 40 removed every 8 ms, with attribute changes
      const box = document.createElement('div')
      box.className = 'hostile-churn'
      box.setAttribute('aria-hidden', 'true')
      document.body.prepend(box)
      let n = 0
      setInterval(() => {
        for (let i = 0; i < 40; i++) {
          const node = document.createElement('span')
          node.textContent = String(n++)
          box.append(node)
        }
        while (box.childElementCount > 40) box.firstElementChild.remove()
        box.setAttribute('data-tick', String(n))
      }, 8)
    }
  })
})()
