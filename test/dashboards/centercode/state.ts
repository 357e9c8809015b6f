// The in-memory state of one imitation community (one host), and its fixed catalogue of feedback types.
import { createHash } from 'node:crypto'
import type { CentercodeOptions } from '../options'

export interface ApiKeyRecord {
  id: number
  name: string
  description: string
  prefix: string
  key: string
  created: string
  lastAccessed: string | null
  ipRestrictions: { ip: string; description: string }[]
  emailNotification: string
  /** The key is shown once, right after it was made. */
  revealed: boolean
}

export interface ExternalSource {
  id: number
  typeId: string
  name: string
  key: string
  team: string
  /** '' is "No Selection". */
  status: string
  /** Workflow field → JSON key of the incoming payload (Status, when Status is "No Selection"). */
  workflowParameters: Record<string, string>
  /** Element (form field) name → JSON key of the incoming payload; only mappable fields, only non-empty ones. */
  elementParameters: Record<string, string>
  created: string
}

export interface FeedbackRecord {
  id: number
  sourceKey: string
  sourceName: string
  typeId: string
  typeName: string
  team: string
  status: string
  /** Element name → value, filled through the source's Parameter mapping. */
  fields: Record<string, string>
  submitter: string
  payload: unknown
  received: string
}

export interface ReceivedSubmission {
  at: string
  method: string
  path: string
  fields: Record<string, string | string[]>
  outcome: 'accepted' | 'rejected'
  errors?: Record<string, string>
}

export interface CentercodeState {
  apiKeys: ApiKeyRecord[]
  /** Feedback type id → its External Sources. */
  sources: Record<string, ExternalSource[]>
  feedback: FeedbackRecord[]
  /** Every form submission the community got, accepted or not. */
  received: ReceivedSubmission[]
  nextId: number
}

export function createState(): CentercodeState {
  return { apiKeys: [], sources: {}, feedback: [], received: [], nextId: 1 }
}

export interface ElementField {
  name: string
  /** Mappable fields take a Parameter (a JSON key of the payload); the others show a minus icon. */
  mappable: boolean
}

export interface FeedbackType {
  id: string
  /** The shipped name, before any UI string customisation. */
  name: string
  elements: ElementField[]
}

const bugElements: ElementField[] = [
  { name: 'Summary', mappable: true },
  { name: 'Steps to Reproduce', mappable: true },
  { name: 'Feature', mappable: false },
  { name: 'Closure Reason', mappable: false },
  { name: 'Severity', mappable: false },
  { name: 'Is this issue stopping you from testing?', mappable: false },
  { name: 'Priority', mappable: false },
]
const ideaElements: ElementField[] = [
  { name: 'Summary', mappable: true },
  { name: 'Description', mappable: true },
  { name: 'Feature', mappable: false },
  { name: 'Closure Reason', mappable: false },
  { name: 'Priority', mappable: false },
]
const praiseElements: ElementField[] = [
  { name: 'Summary', mappable: true },
  { name: 'Description', mappable: true },
  { name: 'Feature', mappable: false },
]

/** Legacy communities number their types; current ones use slugs. */
export function feedbackTypesFor(generation: CentercodeOptions['generation']): FeedbackType[] {
  return generation === 'legacy'
    ? [
        { id: '101', name: 'Bug Reports', elements: bugElements },
        { id: '102', name: 'Feature Requests', elements: ideaElements },
        { id: '103', name: 'Praise', elements: praiseElements },
      ]
    : [
        { id: 'issues', name: 'Issues', elements: bugElements },
        { id: 'ideas', name: 'Ideas', elements: ideaElements },
        { id: 'praise', name: 'Praise', elements: praiseElements },
      ]
}

export const statusOptions = ['New', 'Open', 'In Progress', 'Closed'] as const

/** A stable GUID-shaped project id for legacy `?cap=` URLs. */
export function projectGuid(projectKey: string): string {
  const hex = createHash('sha256').update(projectKey).digest('hex').toUpperCase()
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

/** The form field name of an element's Parameter input, e.g. "Steps to Reproduce" → "param_steps_to_reproduce". */
export function parameterFieldName(element: string): string {
  return `param_${element.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '')}`
}

export function latestApiKey(state: CentercodeState): ApiKeyRecord | undefined {
  return state.apiKeys[state.apiKeys.length - 1]
}
