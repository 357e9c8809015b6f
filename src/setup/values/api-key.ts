// The shape of a Centercode API key. Pure: no DOM, no browser APIs.

/**
 * A Centercode API key: a prefix of letters and digits (may be empty, at most 16 characters, e.g. "Skel", "default")
 * followed by 32 lowercase hex characters. The last 32 characters are always the hex part.
 */
export const apiKeyPattern: RegExp = /^[A-Za-z0-9]{0,16}[0-9a-f]{32}$/

/** Whether a string is exactly one API key (no white space, no surrounding text). */
export function isApiKey(value: string): boolean {
  return apiKeyPattern.test(value)
}
