// What the engine needs from the extension, for one site's content script: progress from storage.local
// (read directly: it holds no secret), everything that changes or returns a value through the background,
// which checks that it concerns the current step on this site.
import type { Site } from '../setup/values/sites'
import type { GuideHost } from '../engine/run-guide'
import type { ComposeReply, FillValueReply, MatchReply, Message, Reply, ReadValueReply, SendReply } from '../setup/messages'
import { placeOfPage } from './page-place'
import { pointedKey, pointedStoreKey, progressKey } from '../setup/state/storage-keys'
import { extensionApi, type StorageChange } from './extension-api'
import { guideStateOf } from './guide-state'
import { ignoreInvalidated } from './orphan-signal'
import { sendMessage } from './send-message'

const t = (key: string, substitutions?: string[]) => extensionApi().i18n.getMessage(key, substitutions) || key

export function guideHost(site: Site): GuideHost {
  const send = sendMessage
  const { storage } = extensionApi()
  return {
    site,
    t,
    read: async () => guideStateOf((await storage.local.get(progressKey))[progressKey]),
    subscribe: (listener, signal) => {
      const onChanged = (changes: Record<string, StorageChange>, area: string) => {
        if (area === 'local' && progressKey in changes) listener(guideStateOf(changes[progressKey]?.newValue))
      }
      storage.onChanged.addListener(onChanged)
      signal.addEventListener('abort', () => ignoreInvalidated(() => storage.onChanged.removeListener(onChanged)), { once: true })
    },
    placeOf: (state) => placeOfPage(site, location.origin, state),
    command: async (command, from, why) => {
      await send({ type: 'step', command, from, ...(why ? { why } : {}) } as Message)
    },
    go: async (from, to) => {
      const reply = (await send({ type: 'step', command: 'go', from, to })) as Reply | undefined
      return reply?.type === 'ok'
    },
    confirmSite: async (stepIndex) => {
      await send({ type: 'confirm-site', stepIndex })
    },
    retrace: async (from, to) => {
      await send({ type: 'step', command: 'back', from, to })
    },
    fillValue: async (stepIndex) => {
      const reply = (await send({ type: 'fill-value', stepIndex })) as FillValueReply | undefined
      return reply?.type === 'fill-value-reply' ? reply.value : null
    },
    storeReadValue: async (stepIndex, value) => {
      const reply = (await send({ type: 'read-value', stepIndex, value })) as ReadValueReply | undefined
      if (reply?.type !== 'read-value-reply') return { ok: false, message: t('readRefused') }
      return reply.ok ? { ok: true } : { ok: false, message: t(reply.messageKey, reply.args) }
    },
    composeValue: async (stepIndex) => {
      const reply = (await send({ type: 'compose', stepIndex })) as ComposeReply | undefined
      if (reply?.type !== 'compose-reply') return { ok: false, message: t('readRefused') }
      return reply.ok ? { ok: true, preview: t('cardComposedPreview', reply.parts) } : { ok: false, message: t(reply.messageKey, reply.args) }
    },
    send: async (stepIndex, again) => {
      const reply = (await send({ type: 'send', stepIndex, again })) as SendReply | undefined
      if (reply?.type !== 'send-reply') return { ok: false, message: t('testNetwork') }
      return { ok: reply.ok, message: t(reply.messageKey), ...(reply.unsure ? { unsure: true } : {}) }
    },
    openStepSite: async () => {
      await send({ type: 'open-step-site' })
    },
    openTestFairy: async (address) => {
      const reply = (await send({ type: 'open-testfairy', address })) as Reply | { type: 'refused'; messageKey: string } | undefined
      if (reply?.type === 'ok') return null
      return t(reply?.type === 'refused' && 'messageKey' in reply ? reply.messageKey : 'testfairyNotTestFairy')
    },
    match: async (stepIndex, value) => {
      const reply = (await send({ type: 'match', stepIndex, value })) as MatchReply | undefined
      return reply?.type === 'match-reply' && reply.same
    },
    choose: async (stepIndex, choice) => {
      await send({ type: 'choose', stepIndex, choice })
    },
    pointedSelector: async (stepId) => {
      const pointed: unknown = (await storage.local.get(pointedStoreKey))[pointedStoreKey]
      const selector = pointed && typeof pointed === 'object' ? (pointed as Record<string, unknown>)[pointedKey(location.origin, stepId)] : null
      return typeof selector === 'string' ? selector : null
    },
    rememberPointed: async (stepIndex, selector) => {
      await send({ type: 'pointed', stepIndex, selector })
    },
    cannot: async (stepIndex, variant) => {
      await send({ type: 'cannot', stepIndex, variant })
    },
    formSent: async (stepIndex) => {
      await send({ type: 'sent', stepIndex })
    },
    recordMiss: async (stepIndex, tried) => {
      await send({ type: 'missed', stepIndex, tried })
    },
  }
}
