// Community home, project home, the project's feedback list and a few busy placeholder pages.
import { html } from '../html'
import type { DashResponse } from '../http'
import type { Community } from './context'
import { page, titleBar } from './layout'

export function communityHome(c: Community): DashResponse {
  return page(c, {
    title: 'Home',
    area: 'home',
    main: html`${titleBar(c, `Welcome to the ${c.name}`)}
<div class="columns">
  <section class="panel">
    <h2 class="panel-title">Your projects</h2>
    <ul class="project-list">
      <li><a href="${c.paths.projectHome}">${c.options.projectName}</a> <span class="badge">Active</span><p>Help us polish the next release: report issues, share ideas, tell us what you love.</p></li>
      <li><span class="muted">Desktop Companion Alpha</span> <span class="badge badge-grey">Closed</span><p>Thanks to everyone who took part.</p></li>
    </ul>
  </section>
  <section class="panel">
    <h2 class="panel-title">Announcements</h2>
    <article><h3>Build 4.2.1 is out</h3><p>Crash fixes for the onboarding flow and a new dark theme. Please update before testing.</p></article>
    <article><h3>Survey: first impressions</h3><p>Five minutes, ten questions. Your answers shape the roadmap.</p></article>
    <article><h3>Community guidelines refreshed</h3><p>Please read the updated guidelines on confidentiality.</p></article>
  </section>
  <aside class="panel">
    <h2 class="panel-title">Activity</h2>
    <ul class="activity"><li>32 new issues this week</li><li>11 ideas voted up</li><li>4 testers joined today</li><li>Next build: Thursday</li></ul>
  </aside>
</div>`,
  })
}

export function projectHome(c: Community): DashResponse {
  return page(c, {
    title: c.options.projectName,
    area: 'project',
    main: html`${titleBar(c, c.options.projectName)}
<div class="columns">
  <section class="panel"><h2 class="panel-title">Project overview</h2><p>Project key: <code>${c.options.projectKey}</code></p><p>Phase: Beta (week 6 of 10)</p><p>Teams: ${c.options.teams.join(', ')}</p></section>
  <section class="panel"><h2 class="panel-title">Submit feedback</h2><ul class="link-list">${c.types.map((t) => html`<li><span>${t.name}</span></li>`)}</ul></section>
  <section class="panel"><h2 class="panel-title">Recent feedback</h2><p><a href="${c.paths.feedbackList}">${c.labels.feedback} (${c.state.feedback.length})</a></p></section>
</div>`,
  })
}

export function feedbackList(c: Community): DashResponse {
  const rows = [...c.state.feedback].reverse()
  return page(c, {
    title: c.labels.feedback,
    area: 'project',
    main: html`${titleBar(c, `${c.options.projectName}: ${c.labels.feedback}`)}
<div class="panel">
<table class="grid feedback-table">
  <thead><tr><th>ID</th><th>Title</th><th>Type</th><th>Submitter</th><th>Source</th><th>Status</th><th>Received</th></tr></thead>
  <tbody>${
    rows.length === 0
      ? html`<tr class="empty"><td colspan="7">No feedback yet.</td></tr>`
      : rows.map(
          (f) => html`<tr data-feedback-id="${f.id}">
      <td>${f.id}</td>
      <td><span class="feedback-title">${f.fields.Summary || '(no summary)'}</span>${Object.entries(f.fields)
        .filter(([name, value]) => name !== 'Summary' && value)
        .map(([name, value]) => html`<div class="feedback-detail"><span class="muted">${name}:</span> ${value}</div>`)}</td>
      <td>${f.typeName}</td><td>${f.submitter || '—'}</td><td>${f.sourceName}</td><td>${f.status}</td><td>${f.received.slice(0, 16).replace('T', ' ')}</td>
    </tr>`,
        )
  }</tbody>
</table>
</div>`,
  })
}

const placeholderTitles: Record<string, string> = {
  '/welcome/': '',
  '/admin/members.html': 'Members',
  '/admin/reports.html': 'Reports',
  '/admin/email.html': 'Email Center',
  '/project/testers.html': 'Testers',
  '/help/': 'Help Center',
  '/help/contact.html': 'Contact Support',
  '/community/members': 'Members',
  '/community/announcements': 'Announcements',
  '/management/testers': 'Testers',
  '/management/reports': 'Reports',
}

export function isPlaceholder(pathname: string): boolean {
  return pathname in placeholderTitles && pathname !== '/welcome/'
}

export function placeholder(c: Community, pathname: string): DashResponse {
  const title = placeholderTitles[pathname] ?? 'Page'
  return page(c, {
    title,
    main: html`${titleBar(c, title)}<div class="panel"><p>Nothing to see here in the imitation.</p><table class="grid"><thead><tr><th>Name</th><th>Updated</th></tr></thead><tbody><tr><td>Sample row</td><td>Yesterday</td></tr><tr><td>Another row</td><td>Last week</td></tr></tbody></table></div>`,
  })
}
