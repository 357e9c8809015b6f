// Phases 1 and 2, in Centercode: an API key named "TestFairy", then an External Feedback Source, and the
// endpoint URL read from the page. Data only. Finders are tried in order; each notes the page generation it
// is for ("legacy": the 2018 UI, "current": the 2025-26 UI, "any"). Where a community renamed its labels,
// the link targets (URLs) still find the way, and "Point to it" is the last resort.
import { defaultSettings } from '../values/defaults'
import { defaultFieldMapping, describeMapping, type FieldMapping } from '../values/field-mapping'
import type { Finder, Sign, Step } from '../../engine/step'

const site = 'centercode'
const keyText = '^[A-Za-z0-9]{0,16}[0-9a-f]{32}$'

const createKeyButton: Finder[] = [
  { by: 'role', role: 'link', name: { pattern: '^create an api key$' }, generation: 'any' },
  { by: 'role', role: 'button', name: { pattern: '^create an api key$' }, generation: 'any' },
  { by: 'css', selector: 'a[href*="apikeys/generate" i], a[href*="api-keys/new" i]', generation: 'any, by link target' },
]
const createSourceLink: Finder[] = [
  { by: 'role', role: 'link', name: { pattern: '^create an external source$' }, generation: 'any' },
  { by: 'role', role: 'button', name: { pattern: '^create an external source$' }, generation: 'any' },
  { by: 'css', selector: 'a[href*="externalsource" i][href*="action=create" i], a[href*="external-sources/new" i]', generation: 'any, by link target' },
]
const endpointShown: Finder[] = [
  { by: 'label', text: { pattern: '^api endpoint( url)?$' }, generation: 'read-only input' },
  { by: 'text', text: { pattern: '^https://\\S+/api/v1/projects/\\S+/feedback/\\S+$' }, selector: 'code, pre, kbd, samp, span, div, td, p', generation: 'text, code, copy button' },
  { by: 'css', selector: 'input[readonly][value*="/api/v1/projects/"]', generation: 'read-only input, unlabelled' },
]
const newKeyShown: Finder[] = [{ by: 'text', text: { pattern: keyText }, generation: 'any: the new key, shown once' }]
/** The list of feedback types: its address, or a type's Modify (current: the pencil; legacy: its rows, Modify shown on hover). */
const typesListed: Sign[] = [
  { by: 'url', path: '/feedbacktypes\\.html|/feedback-types/?$' },
  { by: 'role', role: 'button', name: 'Modify', generation: 'current: the pencil of each type' },
  { by: 'role', role: 'link', name: 'Modify', generation: 'a row hovered' },
  { by: 'text', text: { pattern: '^(bug reports|issues)$' }, selector: 'td, li strong', generation: 'the default types, listed' },
]
/**
 * The page where API Keys would be: legacy Configuration (its Advanced Configuration) or the current Integration
 * center, by its heading. Shown without API Keys, the community lacks Enhanced Integrations (dashboards.md).
 */
const apiKeysPlace: Finder[] = [
  { by: 'text', text: { pattern: '^advanced configuration$' }, selector: 'h2, h3', generation: 'legacy: Community Tools › Configuration' },
  { by: 'text', text: { pattern: '^integration cent(er|re)$' }, selector: 'h1', generation: 'current: Integration center' },
]
const apiKeysLink: Finder[] = [
  { by: 'role', role: 'link', name: { pattern: '^api keys\\b' }, generation: 'legacy: Advanced Configuration; current: Integration center' },
  { by: 'css', selector: 'a[href*="apikeys" i], a[href*="api-keys" i], a[href*="api_keys" i]', generation: 'any, renamed labels' },
]
/** A feedback type's pages: its tabs (Form, Workflow). Shown without External Sources, its edition has none. */
const typeTabs: Finder[] = [
  { by: 'role', role: 'link', name: { pattern: '^workflow$' }, generation: 'any: a feedback type’s tabs' },
  { by: 'role', role: 'tab', name: { pattern: '^workflow$' }, generation: 'any: a feedback type’s tabs, as tabs' },
]
/** A feedback type's External Sources tab. */
const sourcesTab: Finder[] = [
  { by: 'role', role: 'link', name: { pattern: '^external sources$' }, generation: 'any' },
  { by: 'role', role: 'tab', name: { pattern: '^external sources$' }, generation: 'any' },
  { by: 'css', selector: 'a[href*="tab=sources" i], a[href$="/external-sources" i]', generation: 'any, renamed labels' },
]
/** Where a page that shows no endpoint names its parts: a value beside its label (table, definition list, text). */
const valueBeside = 'code, kbd, samp, td, dd, input[readonly]'
const projectKeyShown: Finder[] = [
  { by: 'css', selector: valueBeside, near: { by: 'text', text: { pattern: '^project key:?$' } }, generation: 'label and value apart' },
  { by: 'css', selector: valueBeside, near: { by: 'text', text: { pattern: '^project key:? \\S+$' } }, generation: 'label and value in one line' },
]
const sourceKeyShown: Finder[] = [
  { by: 'css', selector: valueBeside, near: { by: 'text', text: { pattern: '^source key:?$' } }, generation: 'a source key row' },
  { by: 'css', selector: valueBeside, near: { by: 'text', text: { pattern: '^key:?$' }, selector: 'th, dt, label, span, strong, b' }, generation: "the source's details table" },
]

/**
 * A saved source's page, where it shows no endpoint: its own key in its details, the one the setup gave it (a
 * project key alone is on every project page; a new API key's page has a Key row too).
 */
function savedSourceShown(sourceKey: string): Finder[] {
  return [
    { by: 'text', text: sourceKey, selector: valueBeside, near: { by: 'text', text: { pattern: '^source key:?$' } }, generation: 'a source key row' },
    { by: 'text', text: sourceKey, selector: 'td, dd', near: { by: 'text', text: { pattern: '^key:?$' }, selector: 'th[scope="row"], dt' }, generation: "the source's details table (not a list's Key column)" },
  ]
}

/**
 * The steps, made when a setup starts: the key's name the person chose is what an existing key is
 * recognised by, and the mapping they approved is what gets filled.
 */
export function centercodeSteps(
  mapping: readonly FieldMapping[] = defaultFieldMapping,
  apiKeyName: string = defaultSettings.apiKeyName,
  sourceName: string = defaultSettings.sourceName,
  sourceKey: string = defaultSettings.sourceKey,
): Step[] {
  const savedShown = savedSourceShown(sourceKey)
  return [
    // Phase 1: the API key
    {
      id: 'cc-open-api-keys',
      site,
      page: {},
      target: [
        ...apiKeysLink,
        { by: 'role', role: 'link', name: { pattern: '^integration cent(er|re)\\b' }, generation: 'current' },
        { by: 'css', selector: 'a[href$="/configuration/integrations" i]', generation: 'current, renamed labels' },
        { by: 'role', role: 'link', name: 'Configuration', generation: 'legacy: Community Tools menu (shown on hover)' },
        { by: 'role', role: 'menuitem', name: 'Community configuration', generation: 'current: community logo menu' },
        { by: 'text', text: 'Community Tools', generation: 'legacy: hover menu' },
        { by: 'role', role: 'button', name: { pattern: '\\blogo$' }, generation: 'current: community logo' },
      ],
      action: { kind: 'click' },
      message: 'ccOpenApiKeys',
      lookFor: 'ccOpenApiKeysLookFor',
      // a community without Enhanced Integrations: where API Keys would be, there are none
      unavailable: [{ when: apiKeysPlace, without: apiKeysLink, message: 'ccNoApiKeys' }],
      done: [{ kind: 'appears', target: createKeyButton }],
    },
    {
      id: 'cc-existing-key',
      site,
      page: {},
      target: [{ by: 'text', text: apiKeyName, generation: 'any: the name in the list of keys' }],
      // the list of keys: asked only once it shows (a new key made instead is followed, by its form)
      shows: createKeyButton,
      action: { kind: 'choose', choices: [{ message: 'ccReuseKey', goto: 'cc-read-listed-key' }, { message: 'ccMakeNewKey' }] },
      message: 'ccExistingKey',
      ifPresent: true,
      done: [{ kind: 'value' }],
    },
    {
      id: 'cc-create-api-key',
      site,
      page: {},
      target: createKeyButton,
      shows: createKeyButton,
      action: { kind: 'click' },
      message: 'ccCreateApiKey',
      done: [{ kind: 'appears', target: [{ by: 'label', text: 'Prefix' }] }],
    },
    {
      id: 'cc-key-name',
      site,
      page: { when: [{ by: 'label', text: 'Prefix' }] },
      target: [{ by: 'label', text: 'Name' }, { by: 'css', selector: 'input[name="name"]' }],
      action: { kind: 'fill', value: { setting: 'apiKeyName' } },
      message: 'ccKeyName',
      done: [{ kind: 'value' }],
    },
    {
      id: 'cc-key-description',
      site,
      page: { when: [{ by: 'label', text: 'Prefix' }] },
      // "Description" labels two fields here (the key's and an IP restriction's): the name tells them apart
      target: [{ by: 'css', selector: 'textarea[name="description"], input[name="description"]' }, { by: 'label', text: 'Description' }],
      action: { kind: 'fill', value: { setting: 'apiKeyDescription' } },
      message: 'ccKeyDescription',
      optional: true,
      ifPresent: true,
      done: [{ kind: 'value' }],
    },
    {
      id: 'cc-key-submit',
      site,
      page: { when: [{ by: 'label', text: 'Prefix' }] },
      target: [{ by: 'role', role: 'button', name: 'Submit' }, { by: 'css', selector: 'form button[type="submit"]' }],
      action: { kind: 'click' },
      message: 'ccKeySubmit',
      confirm: { message: 'autoConfirmKey', args: [apiKeyName], yes: 'autoYesCreate' },
      done: [{ kind: 'appears', target: [{ by: 'text', text: { pattern: keyText } }] }],
    },
    {
      id: 'cc-read-api-key',
      site,
      page: {},
      target: newKeyShown,
      shows: newKeyShown,
      action: { kind: 'read', slot: 'apiKey' },
      message: 'ccReadApiKey',
      lookFor: 'ccReadApiKeyLookFor',
      optional: true,
      done: [{ kind: 'value' }],
    },
    {
      id: 'cc-close-key-dialog',
      site,
      page: {},
      target: [{ by: 'role', role: 'button', name: { pattern: '^(close|done|ok|got it)$' }, generation: 'current: the new key is shown in a dialog' }],
      shows: newKeyShown,
      action: { kind: 'click' },
      message: 'ccCloseKeyDialog',
      optional: true,
      ifPresent: true,
      // closed, or the key no longer shown (the person closed it first)
      done: [{ kind: 'gone' }, { kind: 'gone', target: newKeyShown }],
    },
    {
      id: 'cc-read-listed-key',
      site,
      page: {},
      target: [{ by: 'text', text: { pattern: keyText }, near: { by: 'text', text: apiKeyName }, generation: 'legacy: keys are listed in full' }],
      shows: createKeyButton,
      action: { kind: 'read', slot: 'apiKey' },
      message: 'ccReadApiKey',
      optional: true,
      ifPresent: true,
      unlessSlot: 'apiKey',
      done: [{ kind: 'value' }],
    },
    // Phase 2: the External Feedback Source
    {
      id: 'cc-open-feedback-types',
      site,
      page: {},
      target: [
        { by: 'role', role: 'link', name: { pattern: '^feedback types\\b' }, generation: 'legacy: Project Tools menu; current: Project configuration' },
        { by: 'css', selector: 'a[href*="feedbacktypes" i], a[href$="/feedback-types" i]', generation: 'any, renamed labels' },
        { by: 'role', role: 'menuitem', name: 'Project configuration', generation: 'current: Management menu' },
        { by: 'text', text: 'Project Tools', generation: 'legacy: hover menu' },
        { by: 'role', role: 'button', name: 'Management', generation: 'current' },
      ],
      action: { kind: 'click' },
      message: 'ccOpenFeedbackTypes',
      lookFor: 'ccOpenFeedbackTypesLookFor',
      done: [{ kind: 'url', path: '/feedbacktypes\\.html|/feedback-types/?$' }],
    },
    {
      id: 'cc-modify-type',
      site,
      page: {},
      target: [
        { by: 'role', role: 'link', name: 'Modify', near: { by: 'text', text: 'Bug Reports' }, generation: 'legacy: shown on hover' },
        { by: 'role', role: 'button', name: 'Modify', near: { by: 'text', text: 'Issues' }, generation: 'current: pencil' },
        { by: 'text', text: 'Bug Reports', generation: 'legacy: the row, before it is hovered' },
        { by: 'role', role: 'link', name: 'Modify', generation: 'a community with one type' },
        { by: 'role', role: 'button', name: 'Modify', generation: 'a community with one type' },
      ],
      action: { kind: 'click' },
      shows: typesListed,
      message: 'ccModifyType',
      lookFor: 'ccModifyTypeLookFor',
      done: [{ kind: 'url', path: '/feedbacktype\\.html|/feedback-types/[^/]+/' }],
    },
    {
      id: 'cc-open-external-sources',
      site,
      page: {},
      target: [
        ...sourcesTab,
      ],
      shows: sourcesTab,
      action: { kind: 'click' },
      message: 'ccOpenExternalSources',
      lookFor: 'ccOpenExternalSourcesLookFor',
      // a community without an API key: the type has no External Sources, and the page says why
      unavailable: [
        { when: [{ by: 'text', text: { includes: 'API key' }, selector: '[role="note"], [role="alert"], .alert' }], message: 'ccSourcesNeedKey' },
        // an edition without External Sources (Impact, Pro): the type's tabs, none of them its sources
        { when: typeTabs, message: 'ccNoExternalSources' },
      ],
      done: [{ kind: 'appears', target: createSourceLink }],
    },
    {
      // made before (an earlier setup, or this one before the browser closed and forgot its endpoint): open it
      id: 'cc-open-existing-source',
      site,
      page: {},
      target: [{ by: 'role', role: 'link', name: sourceName, generation: 'any: the name in the list of sources' }],
      shows: createSourceLink,
      action: { kind: 'click' },
      message: 'ccOpenExistingSource',
      messageArgs: [sourceName],
      // Skip: make another; opened, its page is cc-read-endpoint's
      optional: true,
      ifPresent: true,
      // the saved source's page: its endpoint, or its own key
      done: [{ kind: 'appears', target: endpointShown }, { kind: 'appears', target: savedShown }],
    },
    {
      id: 'cc-create-source',
      site,
      page: {},
      target: createSourceLink,
      shows: createSourceLink,
      action: { kind: 'click' },
      message: 'ccCreateSource',
      done: [{ kind: 'appears', target: [{ by: 'label', text: 'Team' }] }],
    },
    {
      id: 'cc-source-name',
      site,
      page: { when: [{ by: 'label', text: 'Team' }] },
      target: [{ by: 'label', text: 'Name' }, { by: 'css', selector: 'input[name="name"]' }],
      action: { kind: 'fill', value: { setting: 'sourceName' } },
      message: 'ccSourceName',
      done: [{ kind: 'value' }],
    },
    {
      id: 'cc-source-key',
      site,
      page: { when: [{ by: 'label', text: 'Team' }] },
      target: [{ by: 'label', text: 'Key' }, { by: 'css', selector: 'input[name="key"]' }],
      action: { kind: 'fill', value: { setting: 'sourceKey' } },
      message: 'ccSourceKey',
      done: [{ kind: 'value' }],
    },
    {
      // a form that shows the endpoint before the submit (made from the Key just filled), and maybe nowhere after
      id: 'cc-read-form-endpoint',
      site,
      page: { when: [{ by: 'label', text: 'Team' }] },
      target: endpointShown,
      action: { kind: 'read', slot: 'endpoint' },
      message: 'ccReadFormEndpoint',
      done: [{ kind: 'value' }],
      optional: true,
      ifPresent: true,
    },
    {
      id: 'cc-source-team',
      site,
      page: { when: [{ by: 'label', text: 'Team' }] },
      target: [{ by: 'role', role: 'combobox', name: 'Team' }, { by: 'css', selector: 'select[name="team"]' }],
      action: { kind: 'select', option: { onlyChoice: true } },
      message: 'ccSourceTeam',
      done: [{ kind: 'value' }],
    },
    {
      id: 'cc-source-status',
      site,
      page: { when: [{ by: 'label', text: 'Team' }] },
      // a Status *parameter* row appears beside the select while Status is "No Selection": only the list counts
      target: [{ by: 'role', role: 'combobox', name: 'Status' }, { by: 'css', selector: 'select[name="status"]' }],
      action: { kind: 'select', option: 'New' },
      message: 'ccSourceStatus',
      optional: true,
      ifPresent: true,
      done: [{ kind: 'value' }],
    },
    ...mapping.map(
      (m): Step => ({
        id: `cc-map-${m.field.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
        site,
        page: { when: [{ by: 'label', text: 'Team' }] },
        target: [{ by: 'label', text: m.field, generation: 'Element Parameters row' }],
        action: { kind: 'fill', value: { literal: m.parameter } },
        message: 'ccMapField',
        messageArgs: [m.field, m.parameter],
        optional: true,
        ifPresent: true,
        done: [{ kind: 'value' }],
      }),
    ),
    {
      id: 'cc-source-submit',
      site,
      page: { when: [{ by: 'label', text: 'Team' }] },
      target: [{ by: 'role', role: 'button', name: 'Submit' }, { by: 'css', selector: 'form button[type="submit"]' }],
      action: { kind: 'click' },
      // what was filled, said where the person checks it
      message: 'ccSourceSubmit',
      messageArgs: [describeMapping(mapping)],
      confirm: { message: 'autoConfirmSource', args: [sourceName, sourceKey], yes: 'autoYesCreate' },
      // the form sent (its button gone), or the saved source's own key shown; not the endpoint, which a form may show
      done: [{ kind: 'gone' }, { kind: 'appears', target: savedShown }],
    },
    {
      id: 'cc-read-endpoint',
      site,
      page: {},
      target: endpointShown,
      // its page: the endpoint, or a source key row (a bare Key row is also a new API key's: told apart only in order)
      shows: [...endpointShown, savedShown[0]!],
      action: { kind: 'read', slot: 'endpoint' },
      message: 'ccReadEndpoint',
      lookFor: 'ccReadEndpointLookFor',
      done: [{ kind: 'value' }],
      // a page that shows no endpoint: the extension puts it together (the next steps), the person confirms it
      optional: true,
      ifPresent: true,
    },
    {
      id: 'cc-read-project-key',
      site,
      page: {},
      target: projectKeyShown,
      action: { kind: 'read', slot: 'projectKey' },
      message: 'ccReadProjectKey',
      lookFor: 'ccReadProjectKeyLookFor',
      done: [{ kind: 'value' }],
      unlessSlot: 'endpoint',
    },
    {
      id: 'cc-read-source-key',
      site,
      page: {},
      target: sourceKeyShown,
      action: { kind: 'read', slot: 'sourceKey' },
      message: 'ccReadSourceKey',
      lookFor: 'ccReadSourceKeyLookFor',
      done: [{ kind: 'value' }],
      unlessSlot: 'endpoint',
    },
    {
      id: 'cc-compose-endpoint',
      site,
      page: {},
      action: { kind: 'compose', slot: 'endpoint' },
      message: 'ccComposeEndpoint',
      done: [{ kind: 'value' }],
      unlessSlot: 'endpoint',
    },
    {
      // the endpoint works before TestFairy is touched: a test feedback through it
      id: 'cc-verify',
      site,
      page: {},
      action: { kind: 'send', slot: 'endpoint' },
      message: 'ccVerify',
      optional: true,
      // "Do it for me" sends one test feedback, at the end, through TestFairy's webhook: it proves this too
      autoSkip: true,
      done: [{ kind: 'value' }],
    },
  ]
}
