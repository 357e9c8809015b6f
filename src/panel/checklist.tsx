// The three phases as a checklist, with live state.
import type { PanelView } from '../background/answer-panel'
import { t } from './ask'

const mark = { done: '✓', current: '→', todo: '○' } as const

export function Checklist({ phases }: { phases: PanelView['phases'] }) {
  return (
    <ol class="checklist" aria-label={t('panelChecklist')}>
      {phases.map((phase) => (
        <li class={phase.state} data-phase={phase.id} data-state={phase.state}>
          <span class="mark" aria-hidden="true">{mark[phase.state]}</span>
          <span>{t(`phase_${phase.id}`)}</span>
          <span class="visually-hidden"> ({t(`phaseState_${phase.state}`)})</span>
        </li>
      ))}
    </ol>
  )
}
