// What the finished setup made, in one place: the community, the names it used, and what the last test
// feedback brought back (the endpoint itself is gone by then, by design).
import type { PanelView } from '../background/answer-panel'
import { t } from './ask'

export function Summary({ view }: { view: PanelView }) {
  const { settings, lastTest } = view
  // the two dashboards as links, to look at what was made
  const link = (origin: string | null) => (origin ? <a href={origin} target="_blank" rel="noreferrer">{new URL(origin).host}</a> : '–')
  const rows: [string, string | ReturnType<typeof link>][] = [
    ['summaryCommunity', link(view.community)],
    ['summaryTestFairy', link(view.testfairy)],
    ['setting_apiKeyName', settings.apiKeyName],
    ['setting_sourceKey', settings.sourceKey],
    ['setting_webhookName', settings.webhookName],
  ]
  return (
    <section class="summary" aria-labelledby="summary-heading" data-summary>
      <h2 id="summary-heading">{t('panelDone')}</h2>
      <dl>
        {rows.map(([label, value]) => (
          <>
            <dt>{t(label)}</dt>
            <dd>{value}</dd>
          </>
        ))}
        <dt>{t('summaryLastTest')}</dt>
        <dd data-test-outcome={lastTest?.outcome ?? 'none'}>{lastTest ? t(lastTest.messageKey) : t('summaryNoTest')}</dd>
      </dl>
    </section>
  )
}
