// @ts-check
// The look-alike pages' behaviour (served under the same strict CSP as the other imitations: no inline script).
//  - the Copy button of the Centercode look-alike's endpoint, as the real community's;
//  - on the TestFairy look-alike, a probe for the tests: any value the URL field ever had goes into
//    <body data-seen-url> (the latest one; emptying the field later does not clear it). It looks on input and
//    change events, when the value attribute changes, and every 100 ms for a value assigned with no event.

const url = /** @type {HTMLInputElement | null} */ (document.querySelector('input[name="url"]'))
if (url) {
  /** @param {string | null} value */
  const seen = (value) => {
    if (value && document.body.dataset.seenUrl !== value) document.body.dataset.seenUrl = value
  }
  const look = () => seen(url.value)
  url.addEventListener('input', look)
  url.addEventListener('change', look)
  new MutationObserver(() => {
    seen(url.getAttribute('value'))
    look()
  }).observe(url, { attributes: true, attributeFilter: ['value'] })
  url.form?.addEventListener('submit', look)
  setInterval(look, 100)
  seen(url.getAttribute('value'))
  look()
}

document.addEventListener('click', (event) => {
  const action = /** @type {Element} */ (event.target).closest?.('[data-action="copy"]')
  if (!action) return
  const source = document.getElementById(/** @type {HTMLElement} */ (action).dataset.copyTarget ?? '')
  const status = action.parentElement?.parentElement?.querySelector('[data-copy-status]')
  const text = source?.textContent ?? ''
  const fallback = () => {
    const range = document.createRange()
    if (source) range.selectNodeContents(source)
    getSelection()?.removeAllRanges()
    getSelection()?.addRange(range)
    if (status) status.textContent = 'Selected: press Ctrl+C to copy.'
  }
  if (navigator.clipboard) {
    navigator.clipboard.writeText(text).then(() => {
      if (status) status.textContent = 'Copied!'
    }, fallback)
  } else fallback()
})
