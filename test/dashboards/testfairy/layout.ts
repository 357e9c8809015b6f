// The page frame: dark top bar, Account Preferences with its sidebar, and the settings panel (late, swappable).
// The Sauce-era (generation 'sauce') has its own top bar, Sauce Labs-like, with an "Account" menu instead of the
// e-mail drop-down, and calls Account Preferences by the settings item's words ("TestFairy Settings", …).
import { html, htmlPage, type Raw } from '../html'
import { htmlResponse, type DashRequest, type DashResponse, wantsFragment } from '../http'
import type { TestFairyOptions } from '../options'
import type { SiteContext } from '../site'
import { sauceAccountMenu, sauceLabels, sidebarFor, topNavigation, type SidebarItem } from './labels'
import type { TestFairyState } from './state'

export interface PageContext {
  context: SiteContext
  options: TestFairyOptions
  state: TestFairyState
  request: DashRequest
}

const isSauce = (page: PageContext) => page.options.generation === 'sauce'

function topNav(page: PageContext): Raw {
  const here = page.request.url.pathname
  return html`<nav class="topnav" aria-label="Main">
    ${topNavigation.map(
      (link) => html`<a class="${link.path === here ? 'topnav-link active' : 'topnav-link'}" href="${link.path}">${link.label}${
        link.label === 'Feedback' ? html` <span class="badge">${page.state.feedbackCount}</span>` : ''
      }</a>`,
    )}
  </nav>`
}

/** Our own mark for the Sauce-era top bar (a drawn bolt in a rounded square: no asset of the real company). */
const sauceMark = html`<svg class="sauce-mark" viewBox="0 0 24 24" aria-hidden="true"><rect x="1" y="1" width="22" height="22" rx="6"/><path d="M13.5 4 7 13.2h4.3L10 20l6.9-9.4h-4.4z"/></svg>`

/**
 * The Sauce-era top bar: Sauce Labs-like branding and, top right, the "Account" menu button. Its drop-down (the
 * settings item, Team, Sign Out) waits in a template: the page's script renders it on the first click.
 */
function sauceTopBar(page: PageContext): Raw {
  const naming = page.options.sauceNaming
  const product = naming === 'sauce' ? 'Mobile App Distribution' : sauceLabels(naming).product
  return html`<header class="topbar sauce-topbar">
  <a class="brand sauce-brand" href="/">${sauceMark}<span class="sauce-brand-name">Sauce Labs</span><span class="sauce-product">${product}</span></a>
  ${topNav(page)}
  <div class="topbar-right">
    <button type="button" class="topbar-help" aria-label="Help">?</button>
    <div class="account sauce-account" data-account>
      <button type="button" class="sauce-account-toggle" aria-haspopup="menu" aria-expanded="false" data-account-toggle>Account</button>
      <template data-account-menu-items>${sauceAccountMenu(naming).map(
        (item) =>
          html`<li role="none"><a role="menuitem" href="${item.path}" class="${item.danger ? 'menu-item danger' : 'menu-item'}">${item.label}</a></li>`,
      )}</template>
    </div>
  </div>
</header>`
}

function topBar(page: PageContext): Raw {
  if (isSauce(page)) return sauceTopBar(page)
  return html`<header class="topbar">
  <a class="brand" href="/"><span class="brand-mark"></span><span class="brand-name">TestFairy</span></a>
  ${topNav(page)}
  <div class="topbar-right">
    <a class="btn btn-upload" href="/upload/"><span class="cloud"></span>New Upload</a>
    <button type="button" class="topbar-help" aria-label="Help">?</button>
    <div class="account" data-account>
      <button type="button" class="account-toggle" aria-haspopup="menu" aria-expanded="false" data-account-toggle>${page.options.account}</button>
    </div>
    <span class="bell" aria-hidden="true"></span>
  </div>
</header>`
}

/** A whole page in the top-bar frame. */
export function fullPage(page: PageContext, title: string, main: Raw, status = 200, bodyClass = ''): DashResponse {
  return htmlResponse(
    htmlPage({
      title: `${title} - ${isSauce(page) ? 'Sauce Labs' : 'TestFairy'}`,
      site: 'testfairy',
      bodyClass: `testfairy ${isSauce(page) ? 'sauce ' : ''}${bodyClass}`.trim(),
      bodyAttributes: { 'data-render-delay': String(page.context.renderDelayMs) },
      body: html`${topBar(page)}<main class="main">${main}</main>`,
    }),
    status,
  )
}

/** A settings panel's body: a loading line, then the content, which renders late. */
export function latePanel(content: Raw): Raw {
  return html`<div class="panel-loading" data-loading>Loading…</div><template data-late>${content}</template>`
}

/**
 * A settings page: the panel alone when the page asked for a fragment (single-page navigation), or the whole
 * Account Preferences page around it (the Sauce-era's "TestFairy Settings" or "Sauce Mobile App Distribution Settings").
 */
export function settingsPage(page: PageContext, active: SidebarItem, panel: Raw, status = 200): DashResponse {
  const body = latePanel(panel)
  if (wantsFragment(page.request)) return htmlResponse(body.html, status)
  const sidebar = sidebarFor(page.options)
  const title = isSauce(page) ? sauceLabels(page.options.sauceNaming).settings : 'Account Preferences'
  return fullPage(
    page,
    title,
    html`<div class="preferences-title"><h1>${title}</h1></div>
<div class="preferences">
  <nav class="sidebar" aria-label="Preferences">
    <ul>
      ${sidebar.map(
        (item) =>
          html`<li><a data-spa href="${item.path}" class="${item === active ? 'sidebar-link active' : 'sidebar-link'}"${
            item === active ? html` aria-current="page"` : ''
          }><span class="glyph glyph-${item.icon}" aria-hidden="true"></span>${item.label}</a></li>`,
      )}
    </ul>
  </nav>
  <section class="panel" data-spa-panel>${body}</section>
</div>`,
    status,
    'settings',
  )
}

/** A card with a header line, as the settings panels are drawn. */
export function card(heading: string, icon: string, content: Raw): Raw {
  return html`<div class="card"><div class="card-header"><span class="glyph glyph-${icon}" aria-hidden="true"></span><h2>${heading}</h2></div><div class="card-body">${content}</div></div>`
}

export function notFound(page: PageContext): DashResponse {
  const main = html`<div class="not-found"><h1>Page not found</h1><p>The page you were looking for does not exist.</p><p><a href="/">Back to the dashboard</a></p></div>`
  if (wantsFragment(page.request)) return htmlResponse(main.html, 404)
  return fullPage(page, 'Page not found', main, 404)
}
