// The values the setup fills in unless the person's settings say otherwise.
export const defaultSettings = {
  /** Centercode: the API key's name. */
  apiKeyName: 'TestFairy',
  apiKeyDescription: 'Lets TestFairy send user feedback to this community.',
  /** Centercode: the External Feedback Source's name and key. */
  sourceName: 'TestFairy',
  sourceKey: 'testfairy',
  /** TestFairy: the webhook's name. */
  webhookName: 'Centercode',
} as const satisfies Record<string, string>

export type SettingName = keyof typeof defaultSettings

export function isSettingName(name: string): name is SettingName {
  return Object.hasOwn(defaultSettings, name)
}
