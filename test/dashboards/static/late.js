// @ts-check
// Content that renders late, as on the real, busy dashboards: each <template data-late> under `root` is
// replaced by its content after the page's render delay (<body data-render-delay="ms">).

/**
 * @param {ParentNode} root
 * @returns {Promise<void>} resolves once every late template under root has rendered
 */
export function renderLate(root = document) {
  const delay = Number(document.body.dataset.renderDelay || 0)
  const templates = /** @type {HTMLTemplateElement[]} */ ([...root.querySelectorAll('template[data-late]')])
  return new Promise((resolve) => {
    setTimeout(() => {
      for (const template of templates) template.replaceWith(template.content.cloneNode(true))
      resolve()
    }, delay)
  })
}
