// The panel's one way to the background: a typed request, answered by src/background/answer-panel.ts.
import browser from 'webextension-polyfill'
import type { PanelReply } from '../background/answer-panel'
import type { PanelMessage } from '../setup/messages'

export const t = (key: string, substitutions?: string[]) => browser.i18n.getMessage(key, substitutions) || key

export async function ask(message: PanelMessage): Promise<PanelReply | undefined> {
  return (await browser.runtime.sendMessage(message)) as PanelReply | undefined
}
