/** A config's contribution to Settings, and how two contributions stack (the later one wins). */
import { resolveEncoding } from '../decode/encodings.js'
import type { Settings } from '../types.js'
import type { VncleanConfig } from './types.js'

/** Settings a (validated) config sets; keys it does not mention are left out. */
export function configToSettings(config: VncleanConfig): Partial<Settings> {
  const settings: Partial<Settings> = {}
  if (config.rules?.enable) settings.enabled = new Set(config.rules.enable)
  if (config.rules?.disable) settings.disabled = new Set(config.rules.disable)
  if (config.strip?.phrases) settings.sitePhrases = config.strip.phrases
  if (config.strip?.patterns) {
    settings.sitePatterns = config.strip.patterns.map((source) => new RegExp(source, 'u'))
  }
  if (config.toneStyle !== undefined) settings.toneStyle = config.toneStyle
  if (config.encoding !== undefined) {
    settings.encoding = resolveEncoding(config.encoding) ?? config.encoding
  }
  return settings
}

/**
 * `over` on top of `base`: rule switches of `over` win over those of `base`, phrases and
 * patterns add up, tone style and encoding are replaced.
 */
export function stackSettings(base: Partial<Settings>, over: Partial<Settings>): Partial<Settings> {
  const enabled = new Set([...(base.enabled ?? []), ...(over.enabled ?? [])])
  const disabled = new Set([...(base.disabled ?? []), ...(over.disabled ?? [])])
  for (const id of over.enabled ?? []) disabled.delete(id)
  for (const id of over.disabled ?? []) enabled.delete(id)
  const stacked: Partial<Settings> = { ...base, ...over, enabled, disabled }
  stacked.sitePhrases = [...(base.sitePhrases ?? []), ...(over.sitePhrases ?? [])]
  stacked.sitePatterns = [...(base.sitePatterns ?? []), ...(over.sitePatterns ?? [])]
  return stacked
}
