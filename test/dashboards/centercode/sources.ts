// External Feedback Sources: what the Create form sends, and the server's validation of it.
import type { ExternalSource, FeedbackType } from './state'
import { parameterFieldName, statusOptions } from './state'

export interface SourceInput {
  name: string
  key: string
  team: string
  /** '' is "No Selection" (also what a still-disabled Status select sends: nothing). */
  status: string
  /** The Status workflow parameter, required when Status is "No Selection". */
  statusParameter: string
  /** Element name → Parameter (JSON key of the payload), mappable elements only. */
  parameters: Record<string, string>
}

export const sourceKeyPattern = /^[A-Za-z0-9_-]+$/
export const maxSourceKeyLength = 40

/** Reads the url-encoded Create form. */
export function sourceInputOf(form: URLSearchParams, type: FeedbackType): SourceInput {
  const parameters: Record<string, string> = {}
  for (const element of type.elements) {
    if (element.mappable) parameters[element.name] = (form.get(parameterFieldName(element.name)) ?? '').trim()
  }
  return {
    name: (form.get('name') ?? '').trim(),
    key: (form.get('key') ?? '').trim(),
    team: form.get('team') ?? '',
    status: form.get('status') ?? '',
    statusParameter: (form.get('workflow_status') ?? '').trim(),
    parameters,
  }
}

/** The message for a Key, or undefined when it is acceptable among the type's existing sources. */
export function sourceKeyError(key: string, existing: readonly Pick<ExternalSource, 'key'>[]): string | undefined {
  if (!key) return 'Key is required.'
  if (key.length > maxSourceKeyLength) return `Key must be at most ${maxSourceKeyLength} characters.`
  if (!sourceKeyPattern.test(key)) return 'Key may contain only letters, digits, hyphens and underscores.'
  if (existing.some((source) => source.key.toLowerCase() === key.toLowerCase()))
    {return 'This Key is already used by another External Source of this feedback type.'}
  return undefined
}

/** Form field name → message; empty when the source can be saved. */
export function validateSource(input: SourceInput, existing: readonly ExternalSource[], teams: readonly string[]): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!input.name) errors.name = 'Name is required.'
  else if (input.name.length > 100) errors.name = 'Name must be at most 100 characters.'
  const keyError = sourceKeyError(input.key, existing)
  if (keyError) errors.key = keyError
  if (!input.team) errors.team = 'Team is required.'
  else if (!teams.includes(input.team)) errors.team = 'Choose one of the community\u2019s teams.'
  if (input.status && !(statusOptions as readonly string[]).includes(input.status)) errors.status = 'Choose a status.'
  if (input.team && !input.status && !input.statusParameter)
    {errors.workflow_status = 'A Status parameter is required when Status is No Selection.'}
  for (const [element, parameter] of Object.entries(input.parameters)) {
    if (parameter && !/^[A-Za-z0-9_.-]+$/.test(parameter))
      {errors[parameterFieldName(element)] = `The ${element} parameter must be a key of the incoming JSON, such as "text".`}
  }
  return errors
}
