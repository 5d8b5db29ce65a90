/** Command-line options → Settings, checked once (unknown rule ids and encodings are usage errors). */
import { ALL_RULES } from '../rules/catalog.js'
import { resolveSettings } from '../settings.js'
import type { Settings, ToneStyleOption } from '../types.js'
import { UsageError } from './io.js'
import { parseList } from './options.js'

export interface DocumentOptions {
  enable?: string
  disable?: string
  encoding?: string
  toneStyle?: ToneStyleOption
}

export function settingsFromOptions(
  options: DocumentOptions,
  base: Partial<Settings> = {},
): Settings {
  const known = new Set(ALL_RULES.map((rule) => rule.id))
  const check = (ids: string[]): Set<string> => {
    for (const id of ids) {
      if (!known.has(id)) throw new UsageError(`unknown rule id '${id}' (see 'vnclean rules')`)
    }
    return new Set(ids)
  }
  const enabled = check(parseList(options.enable))
  const disabled = check(parseList(options.disable))
  return resolveSettings({
    ...base,
    enabled: new Set([...(base.enabled ?? []), ...enabled]),
    disabled: new Set([...(base.disabled ?? []), ...disabled].filter((id) => !enabled.has(id))),
    toneStyle: options.toneStyle ?? base.toneStyle ?? 'preserve',
    encoding: options.encoding ?? base.encoding ?? null,
  })
}
