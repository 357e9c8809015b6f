// The in-memory state of one look-alike host: everything that was sent to it, for tests to assert on.

/** One request other than GET or HEAD, exactly as the look-alike received it. */
export interface ReceivedRequest {
  at: string
  method: string
  /** The path alone, e.g. /api/v1/projects/AcmeBeta/feedback/testfairy. */
  path: string
  /** The query string as sent, with its "?" ('' when there is none), e.g. ?apiKey=... */
  query: string
  /** The content-type header ('' when none). */
  contentType: string
  /** The body as sent: JSON for a webhook, url-encoded fields for a form. */
  body: string
}

export interface LookalikeState {
  /**
   * Every request other than GET or HEAD, in order: whatever a person, a guide that trusted the page or a
   * webhook (TestFairy's "Test URL", delivered in-process) sent here. Empty while nothing was ever sent.
   */
  received: ReceivedRequest[]
}

export function createState(): LookalikeState {
  return { received: [] }
}
