// The pages outside settings: the busy dashboard at /, the other top-bar sections, signing out.
import { html, type Raw } from '../../html'
import type { DashResponse } from '../../http'
import { plainPages } from '../labels'
import { fullPage, latePanel, type PageContext } from '../layout'

const apps = [
  { name: 'Acme Shop', platform: 'Android', version: '3.4.1 (412)', sessions: 1284, crashes: 12 },
  { name: 'Acme Shop', platform: 'iOS', version: '3.4.0 (97)', sessions: 903, crashes: 4 },
  { name: 'Field Notes', platform: 'Android', version: '0.9.2 (33)', sessions: 211, crashes: 27 },
  { name: 'Courier', platform: 'iOS', version: '2.0.0 (5)', sessions: 58, crashes: 0 },
]

function stats(page: PageContext): Raw {
  const cards = [
    ['Projects', apps.length],
    ['Team members', 1],
    ['Sessions this week', apps.reduce((a, b) => a + b.sessions, 0)],
    ['Open feedback', page.state.feedbackCount],
  ] as const
  return html`<div class="stats">${cards.map(([label, value]) => html`<div class="stat"><span class="stat-icon" aria-hidden="true"></span><div><div class="stat-value">${value}</div><div class="stat-label">${label}</div></div></div>`)}</div>`
}

function appsTable(): Raw {
  return html`<div class="card"><div class="card-header"><h2>Projects</h2></div><div class="card-body"><table class="apps">
<thead><tr><th>App</th><th>Platform</th><th>Latest version</th><th>Sessions</th><th>Crashes</th></tr></thead>
<tbody>${apps.map(
    (a) => html`<tr><td><span class="app-icon" aria-hidden="true"></span>${a.name}</td><td>${a.platform}</td><td>${a.version}</td><td>${a.sessions}</td><td>${a.crashes}</td></tr>`,
  )}</tbody></table></div></div>`
}

export function dashboardPage(page: PageContext): DashResponse {
  return fullPage(
    page,
    'Dashboard',
    html`<div class="page-title"><h1>Dashboard</h1><button type="button" class="btn btn-dark">Add SDK</button></div>${latePanel(html`${stats(page)}${appsTable()}`)}`,
    200,
    'dashboard',
  )
}

export function plainPage(page: PageContext, path: string): DashResponse | undefined {
  const title = plainPages[path]
  if (title === undefined) return undefined
  return fullPage(page, title, html`<div class="page-title"><h1>${title}</h1></div>${latePanel(html`${stats(page)}<div class="card"><div class="card-body"><p>Nothing new here since your last visit.</p></div></div>`)}`)
}

export function signedOutPage(page: PageContext): DashResponse {
  return fullPage(page, 'Signed out', html`<div class="not-found"><h1>You have been signed out.</h1><p><a href="/">Sign in again</a></p></div>`)
}
