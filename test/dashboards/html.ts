/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** A tagged template that escapes every interpolated value except Raw ones (already-built markup). */
export class Raw {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html
  }
}
export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '')
  })
  return new Raw(out)
}
function render(value: unknown): string {
  if (value instanceof Raw) return value.html
  if (Array.isArray(value)) return value.map(render).join('')
  if (value === undefined || value === null || value === false) return ''
  return escapeHtml(String(value))
}

/**
 * A whole page of one site. No inline script or style anywhere: the dashboards are served under a strict CSP,
 * so behaviour comes from /static/<site>/app.js and looks from /static/<site>/style.css.
 */
export function htmlPage(options: {
  title: string
  site: string
  body: Raw
  bodyClass?: string
  /** Extra attributes on <body>, e.g. { 'data-render-delay': '400' }; names are used as given, values escaped. */
  bodyAttributes?: Record<string, string>
  /** Another script and stylesheet of the site's own (file names in /static/<site>/) than app.js and style.css. */
  script?: string
  stylesheet?: string
}): string {
  const bodyAttributes = Object.entries(options.bodyAttributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<link rel="stylesheet" href="/static/${options.site}/${escapeHtml(options.stylesheet ?? 'style.css')}">
<script type="module" src="/static/${options.site}/${escapeHtml(options.script ?? 'app.js')}"></script>
</head>
<body class="${escapeHtml(options.bodyClass ?? '')}"${bodyAttributes}>
${options.body.html}
</body>
</html>
`
}
