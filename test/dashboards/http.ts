// The imitation dashboards' own small request/response shapes. Sites are functions from a DashRequest to a
// DashResponse, so the server can also hand a request to a site in-process (webhook delivery) without a socket.

export interface DashRequest {
  method: string
  /** Full URL, https, with the real hostname. */
  url: URL
  headers: Record<string, string | undefined>
  body: string
}

export interface DashResponse {
  status: number
  headers?: Record<string, string>
  body?: string
}

export function htmlResponse(body: string, status = 200): DashResponse {
  return { status, headers: { 'content-type': 'text/html; charset=utf-8' }, body }
}

export function jsonResponse(value: unknown, status = 200): DashResponse {
  return { status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) }
}

/** After a form POST: 303 so the browser GETs the result (post/redirect/get, as the real sites do). */
export function redirectResponse(location: string, status = 303): DashResponse {
  return { status, headers: { location } }
}

export function textResponse(text: string, status: number): DashResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text }
}

/** The fields of a url-encoded form body. */
export function formOf(request: DashRequest): URLSearchParams {
  return new URLSearchParams(request.body)
}

/** The JSON body, or undefined when it is not JSON. */
export function jsonOf(request: DashRequest): unknown {
  try {
    return JSON.parse(request.body)
  } catch {
    return undefined
  }
}

/** Whether the page asked for the panel only (single-page navigation inside a settings area). */
export function wantsFragment(request: DashRequest): boolean {
  return request.url.searchParams.has('fragment')
}
