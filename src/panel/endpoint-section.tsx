// The endpoint the extension holds: masked until the person asks to see it, with Copy; an endpoint made by hand
// can be pasted (checked the same way); and "Send a test feedback", with what Centercode answered.
import { useState } from 'preact/hooks'
import type { PanelView } from '../background/answer-panel'
import { ask, t } from './ask'

export function EndpointSection({ view }: { view: PanelView }) {
  const [shown, setShown] = useState<string | null>(null)
  const [pasted, setPasted] = useState('')
  const [pasteError, setPasteError] = useState<string | null>(null)
  const [testing, setTesting] = useState(false)
  const [copied, setCopied] = useState(false)
  const reveal = async () => {
    if (shown) return setShown(null)
    const reply = await ask({ type: 'reveal-endpoint' })
    setShown(reply?.type === 'endpoint' ? reply.value : null)
  }
  const copy = async () => {
    const reply = await ask({ type: 'reveal-endpoint' })
    if (reply?.type !== 'endpoint' || !reply.value) return
    await navigator.clipboard.writeText(reply.value)
    setCopied(true)
  }
  const paste = async (event: Event) => {
    event.preventDefault()
    const reply = await ask({ type: 'paste-endpoint', value: pasted })
    if (reply?.type === 'refused') return setPasteError(t(reply.messageKey, [new URL(view.community ?? 'https://invalid').host]))
    setPasteError(null)
    setPasted('')
  }
  const test = async () => {
    setTesting(true)
    await ask({ type: 'send-test-feedback' }).finally(() => setTesting(false))
  }
  return (
    <section class="endpoint" aria-labelledby="endpoint-heading">
      <h2 id="endpoint-heading">{t('panelEndpoint')}</h2>
      {view.endpoint ? (
        <>
          <code class="url" data-endpoint={shown ? 'shown' : 'masked'}>{shown ?? view.endpoint}</code>
          <div class="buttons">
            <button type="button" data-action="reveal" aria-pressed={shown !== null} onClick={() => void reveal()}>{t(shown ? 'panelHide' : 'panelShow')}</button>
            <button type="button" data-action="copy" onClick={() => void copy()}>{t(copied ? 'panelCopied' : 'panelCopy')}</button>
            <button type="button" data-action="test" disabled={testing} onClick={() => void test()}>{t(testing ? 'cardSending' : view.lastTest ? 'panelTestAgain' : 'panelTest')}</button>
          </div>
        </>
      ) : (
        <p class="muted">{t('panelNoEndpoint')}</p>
      )}
      {view.lastTest && (
        <p class={view.lastTest.outcome === 'accepted' ? 'ok' : 'warn'} role="status" data-test-outcome={view.lastTest.outcome}>
          {t(view.lastTest.messageKey)}
        </p>
      )}
      <details>
        <summary>{t('panelPasteEndpoint')}</summary>
        <form onSubmit={(e) => void paste(e)}>
          <label for="pasted">{t('panelPasteLabel')}</label>
          <textarea id="pasted" rows={3} spellcheck={false} autocomplete="off" value={pasted} onInput={(e) => (setPasted((e.target as HTMLTextAreaElement).value), setPasteError(null))}
            aria-invalid={pasteError !== null} aria-describedby={pasteError ? 'paste-error' : undefined} />
          {pasteError && <p id="paste-error" class="warn" role="alert">{pasteError}</p>}
          <button type="submit">{t('panelUseEndpoint')}</button>
        </form>
      </details>
    </section>
  )
}
