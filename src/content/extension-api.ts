// The extension API as the content scripts use it, without webextension-polyfill: in Manifest V3 both
// browsers answer these calls with promises (Firefox as `browser`, Chromium as `chrome`), so a dashboard page
// pays nothing for a wrapper. Only the types come from the polyfill's package.
import type Browser from 'webextension-polyfill'

export type ContentApi = Pick<Browser.Browser, 'runtime' | 'storage' | 'i18n'>
export type StorageChange = Browser.Storage.StorageChange
export type Port = Browser.Runtime.Port

const scope = globalThis as { browser?: ContentApi; chrome?: ContentApi }

/** The API, looked up when asked: a script orphaned by an extension reload may find it gone. */
export function extensionApi(): ContentApi {
  return (scope.browser ?? scope.chrome)!
}
