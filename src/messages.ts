// The messages content scripts send the background, and the answers. Every message is checked
// at the receiving end: a malformed one is ignored, never half-handled.
import { isSite, type Site } from './domain/sites'

export type SetupStatus = 'idle' | 'running'

/** A content script has started on a dashboard page and asks what to do. */
export interface Hello {
  type: 'hello'
  site: Site
}
export interface HelloReply {
  type: 'hello-reply'
  setup: SetupStatus
}

export type Message = Hello

export function parseMessage(value: unknown): Message | null {
  if (typeof value !== 'object' || value === null) return null
  const { type, site } = value as Record<string, unknown>
  if (type === 'hello' && isSite(site) && Object.keys(value).length === 2) return { type, site }
  return null
}
