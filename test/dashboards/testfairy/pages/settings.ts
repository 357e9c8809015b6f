// The other Account Preferences panels: enough content to look like the real ones, nothing that works.
import { html, type Raw } from '../../html'
import type { DashResponse } from '../../http'
import { sauceItems, settingsItems, sidebarFor, type SidebarItem } from '../labels'
import { card, settingsPage, type PageContext } from '../layout'

const hexOf = (seed: string, length: number) => {
  let out = ''
  let n = [...seed].reduce((a, c) => (a * 31 + c.charCodeAt(0)) >>> 0, 7)
  while (out.length < length) {
    n = (n * 1103515245 + 12345) >>> 0
    out += (n >>> 16).toString(16).padStart(4, '0')
  }
  return out.slice(0, length)
}

function panelFor(page: PageContext, item: SidebarItem): Raw {
  const account = page.options.account
  switch (item) {
    case settingsItems.sdkToken:
      return card(item.heading, item.icon, html`<p>Use this token when you initialise the TestFairy SDK in your app.</p><div class="token-box"><code>SDK-${hexOf(account, 8)}</code><button type="button" class="btn btn-grey" data-copy>Copy</button></div>`)
    case settingsItems.apiKey:
      return card(item.heading, item.icon, html`<p>Your upload API key lets build servers upload new versions.</p><div class="token-box"><code>${hexOf(`${account}/api`, 40)}</code><button type="button" class="btn btn-grey" data-copy>Copy</button></div><p><button type="button" class="btn btn-danger">Reset API key</button></p>`)
    case settingsItems.notifications:
      return card(item.heading, item.icon, html`<form class="simple-form"><label class="check"><input type="checkbox" name="notify-crash" checked> Email me about new crashes</label><label class="check"><input type="checkbox" name="notify-feedback" checked> Email me about new feedback</label><label class="check"><input type="checkbox" name="notify-digest"> Weekly digest</label></form>`)
    case settingsItems.bugSystems:
      return card(item.heading, item.icon, html`<p>Connect a bug system to open issues from sessions and feedback.</p><ul class="plain-list"><li>Jira</li><li>GitHub</li><li>GitLab</li><li>Azure DevOps</li></ul><p><button type="button" class="btn btn-primary">Add bug system</button></p>`)
    case settingsItems.security:
      return card(item.heading, item.icon, html`<label class="check"><input type="checkbox" name="two-factor"> Require two-factor authentication</label><label class="check"><input type="checkbox" name="sso"> Single sign-on only</label>`)
    case settingsItems.account:
      return card(item.heading, item.icon, html`<div class="form-row"><div class="form-label">Email:</div><div class="form-field"><input type="text" name="email" value="${account}" readonly></div></div><div class="form-row"><div class="form-label">Full name:</div><div class="form-field"><input type="text" name="full-name" value="QA Lead"></div></div>`)
    case sauceItems.accessKey.testfairy:
    case sauceItems.accessKey.sauce:
      return card(item.heading, item.icon, html`<p>Use your e-mail address and this access key with the REST API and the upload API. Each data centre has its own key.</p><div class="form-row"><div class="form-label">User:</div><div class="form-field"><code>${account}</code></div></div><div class="token-box"><code>${hexOf(`${page.context.host}/${account}/key`, 40)}</code><button type="button" class="btn btn-grey" data-copy>Copy</button></div><p><button type="button" class="btn btn-danger">Regenerate</button></p>`)
    case sauceItems.appDistribution:
      return card(item.heading, item.icon, html`<form class="simple-form"><label class="check"><input type="checkbox" name="auto-update" checked> Offer testers the newest version of an app</label><label class="check"><input type="checkbox" name="landing-page" checked> Public landing page for invitations</label><label class="check"><input type="checkbox" name="require-login"> Testers must sign in to download</label></form>`)
    case sauceItems.allowlist:
      return card(item.heading, item.icon, html`<p>Only testers whose e-mail address matches a line below may install your apps. Empty: anyone invited.</p><div class="form-field"><textarea name="allowlist" rows="5" cols="48" placeholder="*@acme.example"></textarea></div>`)
    case settingsItems.billing:
      return card(item.heading, item.icon, html`<p>Plan: <strong>Enterprise</strong></p><p>Next invoice: 1st of next month.</p>`)
    default:
      return card(item.heading, item.icon, html`<p>No ${item.label.toLowerCase()} configured yet.</p>`)
  }
}

/** The settings page at `path` that is no webhook page, or undefined when this generation has none there. */
export function simpleSettingsPage(page: PageContext, path: string): DashResponse | undefined {
  const item = sidebarFor(page.options).find((i) => i.path === path)
  if (!item || item === settingsItems.integrations || item === settingsItems.webhooks) return undefined
  return settingsPage(page, item, panelFor(page, item))
}
