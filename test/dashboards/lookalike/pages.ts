// The look-alike pages. Centercode's (any path of another *.centercode.com host): an endpoint of its own,
// shown in every way a real community shows one (a read-only input with the {API_KEY} placeholder, a <code>
// with a key and a Copy button), with the links and fields a setup guide looks for. TestFairy's (another
// *.testfairy.com host): a webhook form like the older Add webhook page, its URL field a plain input.
import { eventsFor } from '../testfairy/events'
import { html, htmlPage, type Raw } from '../html'
import { htmlResponse, type DashResponse } from '../http'
import type { SiteContext } from '../site'

/** The look-alike Centercode endpoint's parts (not any community's: AcmeBeta is acme.centercode.com's project). */
export const lookalikeProjectKey = 'AcmeBeta'
export const lookalikeSourceKey = 'testfairy'
/** A made-up key in the shape of a real one (a prefix, then 32 hex digits), shown in the <code> endpoint. */
export const lookalikeApiKey = 'SkelXXXX5f1c0e9a7b3d4c2e8f6a1b0c9d8e7f6a'

export function lookalikeEndpoint(host: string, apiKey: string): string {
  return `https://${host}/api/v1/projects/${lookalikeProjectKey}/feedback/${lookalikeSourceKey}?apiKey=${apiKey}`
}

/** The paths the TestFairy look-alike serves its webhook form at (the real dashboard's, both generations). */
export const testfairyFormPaths: readonly string[] = ['/', '/settings/integrations/', '/settings/webhooks/add/']

function page(title: string, product: 'centercode' | 'testfairy', body: Raw, status = 200): DashResponse {
  return htmlResponse(htmlPage({ title, site: 'lookalike', body, bodyClass: `lookalike lookalike-${product}` }), status)
}

export function centercodePage(context: SiteContext, path: string): DashResponse {
  const withPlaceholder = lookalikeEndpoint(context.host, '{API_KEY}')
  const withKey = lookalikeEndpoint(context.host, lookalikeApiKey)
  return page(
    'Connect TestFairy | Centercode Support',
    'centercode',
    html`<header class="lk-top"><span class="lk-brand">Centercode Support</span></header>
<main class="lk-main">
  <h1>Connect TestFairy to your project</h1>
  <p>Send TestFairy feedback to this endpoint. Paste it into TestFairy's webhook form as the URL.</p>
  <div class="field endpoint"><label for="endpoint-url">API Endpoint URL</label><input type="text" id="endpoint-url" class="endpoint-input" readonly value="${withPlaceholder}"></div>
  <p class="note">Substitute your API key for {API_KEY}: use a key from API Keys in the community configuration.</p>
  <div class="field endpoint"><span class="label">API Endpoint URL</span><div class="copy-row"><code class="endpoint-url" id="endpoint-url-with-key">${withKey}</code><button type="button" class="button" data-action="copy" data-copy-target="endpoint-url-with-key">Copy</button></div><span class="copy-status" data-copy-status role="status"></span></div>
  <div class="button-bar"><a class="button button-primary" href="/admin/apikeys/generate.html">Create an API Key</a> <a class="button button-primary" href="/project/admin/externalsource.html?action=create">Create an External Source</a></div>
  <form class="lk-form" method="post" action="${path}" novalidate>
    <div class="field"><label for="source-name">Name</label><input type="text" id="source-name" name="name"></div>
    <div class="field"><label for="source-team">Team</label><select id="source-team" name="team"><option value="">&lt;Select&gt;</option><option value="Beta Team">Beta Team</option></select></div>
    <div class="form-actions"><button type="submit" class="button button-primary">Submit</button></div>
  </form>
</main>`,
  )
}

export function testfairyPage(path: string): DashResponse {
  const events = eventsFor({ feedbackEvent: true })
  return page(
    'Webhooks - TestFairy Status',
    'testfairy',
    html`<header class="lk-top"><span class="lk-brand">TestFairy Status</span></header>
<main class="lk-main">
  <h1>Webhooks</h1>
  <h2>Add webhook</h2>
  <form class="lk-form" method="post" action="${path}" novalidate>
    <div class="field"><label for="webhook-name">Name</label><input type="text" id="webhook-name" name="name" maxlength="100"></div>
    <div class="field"><label for="webhook-url">URL</label><input type="text" id="webhook-url" name="url"></div>
    <div class="field event-list">${events.map(
      (e) => html`<label class="check"><input type="checkbox" name="${e.legacyName}"> <span>${e.addLabel}</span></label>`,
    )}</div>
    <div class="form-actions">
      <button type="submit" name="action" value="save" class="button button-primary">Add webhook</button>
      <button type="submit" name="action" value="test" class="button">Test URL</button>
    </div>
  </form>
</main>`,
  )
}

export function notFound(product: 'centercode' | 'testfairy'): DashResponse {
  return page('Page not found', product, html`<main class="lk-main"><h1>Page not found</h1><p><a href="/">Home</a></p></main>`, 404)
}
