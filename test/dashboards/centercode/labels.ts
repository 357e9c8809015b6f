// Every UI string of the imitation Centercode that a guide might anchor on, as data: the legacy (2018) wording,
// the current (2025-26) wording where it differs, and a community's "UI String Customization" renames.
import type { CentercodeOptions } from '../options'

export const legacyLabels = {
  communityTools: 'Community Tools',
  projectTools: 'Project Tools',
  configuration: 'Configuration',
  advancedConfiguration: 'Advanced Configuration',
  apiKeys: 'API Keys',
  apiKeyManagement: 'API Key Management',
  createApiKey: 'Create an API Key',
  generateApiKey: 'Generate API Key',
  feedbackTypes: 'Feedback Types',
  modify: 'Modify',
  externalSources: 'External Sources',
  createExternalSource: 'Create an External Source',
  createExternalSourceTitle: 'Create External Feedback Source',
  apiEndpointUrl: 'API Endpoint URL',
  feedback: 'Feedback',
  // Current generation only (kept here so every generation has every key).
  communityConfiguration: 'Community configuration',
  integrationCenter: 'Integration center',
  management: 'Management',
  projectConfiguration: 'Project configuration',
}

export type LabelKey = keyof typeof legacyLabels
export type Labels = Record<LabelKey, string>

/** The current generation writes most things in sentence case. */
const currentOverrides: Partial<Labels> = {
  feedbackTypes: 'Feedback types',
  externalSources: 'External sources',
  createExternalSource: 'Create an External Source',
  createExternalSourceTitle: 'Create external feedback source',
  apiKeyManagement: 'API keys',
  generateApiKey: 'Create an API key',
  apiEndpointUrl: 'API endpoint URL',
}

/** A community that customised its UI strings. */
const renamedOverrides: Partial<Labels> = {
  apiKeys: 'Integration Keys',
  apiKeyManagement: 'Integration Key Management',
  createApiKey: 'New Integration Key',
  generateApiKey: 'Generate Integration Key',
  feedbackTypes: 'Feedback Forms',
  externalSources: 'Inbound Connections',
  createExternalSource: 'New Inbound Connection',
  createExternalSourceTitle: 'Create Inbound Connection',
  integrationCenter: 'Connections hub',
}

/** Feedback type names as shipped, and as a renaming community shows them. */
const renamedTypeNames: Record<string, string> = {
  'Bug Reports': 'Defects',
  Issues: 'Defects',
  'Feature Requests': 'Enhancements',
}

export function labelsFor(options: Pick<CentercodeOptions, 'generation' | 'renamedLabels'>): Labels {
  return {
    ...legacyLabels,
    ...(options.generation === 'current' ? currentOverrides : {}),
    ...(options.renamedLabels ? renamedOverrides : {}),
  }
}

export function typeNameFor(name: string, options: Pick<CentercodeOptions, 'renamedLabels'>): string {
  return options.renamedLabels ? (renamedTypeNames[name] ?? name) : name
}
