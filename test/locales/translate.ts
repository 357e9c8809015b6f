// chrome.i18n.getMessage over one locale's messages.json, for tests (and the overlay harness) that show the
// extension's words without the extension API. `missing`: what an unknown key gives (default: it throws).
type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>

export function translator(messages: unknown, missing: 'throw' | 'key' = 'throw'): (key: string, substitutions?: string[]) => string {
  const entries = messages as Messages
  return (key, substitutions = []) => {
    const entry = entries[key]
    if (!entry) {
      if (missing === 'key') return key
      throw new Error(`no message ${key}`)
    }
    return entry.message.replace(/\$(\w+)\$/g, (_, name: string) =>
      (entry.placeholders?.[name.toLowerCase()]?.content ?? '').replace(/\$(\d)/g, (__, n: string) => substitutions[Number(n) - 1] ?? ''),
    )
  }
}
