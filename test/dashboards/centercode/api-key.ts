// Community API keys: a prefix (letters and digits, at most 12; "default" when none is given) followed by
// 32 lowercase hex characters, as in "Skel7f6c8a060fdb40ff9ca12bc3b1173e45".
import { randomBytes } from 'node:crypto'

export const defaultPrefix = 'default'
export const maxPrefixLength = 12

export interface ApiKeyInput {
  name: string
  description: string
  prefix: string
  ipRestrictions: { ip: string; description: string }[]
  emailNotification: string
}

export const emailNotifications = [
  { value: 'none', label: 'No Notification' },
  { value: 'each-use', label: 'Notify on Each Use' },
  { value: 'daily', label: 'Daily Summary' },
  { value: 'weekly', label: 'Weekly Summary' },
] as const

export function generateApiKey(prefix: string, random: (bytes: number) => Buffer = randomBytes): string {
  return (prefix.trim() || defaultPrefix) + random(16).toString('hex')
}

export function isApiKey(text: string): boolean {
  return /^[A-Za-z0-9]{0,12}[0-9a-f]{32}$/.test(text)
}

/** Field name → message, empty when the input is acceptable. */
export function validateApiKeyInput(input: ApiKeyInput): Record<string, string> {
  const errors: Record<string, string> = {}
  if (!input.name.trim()) errors.name = 'Name is required.'
  else if (input.name.trim().length > 100) errors.name = 'Name must be at most 100 characters.'
  const prefix = input.prefix.trim()
  if (prefix.length > maxPrefixLength) errors.prefix = `Prefix must be at most ${maxPrefixLength} characters.`
  else if (prefix && !/^[A-Za-z0-9]+$/.test(prefix)) errors.prefix = 'Prefix may contain only letters and digits.'
  const badIp = input.ipRestrictions.find((row) => !isIpAddress(row.ip))
  if (badIp) errors.ip = `"${badIp.ip}" is not a valid IP address.`
  if (!emailNotifications.some((n) => n.value === input.emailNotification)) errors.emailNotification = 'Choose an email notification.'
  return errors
}

export function isIpAddress(text: string): boolean {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text)
  if (v4) return v4.slice(1).every((part) => Number(part) <= 255)
  return /^[0-9a-fA-F:]+$/.test(text) && text.includes(':') && text.length <= 39
}

/** How the current generation lists a key after it was shown once: the prefix, dots, the last four. */
export function maskApiKey(key: string): string {
  return `${key.slice(0, -32)}••••••••${key.slice(-4)}`
}
