// The person's settings: the names and key the setup fills in, the extra TestFairy events, the field mapping.
// Saved only when every value passes; each refused field says why, and nothing typed is lost.
import { useState } from 'preact/hooks'
import type { SettingName } from '../setup/values/defaults'
import { defaults, payloadKeys, type Settings, type SettingsErrors, type StoredSettings } from '../setup/values/settings'
import { ask, t } from './ask'

const textFields: SettingName[] = ['apiKeyName', 'apiKeyDescription', 'sourceName', 'sourceKey', 'webhookName']

export function SettingsForm({ saved, reset, disabled }: { saved: Settings; reset: StoredSettings['reset']; disabled: boolean }) {
  const [draft, setDraft] = useState<Settings>(saved)
  const [errors, setErrors] = useState<SettingsErrors>({})
  const [status, setStatus] = useState<string | null>(null)
  const save = async (event: Event) => {
    event.preventDefault()
    const reply = await ask({ type: 'save-settings', settings: draft })
    if (reply?.type === 'settings-refused') {
      setErrors(reply.errors)
      setStatus(null)
      return
    }
    setErrors({})
    setStatus(t('panelSaved'))
  }
  const field = (name: SettingName) => (
    <div class="field">
      <label for={`setting-${name}`}>{t(`setting_${name}`)}</label>
      <input id={`setting-${name}`} name={name} value={draft[name]} disabled={disabled} aria-invalid={!!errors[name]}
        aria-describedby={errors[name] ? `error-${name}` : undefined}
        onInput={(e) => setDraft({ ...draft, [name]: (e.target as HTMLInputElement).value })} />
      {errors[name] && <p id={`error-${name}`} class="warn">{t(errors[name])}</p>}
    </div>
  )
  const event = (name: 'crash' | 'upload') => (
    <label class="check">
      <input type="checkbox" name={`event-${name}`} checked={draft.events[name]} disabled={disabled}
        onChange={(e) => setDraft({ ...draft, events: { ...draft.events, [name]: (e.target as HTMLInputElement).checked } })} />
      {t(`setting_event_${name}`)}
    </label>
  )
  return (
    <details class="settings" open={reset.length > 0}>
      <summary>{t('panelSettings')}</summary>
      {reset.length > 0 && (
        <p class="warn" role="status" data-settings-reset>
          {reset === 'all'
            ? t('panelSettingsUnreadable')
            : t('panelSettingsPartlyReset', [reset.map((f) => t(f === 'mapping' ? 'panelMapping' : `setting_${f}`)).join(', ')])}
        </p>
      )}
      {disabled && <p class="muted">{t('panelSettingsLocked')}</p>}
      <form onSubmit={(e) => void save(e)} onReset={(e) => (e.preventDefault(), setDraft(defaults), setErrors({}))}>
        {textFields.map(field)}
        <fieldset>
          <legend>{t('panelEvents')}</legend>
          {event('crash')}
          {event('upload')}
        </fieldset>
        <fieldset>
          <legend>{t('panelMapping')}</legend>
          {draft.mapping.map((m, i) => (
            <div class="mapping-row">
              <input aria-label={t('panelMappingField')} value={m.field} disabled={disabled}
                onInput={(e) => setDraft({ ...draft, mapping: draft.mapping.map((x, j) => (j === i ? { ...x, field: (e.target as HTMLInputElement).value } : x)) })} />
              <span aria-hidden="true">←</span>
              <select aria-label={t('panelMappingParameter')} value={m.parameter} disabled={disabled}
                onChange={(e) => setDraft({ ...draft, mapping: draft.mapping.map((x, j) => (j === i ? { ...x, parameter: (e.target as HTMLSelectElement).value } : x)) })}>
                {payloadKeys.map((key) => <option value={key}>{key}</option>)}
              </select>
              <button type="button" aria-label={t('panelMappingRemove', [m.field])} disabled={disabled}
                onClick={() => setDraft({ ...draft, mapping: draft.mapping.filter((_, j) => j !== i) })}>×</button>
            </div>
          ))}
          <button type="button" disabled={disabled} onClick={() => setDraft({ ...draft, mapping: [...draft.mapping, { field: '', parameter: 'text' }] })}>{t('panelMappingAdd')}</button>
          {errors.mapping && <p class="warn">{t(errors.mapping)}</p>}
        </fieldset>
        <div class="buttons">
          <button type="submit" class="primary" disabled={disabled}>{t('panelSave')}</button>
          <button type="reset" disabled={disabled}>{t('panelDefaults')}</button>
          {status && <span role="status">{status}</span>}
        </div>
      </form>
    </details>
  )
}
