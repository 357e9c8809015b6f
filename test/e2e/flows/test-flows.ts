// Test-only flows: different lists of steps over pages of the imitation dashboards, run by the same engine
// as the product's flows. Instructions are plain words here (the engine shows a message key as itself
// when the extension has no translation for it).
import type { Flow } from '../../../src/engine/step'

/** TestFairy (current generation): menu, pushState navigation, a row among six, a modal dialog, filling. */
export const testfairyWalk: Flow = {
  id: 'test-testfairy-walk',
  steps: [
    {
      id: 'open-account-menu',
      site: 'testfairy',
      page: {},
      target: [{ by: 'role', role: 'button', name: { pattern: '^[^ ]+@[^ ]+$' } }],
      action: { kind: 'click' },
      message: 'Open the menu with your e-mail address',
      done: [{ kind: 'appears', target: [{ by: 'role', role: 'menuitem', name: 'Preferences' }] }],
    },
    {
      id: 'open-preferences',
      site: 'testfairy',
      page: {},
      target: [{ by: 'role', role: 'menuitem', name: 'Preferences' }],
      action: { kind: 'click' },
      message: 'Choose Preferences',
      done: [{ kind: 'url', path: '^/settings/$' }],
    },
    {
      id: 'open-integrations',
      site: 'testfairy',
      page: { path: '^/settings/' },
      target: [{ by: 'role', role: 'link', name: 'Integrations' }],
      action: { kind: 'click' },
      message: 'Open Integrations',
      done: [{ kind: 'url', path: '^/settings/integrations/' }],
    },
    {
      id: 'add-centercode',
      site: 'testfairy',
      page: { path: '^/settings/integrations/' },
      target: [{ by: 'role', role: 'button', name: 'Add Integration', near: { by: 'text', text: 'Centercode' } }],
      action: { kind: 'click' },
      message: 'Click Add Integration in the Centercode row',
      done: [{ kind: 'appears', target: [{ by: 'role', role: 'dialog' }] }],
    },
    {
      id: 'fill-name',
      site: 'testfairy',
      page: { when: [{ by: 'role', role: 'dialog' }] },
      target: [{ by: 'label', text: 'Name' }],
      action: { kind: 'fill', value: { setting: 'webhookName' } },
      message: 'The name is filled in for you',
      done: [{ kind: 'value' }],
    },
    {
      id: 'tick-user-feedback',
      site: 'testfairy',
      page: { when: [{ by: 'role', role: 'dialog' }] },
      target: [{ by: 'label', text: 'User feedback' }],
      action: { kind: 'check', checked: true },
      message: 'User feedback is ticked for you',
      done: [{ kind: 'value' }],
    },
    {
      id: 'confirm-in-dialog',
      site: 'testfairy',
      page: { when: [{ by: 'role', role: 'dialog' }] },
      target: [{ by: 'role', role: 'button', name: 'Test URL' }],
      action: { kind: 'click' },
      message: 'Tell me when you have looked at the form',
      done: [{ kind: 'gone' }],
    },
  ],
}

/** Centercode (legacy): a target no finder can find, so the person points at it; then a select. */
export const centercodePointing: Flow = {
  id: 'test-centercode-pointing',
  steps: [
    {
      id: 'describe-key',
      site: 'centercode',
      page: { path: '/admin/apikeys/generate' },
      target: [{ by: 'label', text: 'Purpose of this key', generation: 'a label no community uses' }],
      action: { kind: 'fill', value: { literal: 'Made by the engine test' } },
      message: 'A description is filled in for you',
      lookFor: 'the Description field, under Name',
      done: [{ kind: 'value' }],
    },
    {
      id: 'pick-notification',
      site: 'centercode',
      page: { path: '/admin/apikeys/generate' },
      target: [{ by: 'label', text: 'Email Notification' }],
      action: { kind: 'select', option: 'daily summary' },
      message: 'A daily summary is chosen for you',
      done: [{ kind: 'value' }],
    },
    {
      id: 'submit',
      site: 'centercode',
      page: { path: '/admin/apikeys/generate' },
      target: [{ by: 'role', role: 'button', name: 'Submit' }],
      action: { kind: 'click' },
      message: 'Now click Submit',
      done: [{ kind: 'url', path: '/admin/apikeys/generated' }],
    },
  ],
}

/** A click step whose target no finder finds: the person points at the link, and that click opens it. */
export const centercodeClickPointing: Flow = {
  id: 'test-centercode-click-pointing',
  steps: [
    {
      id: 'open-create',
      site: 'centercode',
      page: { path: '/admin/apikeys/' },
      target: [{ by: 'role', role: 'link', name: 'Make a key for TestFairy', generation: 'words no community uses' }],
      action: { kind: 'click' },
      message: 'Open the form for a new API key',
      lookFor: 'the link that creates an API key',
      done: [{ kind: 'url', path: '/admin/apikeys/generate' }],
    },
    {
      id: 'after',
      site: 'centercode',
      page: {},
      action: { kind: 'acknowledge' },
      message: 'The form is open',
      done: [{ kind: 'value' }],
    },
  ],
}

/** One step whose target sits low on the TestFairy integrations page, under the sticky top bar once scrolled. */
export const webhookRowFlow: Flow = {
  id: 'test-webhook-row',
  steps: [
    {
      id: 'add-webhook',
      site: 'testfairy',
      page: { path: '^/settings/integrations/' },
      target: [{ by: 'role', role: 'button', name: 'Add Integration', near: { by: 'text', text: 'Webhook', selector: '.integration-title' } }],
      action: { kind: 'click' },
      message: 'Click Add Integration in the Webhook row',
      done: [{ kind: 'clicked' }],
    },
  ],
}
