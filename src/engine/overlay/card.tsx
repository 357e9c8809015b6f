// The instruction card (or, paused, the pill), as a function of the state. No focus is ever moved here:
// the person may be typing in a page field while the card changes. (The guide key moves it, when pressed.)
import type { CardActions, CardState, Translate } from './contract'
import { byPerson, personOnly } from './by-person'
import { guideKey } from './guide-key'

interface Props {
  state: CardState
  t: Translate
  actions: CardActions
}

/** The words a screen reader hears when they change (aria-live="polite"). */
export function announcement(state: CardState, t: Translate): string {
  if (state.paused) return t('cardPaused')
  if (state.pointing) return state.pointRejected ? t('cardPointRejected') : t('cardPointing')
  const parts = [state.instruction]
  if (state.notFound) parts.push(t('cardNotFound', [state.notFound.lookFor]))
  if (state.confirmOverwrite) parts.push(t('cardOverwrite', [state.confirmOverwrite.current]))
  if (state.problem) parts.push(t('cardPageSays', [state.problem]))
  if (state.preview) parts.push(state.preview)
  if (state.note) parts.push(state.note)
  if (state.askAddress?.error) parts.push(state.askAddress.error)
  return parts.join(' ')
}

export function OverlayView({ state, t, actions }: Props) {
  return (
    <>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement(state, t)}
      </div>
      {state.paused ? <Pill state={state} t={t} actions={actions} /> : <Card state={state} t={t} actions={actions} />}
    </>
  )
}

function stepText(state: CardState, t: Translate): string {
  return t('cardStepOf', [String(state.step.current), String(state.step.total)])
}

function Pill({ state, t, actions }: Props) {
  return (
    <div class="card pill docked" role="dialog" aria-modal="false" aria-label={t('cardLabel')} title={t('cardPaused')} tabIndex={-1} aria-keyshortcuts={guideKey.label}>
      <span class="step">{stepText(state, t)}</span>
      <button type="button" class="primary" data-action="resume" onClick={personOnly(() => actions.resume())}>
        {t('cardResume')}
      </button>
    </div>
  )
}

function Card({ state, t, actions }: Props) {
  const docked = state.target === null
  return (
    <div class={`card${docked ? ' docked' : ''}${state.pending ? ' pending' : ''}`} role="dialog" aria-modal="false" aria-label={t('cardLabel')} tabIndex={-1} aria-keyshortcuts={guideKey.label} data-step={state.step.index} data-auto={state.auto ? (state.confirm ? 'confirm' : 'doing') : undefined}>
      <div class="head">
        <span class="step">{stepText(state, t)}</span>
        {/* in the head, where it adds no height: a taller card covers more of the page */}
        {state.offerAuto && !state.notFound && !state.pointing && (
          <button type="button" class="auto" data-action="auto" onClick={personOnly(() => actions.auto())}>
            {t('cardAuto')}
          </button>
        )}
        <button type="button" class="close" data-action="close" aria-label={t('cardClose')} title={t('cardClose')} onClick={personOnly(() => actions.close())}>
          ×
        </button>
      </div>
      {state.pointing ? <Pointing state={state} t={t} actions={actions} /> : <Instruction state={state} t={t} actions={actions} />}
    </div>
  )
}

function Pointing({ state, t, actions }: Props) {
  return (
    <>
      <p class="text">{t('cardPointing')}</p>
      {state.pointRejected && <p class="warn">{t('cardPointRejected')}</p>}
      <div class="actions">
        <button type="button" data-action="cancel-pointing" onClick={personOnly(() => actions.cancelPointing())}>
          {t('cardBack')}
        </button>
      </div>
    </>
  )
}

function Instruction({ state, t, actions }: Props) {
  return (
    <>
      <p class="text">{state.instruction}</p>
      {state.notFound && <p class="sub">{t('cardNotFound', [state.notFound.lookFor])}</p>}
      {state.problem && <p class="warn" data-problem>{t('cardPageSays', [state.problem])}</p>}
      {state.preview && <code class="preview" data-preview>{state.preview}</code>}
      {state.note && <p class="sub">{state.note}</p>}
      {state.auto && !state.choices && <p class="sub" data-doing>{t('cardAutoDoing')}</p>}
      {state.askAddress && <AddressField ask={state.askAddress} actions={actions} />}
      {state.confirmOverwrite && (
        <>
          <p class="sub">{t('cardOverwrite', [state.confirmOverwrite.current])}</p>
          <div class="actions">
            <button type="button" data-action="keep" onClick={personOnly(() => actions.keep())}>
              {t('cardKeep')}
            </button>
            <button type="button" class="primary" data-action="replace" onClick={personOnly(() => actions.replace())}>
              {t('cardReplace')}
            </button>
          </div>
        </>
      )}
      {/* new buttons for each step: the keyboard never stays on a button that now does something else */}
      <div class="actions" key={state.step.index ?? state.step.current}>
        {state.canBack && (
          <button type="button" data-action="back" onClick={personOnly(() => actions.back())}>
            {t('cardBack')}
          </button>
        )}
        {state.canSkip && (
          <button type="button" data-action="skip" onClick={personOnly(() => actions.skip())}>
            {t('cardSkip')}
          </button>
        )}
        <button type="button" data-action="pause" onClick={personOnly(() => actions.pause())}>
          {t('cardPause')}
        </button>
        <span class="spacer" />
        {state.confirmSite && (
          <button type="button" class="primary" data-action="confirm-site" onClick={personOnly(() => actions.confirmSite())}>
            {state.confirmSite}
          </button>
        )}
        {state.shortcut && (
          <button type="button" data-action="shortcut" onClick={personOnly(() => actions.goStraight())}>
            {t('cardGoStraight')}
          </button>
        )}
        {state.notFound && (
          <button type="button" class="primary" data-action="point-to-it" onClick={personOnly(() => actions.pointToIt())}>
            {t('cardPointToIt')}
          </button>
        )}
        {state.choices?.map((choice, index) => (
          <button type="button" class={index === 0 ? 'primary' : ''} data-action="choose" data-choice={index} onClick={personOnly(() => actions.choose(index))}>
            {choice}
          </button>
        ))}
        {!state.confirmOverwrite && !state.choices && !state.confirmSite && !state.askAddress && !state.auto && (
          <button type="button" class={state.notFound ? '' : 'primary'} data-action="done" onClick={personOnly(() => actions.done())}>
            {t('cardDone')}
          </button>
        )}
      </div>
    </>
  )
}

/**
 * A field for an address the person types. What it sends is what the person's own typing left in it: a value a
 * page script put there (the shadow root is open) is not taken, nor a submit the person did not make.
 */
// (kept here, not in a hook: the guide's scripts carry preact without its hooks; one card shows at a time)
let typedAddress = ''

function AddressField({ ask, actions }: { ask: NonNullable<CardState['askAddress']>; actions: CardActions }) {
  const submit = (event: Event) => {
    event.preventDefault()
    if (byPerson(event)) actions.submitAddress(typedAddress)
  }
  return (
    <form class="address" onSubmit={submit} novalidate>
      <label for="tfcc-address">{ask.label}</label>
      <input id="tfcc-address" type="text" ref={(input) => {
          // a field shown afresh starts from nothing typed
          if (input && input.value === '') typedAddress = ''
        }} inputMode="url" autocomplete="url" spellcheck={false} placeholder="globex.testfairy.com"
        aria-invalid={ask.error ? true : undefined} aria-describedby={ask.error ? 'tfcc-address-error' : undefined}
        onInput={(event) => {
          if (byPerson(event)) typedAddress = (event.currentTarget as HTMLInputElement).value
        }} />
      {ask.error && <p class="warn" id="tfcc-address-error" role="alert">{ask.error}</p>}
      <div class="actions">
        <span class="spacer" />
        <button type="submit" class="primary" data-action="submit-address">{ask.submit}</button>
      </div>
    </form>
  )
}
