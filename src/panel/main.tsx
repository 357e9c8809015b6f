// The toolbar panel: the three phases as a checklist, the one button that starts or continues the setup on
// the right site, the community, the endpoint (masked), the test feedback, settings, and Reset. It holds no
// state of its own: everything is asked of the background, again whenever storage changes.
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import type { PanelView } from '../background/answer-panel'
import { communityOrigin, ownDomainPattern } from '../setup/values/community'
import { guideKey } from '../engine/overlay/guide-key'
import { ask, t } from './ask'
import { Checklist } from './checklist'
import { oneAtATime } from './one-at-a-time'
import { EndpointSection } from './endpoint-section'
import { SettingsForm } from './settings-form'
import { Summary } from './summary'

function Panel() {
  const [view, setView] = useState<PanelView | null>(null)
  const [community, setCommunity] = useState('')
  const [testfairy, setTestfairy] = useState('')
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    // asked again at every change of storage, one question at a time (one-at-a-time.ts)
    const read = oneAtATime(async () => {
      const reply = await ask({ type: 'panel-view' })
      if (reply?.type === 'panel-view') setView(reply)
    })
    // (a question that failed three times in a row waits for the next change)
    const onChanged = () => void read().catch(() => undefined)
    onChanged()
    browser.storage.onChanged.addListener(onChanged)
    return () => browser.storage.onChanged.removeListener(onChanged)
  }, [])
  if (!view) return null
  const running = view.status === 'running'
  const typed = !running && community.trim() ? communityOrigin(community) : null
  // a community on its own domain: the extension may work there only once the person allows it
  const ownDomain = typed ? (typed.ok && typed.ownDomain ? typed.origin : null) : !view.access ? view.community : null
  /** The community "Do it for me" would work in: the one typed, or the one an open tab shows. */
  const autoCommunity = typed ? (typed.ok ? typed.origin : null) : view.community
  const autoWhere = !running && autoCommunity && view.autoTestFairy ? t('panelAutoWhere', [new URL(autoCommunity).host, new URL(view.autoTestFairy).host]) : null
  const start = (auto: boolean) => {
    // asked in the click itself: browsers grant a permission only to a request made while handling it
    const asking = ownDomain ? browser.permissions.request({ origins: [ownDomainPattern(ownDomain)] }) : null
    void go(asking, auto)
  }
  const go = async (asking: Promise<boolean> | null, auto: boolean) => {
    const starting = { type: 'start', ...(community.trim() ? { community } : {}), ...(auto ? { auto, ...(view.autoTestFairy ? { testfairy: view.autoTestFairy } : {}) } : {}) } as const
    let reply = await ask(running ? { type: 'continue', ...(view.asksTestFairy && testfairy.trim() ? { testfairy } : {}) } : starting)
    if (asking && ownDomain) {
      const host = new URL(ownDomain).host
      setProblem(t('panelOwnDomainAsking', [host]))
      const allowed = await asking.catch(() => false)
      if (!allowed) return setProblem(t('panelOwnDomainRefused', [host]))
      reply = await ask({ type: 'continue' })
    }
    setProblem(reply?.type === 'refused' ? t(reply.messageKey, reply.args) : null)
    // as a popup, it gets out of the way of the page it opened (as a tab, e.g. in tests, it stays)
    if (reply?.type === 'ok' && !(await browser.tabs.getCurrent())) window.close()
  }
  return (
    <>
      <h1>{t('extName')}</h1>
      <Checklist phases={view.phases} />
      {view.status === 'done' && <p class="ok" data-panel-status="done">{t('panelDoneLead')}</p>}
      {view.status === 'done' && <Summary view={view} />}
      {running && view.step && (
        <p data-panel-status="running">
          {t('cardStepOf', [String(view.step.current), String(view.step.total)])}: {t(view.step.message, view.step.args)}
          {view.paused ? ` (${t('panelPaused')})` : view.auto ? ` (${t('panelAutoOn')})` : ''}
        </p>
      )}
      {running && view.cannot && <p class="warn" role="status" data-panel-cannot>{t(view.cannot)}</p>}
      {view.status === 'idle' && <p data-panel-status="idle">{t('panelIdle')}</p>}
      {view.progressUnreadable && <p class="warn" role="status" data-progress-unreadable>{t('panelProgressUnreadable')}</p>}
      {!running && (
        <div class="field">
          <label for="community">{t('panelCommunity')}</label>
          <input id="community" placeholder={view.community ? new URL(view.community).host : 'acme.centercode.com'} value={community}
            onInput={(e) => (setCommunity((e.target as HTMLInputElement).value), setProblem(null))} aria-invalid={problem !== null} aria-describedby={problem ? 'start-problem' : undefined} />
          {view.community && !community && <p class="muted">{t('panelCommunityDetected', [new URL(view.community).host])}</p>}
          {ownDomain && <p class="muted" data-own-domain>{t('panelOwnDomain', [new URL(ownDomain).host])}</p>}
        </div>
      )}
      {running && view.asksTestFairy && (
        <div class="field">
          <label for="testfairy">{t('panelTestFairy')}</label>
          <input id="testfairy" placeholder={view.testfairyChosen ? new URL(view.testfairyChosen).host : 'app.testfairy.com'} value={testfairy}
            onInput={(e) => (setTestfairy((e.target as HTMLInputElement).value), setProblem(null))} aria-invalid={problem !== null} aria-describedby={problem ? 'start-problem' : undefined} />
        </div>
      )}
      {problem && <p id="start-problem" class="warn" role="alert">{problem}</p>}
      <div class="buttons">
        <button type="button" class="primary" data-action="start" onClick={() => start(false)}>{t(running ? 'panelContinue' : 'panelStart')}</button>
        {!running && <button type="button" data-action="auto" aria-describedby={autoWhere ? 'auto-where' : undefined} onClick={() => start(true)}>{t('panelAuto')}</button>}
        {running && (
          <button type="button" data-action="pause" onClick={() => void ask({ type: 'pause', paused: !view.paused })}>{t(view.paused ? 'cardResume' : 'cardPause')}</button>
        )}
        {view.status !== 'idle' && <button type="button" data-action="reset" onClick={() => void ask({ type: 'reset' })}>{t('panelReset')}</button>}
      </div>
      {autoWhere && <p class="muted" id="auto-where" data-auto-where>{autoWhere}</p>}
      {view.status !== 'done' && <p class="muted" data-keyboard-hint>{t('panelKeyboard', [guideKey.label])}</p>}
      <EndpointSection view={view} />
      <SettingsForm saved={view.settings} reset={view.settingsReset} disabled={running} />
    </>
  )
}

// the panel speaks the extension's language (its _locales), whatever the page's markup says
document.documentElement.lang = t('lang')
document.title = t('extName')
render(<Panel />, document.getElementById('panel')!)
