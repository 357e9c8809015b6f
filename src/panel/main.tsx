// The toolbar panel. For now it shows where a running setup is and lets the person pause, resume or reset
// it; it holds no state of its own and follows storage as it changes.
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import browser from 'webextension-polyfill'
import { parseProgress, progressKey, type Progress } from '../setup/progress'
import { statusOf } from '../setup/status'

const t = (key: string, substitutions?: string[]) => browser.i18n.getMessage(key, substitutions) || key

function Panel() {
  const [progress, setProgress] = useState<Progress | null | undefined>(undefined)
  useEffect(() => {
    const read = async () => setProgress(parseProgress((await browser.storage.local.get(progressKey))[progressKey]))
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && progressKey in changes) void read()
    }
    void read()
    browser.storage.onChanged.addListener(onChanged)
    return () => browser.storage.onChanged.removeListener(onChanged)
  }, [])
  if (progress === undefined) return null
  const running = statusOf(progress) === 'running' && progress
  const step = running ? running.flow.steps[running.stepIndex] : undefined
  const save = (next: Progress) => browser.storage.local.set({ [progressKey]: next })
  return (
    <>
      <h1>{t('extName')}</h1>
      {running && step ? (
        <>
          <p data-panel-status="running">
            {t('cardStepOf', [String(running.stepIndex + 1), String(running.flow.steps.length)])}: {t(step.message)}
            {running.paused ? ` (${t('panelPaused')})` : ''}
          </p>
          <div class="buttons">
            <button class="primary" type="button" onClick={() => save({ ...running, paused: !running.paused })}>
              {t(running.paused ? 'cardResume' : 'cardPause')}
            </button>
            <button type="button" onClick={() => browser.storage.local.remove(progressKey)}>{t('panelReset')}</button>
          </div>
        </>
      ) : (
        <p data-panel-status="idle">{t('panelIdle')}</p>
      )}
    </>
  )
}

render(<Panel />, document.getElementById('panel')!)
