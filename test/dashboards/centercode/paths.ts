// The page paths of each generation. Legacy paths follow the known /project/home.html?cap=GUID shape (admin
// paths are not public: these are plausible); current paths are the 2025-26 app's (also a plausible guess).
import type { CentercodeOptions } from '../options'
import { projectGuid } from './state'

export type TypeTab = 'form' | 'workflow' | 'integrations' | 'sources'

export interface Paths {
  home: string
  projectHome: string
  /** Legacy: Community Tools > Configuration. Current: Community configuration. */
  configuration: string
  /** Current only: Integration center (legacy: same as configuration). */
  integrationCenter: string
  /** Current only: Project configuration (legacy: same as feedbackTypes). */
  projectConfiguration: string
  apiKeys: string
  apiKeyCreate: string
  apiKeyCreated(id: number): string
  feedbackTypes: string
  feedbackType(typeId: string, tab: TypeTab): string
  sourceCreate(typeId: string): string
  source(typeId: string, sourceKey: string): string
  feedbackList: string
}

export function pathsFor(options: Pick<CentercodeOptions, 'generation' | 'projectKey'>): Paths {
  if (options.generation === 'legacy') {
    const cap = `cap=${projectGuid(options.projectKey)}`
    const legacyTab: Record<TypeTab, string> = { form: 'form', workflow: 'workflow', integrations: 'form', sources: 'sources' }
    return {
      home: '/',
      projectHome: `/project/home.html?${cap}`,
      configuration: '/admin/configuration.html',
      integrationCenter: '/admin/configuration.html',
      projectConfiguration: `/project/admin/feedbacktypes.html?${cap}`,
      apiKeys: '/admin/apikeys/',
      apiKeyCreate: '/admin/apikeys/generate.html',
      apiKeyCreated: (id) => `/admin/apikeys/generated.html?id=${id}`,
      feedbackTypes: `/project/admin/feedbacktypes.html?${cap}`,
      feedbackType: (typeId, tab) => `/project/admin/feedbacktype.html?${cap}&ft=${typeId}&tab=${legacyTab[tab]}`,
      sourceCreate: (typeId) => `/project/admin/externalsource.html?${cap}&ft=${typeId}&action=create`,
      source: (typeId, key) => `/project/admin/externalsource.html?${cap}&ft=${typeId}&source=${encodeURIComponent(key)}`,
      feedbackList: `/project/feedback/?${cap}`,
    }
  }
  const project = `/management/projects/${encodeURIComponent(options.projectKey)}`
  const currentTab: Record<TypeTab, string> = { form: 'form', workflow: 'workflow', integrations: 'integrations', sources: 'external-sources' }
  return {
    home: '/',
    projectHome: `/projects/${encodeURIComponent(options.projectKey)}/home`,
    configuration: '/community/configuration',
    integrationCenter: '/community/configuration/integrations',
    projectConfiguration: `${project}/configuration`,
    apiKeys: '/community/configuration/integrations/api-keys',
    apiKeyCreate: '/community/configuration/integrations/api-keys/new',
    apiKeyCreated: () => '/community/configuration/integrations/api-keys',
    feedbackTypes: `${project}/configuration/feedback-types`,
    feedbackType: (typeId, tab) => `${project}/configuration/feedback-types/${typeId}/${currentTab[tab]}`,
    sourceCreate: (typeId) => `${project}/configuration/feedback-types/${typeId}/external-sources/new`,
    source: (typeId, key) => `${project}/configuration/feedback-types/${typeId}/external-sources/${encodeURIComponent(key)}`,
    feedbackList: `${project}/feedback`,
  }
}
