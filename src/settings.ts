/** Default settings and the one place partial settings are completed. */
import type { Settings } from './types.js'

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  disabled: new Set<string>(),
  enabled: new Set<string>(),
  toneStyle: 'preserve',
  encoding: null,
  sitePhrases: [],
  sitePatterns: [],
})

export function resolveSettings(partial: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...partial }
}
