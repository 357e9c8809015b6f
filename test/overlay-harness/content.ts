// The harness's content script: the overlay as the extension runs it (isolated world, so the page's CSP treats
// its shadow <style> as it will in production). Driven from the spec through the DOM, the only thing the page's
// main world and the content script share: a command in <html data-tfcc-harness>, then a `tfcc-harness` event;
// the actions the overlay calls are appended to <html data-tfcc-actions> (JSON).
import messages from '../../public/_locales/en/messages.json'
import { mountOverlay, type CardActions, type CardState, type Overlay, type Translate } from '../../src/engine/overlay/index'
import { translator } from '../locales/translate'

const t: Translate = translator(messages, 'key')

/** A state from the spec: the target as a CSS selector. */
export type HarnessState = Omit<CardState, 'target'> & { target: string | null }
export type HarnessCommand = { op: 'mount' } | { op: 'update'; state: HarnessState } | { op: 'abort' }

const root = document.documentElement
const log = (entry: string) => {
  const list = JSON.parse(root.getAttribute('data-tfcc-actions') ?? '[]') as string[]
  list.push(entry)
  root.setAttribute('data-tfcc-actions', JSON.stringify(list))
}
const describe = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}:${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40)}`

const actions: CardActions = {
  back: () => log('back'),
  skip: () => log('skip'),
  done: () => log('done'),
  pause: () => log('pause'),
  resume: () => log('resume'),
  close: () => log('close'),
  pointToIt: () => log('pointToIt'),
  pointed: (el) => log(`pointed ${describe(el)}`),
  cancelPointing: () => log('cancelPointing'),
  replace: () => log('replace'),
  keep: () => log('keep'),
  choose: (index) => log(`choose ${index}`),
  goStraight: () => log("go straight"),
  confirmSite: () => log("confirm site"),
  submitAddress: (value) => log(`submit address ${value}`),
  auto: () => log('auto'),
}

let mounted: { overlay: Overlay; controller: AbortController } | undefined

document.addEventListener('tfcc-harness', () => {
  const command = JSON.parse(root.getAttribute('data-tfcc-harness') ?? 'null') as HarnessCommand | null
  if (!command) return
  if (command.op === 'mount') {
    mounted?.controller.abort()
    const controller = new AbortController()
    mounted = { controller, overlay: mountOverlay({ signal: controller.signal, t, actions }) }
  } else if (command.op === 'update') {
    const target = command.state.target === null ? null : document.querySelector(command.state.target)
    mounted?.overlay.update({ ...command.state, target })
  } else {
    mounted?.controller.abort()
    mounted = undefined
  }
  root.setAttribute('data-tfcc-harness-done', String(Number(root.getAttribute('data-tfcc-harness-done') ?? '0') + 1))
})
root.setAttribute('data-tfcc-harness-ready', '')
