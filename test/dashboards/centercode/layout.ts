// The page shell of each generation: legacy (hover-only menus "Community Tools" / "Project Tools", red title
// bars) and current (a community logo button and a "Management" menu that open on click). The main content
// always renders late, from a <template data-late>.
import { html, htmlPage, type Raw } from '../html'
import { htmlResponse, type DashResponse } from '../http'
import type { Community } from './context'

export interface PageOptions {
  title: string
  main: Raw
  status?: number
  /** Which top-level area is active, for the menu highlight. */
  area?: 'home' | 'community' | 'project'
}

export function page(c: Community, options: PageOptions): DashResponse {
  const shell = c.options.generation === 'legacy' ? legacyShell(c, options) : currentShell(c, options)
  return htmlResponse(
    htmlPage({
      title: `${options.title} | ${c.name}`,
      site: 'centercode',
      body: shell,
      bodyClass: `cc cc-${c.options.generation}`,
      bodyAttributes: { 'data-render-delay': String(c.site.renderDelayMs), 'data-generation': c.options.generation },
    }),
    options.status ?? 200,
  )
}

/** Main content that appears late, with a spinner until then. */
function lateMain(main: Raw): Raw {
  return html`<main class="cc-main" id="main"><div class="loading" data-loading aria-busy="true">Loading…</div><template data-late>${main}</template></main>`
}

function legacyShell(c: Community, options: PageOptions): Raw {
  const { labels, paths } = c
  return html`<header class="cc-top">
  <a class="brand" href="${paths.home}"><span class="brand-mark" aria-hidden="true"></span><span class="brand-name">${c.name}</span></a>
  <nav class="menubar" aria-label="Main menu">
    <div class="menu${options.area === 'community' ? ' current' : ''}">
      <span class="menu-title" tabindex="0">${labels.communityTools}</span>
      <ul class="submenu">
        <li><a href="${paths.configuration}">${labels.configuration}</a></li>
        <li><a href="/admin/members.html">Members</a></li>
        <li><a href="/admin/reports.html">Reports</a></li>
        <li><a href="/admin/email.html">Email Center</a></li>
      </ul>
    </div>
    <div class="menu${options.area === 'project' ? ' current' : ''}">
      <span class="menu-title" tabindex="0">${labels.projectTools}</span>
      <ul class="submenu">
        <li><a href="${paths.projectHome}">Project Home</a></li>
        <li><a href="${paths.feedbackTypes}">${labels.feedbackTypes}</a></li>
        <li><a href="${paths.feedbackList}">${labels.feedback}</a></li>
        <li><a href="/project/testers.html">Testers</a></li>
      </ul>
    </div>
    <div class="menu">
      <span class="menu-title" tabindex="0">Help</span>
      <ul class="submenu">
        <li><a href="/help/">Help Center</a></li>
        <li><a href="/help/contact.html">Contact Support</a></li>
      </ul>
    </div>
  </nav>
  <span class="user-chip">Jamie Admin</span>
</header>
<div class="cc-strip">${c.options.projectName} · Beta phase 2 · 148 active testers</div>
${lateMain(options.main)}
<footer class="cc-footer">Community platform imitation for tests · ${c.site.host}</footer>`
}

function currentShell(c: Community, options: PageOptions): Raw {
  const { labels, paths } = c
  return html`<header class="cc-app-bar">
  <div class="popup-wrap">
    <button type="button" class="logo-button" aria-haspopup="menu" aria-expanded="false" aria-controls="community-menu" title="${c.name}">
      <img src="/static/centercode/logo.svg" alt="${c.name} logo" width="32" height="32">
    </button>
    <ul class="popup" id="community-menu" role="menu" hidden>
      <li role="none"><a role="menuitem" href="${paths.home}">Community home</a></li>
      <li role="none"><a role="menuitem" href="${paths.configuration}">${labels.communityConfiguration}</a></li>
      <li role="none"><a role="menuitem" href="/community/members">Members</a></li>
      <li role="none"><a role="menuitem" href="/community/announcements">Announcements</a></li>
    </ul>
  </div>
  <nav class="app-nav" aria-label="Primary">
    <a href="${paths.home}" class="${options.area === 'home' ? 'active' : ''}">Home</a>
    <a href="${paths.projectHome}">Projects</a>
    <div class="popup-wrap">
      <button type="button" class="nav-button${options.area === 'project' ? ' active' : ''}" aria-haspopup="menu" aria-expanded="false" aria-controls="management-menu">${labels.management}</button>
      <ul class="popup" id="management-menu" role="menu" hidden>
        <li role="none"><a role="menuitem" href="${paths.projectConfiguration}">${labels.projectConfiguration}</a></li>
        <li role="none"><a role="menuitem" href="${paths.feedbackList}">${labels.feedback}</a></li>
        <li role="none"><a role="menuitem" href="/management/testers">Testers</a></li>
        <li role="none"><a role="menuitem" href="/management/reports">Reports</a></li>
      </ul>
    </div>
  </nav>
  <span class="project-pill">${c.options.projectName}</span>
  <span class="avatar" title="Jamie Admin">JA</span>
</header>
${lateMain(options.main)}`
}

/** Legacy red title bar, current plain page header. */
export function titleBar(c: Community, title: string, extra?: Raw): Raw {
  return c.options.generation === 'legacy'
    ? html`<div class="title-bar"><h1>${title}</h1>${extra ?? ''}</div>`
    : html`<div class="page-header"><h1>${title}</h1>${extra ?? ''}</div>`
}

/** Legacy dark section bar, current section heading. */
export function sectionBar(c: Community, title: string): Raw {
  return c.options.generation === 'legacy' ? html`<h2 class="section-bar">${title}</h2>` : html`<h2 class="section-heading">${title}</h2>`
}

export function errorSummary(errors: Record<string, string>): Raw {
  const messages = Object.values(errors)
  if (messages.length === 0) return html``
  return html`<div class="alert alert-error" role="alert"><strong>Please correct the following:</strong><ul>${messages.map((m) => html`<li>${m}</li>`)}</ul></div>`
}

export function fieldError(errors: Record<string, string>, name: string): Raw {
  const message = errors[name]
  return message ? html`<p class="field-error" id="${name}-error">${message}</p>` : html``
}

export function notFound(c: Community): DashResponse {
  return page(c, {
    title: 'Page not found',
    status: 404,
    main: html`${titleBar(c, 'Page not found')}<div class="panel"><p>The page you asked for does not exist or you do not have access to it.</p><p><a href="${c.paths.home}">Back to the community home</a></p></div>`,
  })
}
