// What a site of the imitation dashboards is, and what the server gives it.
import type { DashRequest, DashResponse } from './http'

/** The answer a webhook delivery got, as a sender (TestFairy's "Test URL") sees it. */
export type DeliveryResult =
  | { reached: true; status: number; body: string }
  | { reached: false; reason: string }

export interface SiteContext {
  /** The hostname this site answers for (one site instance per host: per account / community). */
  host: string
  /** How late a page's main content renders, in ms (the page's script reads it from data-render-delay). */
  renderDelayMs: number
  /**
   * POSTs JSON to a URL the way a real server would send a webhook, but only ever to a site this server
   * imitates, in-process. Any other host is "cannot reach": no socket is opened, no name is resolved.
   */
  deliver(url: string, payload: unknown): Promise<DeliveryResult>
}

export interface Site {
  handle(request: DashRequest): DashResponse | Promise<DashResponse>
  /** The site's in-memory state (webhooks, keys, sources, received feedback), for tests to inspect. */
  readonly state: unknown
}
