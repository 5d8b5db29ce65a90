/** vnclean's library API. */
import { createCleaner, type CleanResult } from './pipeline/processor.js'
import { resolveSettings } from './settings.js'
import type { Settings } from './types.js'

export type { Article, Block, BlockType, Removed, Settings, Stats, ToneStyle } from './types.js'
export type { Cleaner, CleanInput, CleanResult } from './pipeline/processor.js'
export { createCleaner } from './pipeline/processor.js'
export { cleanDocument } from './document.js'
export { resolveSettings, DEFAULT_SETTINGS } from './settings.js'
export { emitJson } from './emit/json.js'
export { emitMarkdown } from './emit/markdown.js'
export { emitText } from './emit/text.js'
export { decodeBytes, DecodeError } from './decode/index.js'
export { createNormalizeCache, normalizeLine } from './normalize/index.js'
export { ALL_RULES, STRIP_RULES } from './rules/index.js'
export { SCHEMA_VERSION } from './schema-version.js'

/** Clean one text with the given settings (a convenience over createCleaner). */
export function cleanText(
  text: string,
  options: { file?: string | null; settings?: Partial<Settings> } = {},
): CleanResult {
  return createCleaner(resolveSettings(options.settings))({
    text,
    file: options.file ?? null,
    encoding: 'utf-8',
  })
}
