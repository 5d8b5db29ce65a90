/** One document of a batch: bytes in, the emitted output and its counts out (runs in a worker or inline). */
import { cleanDocument } from '../../document.js'
import { createCleaner, type Cleaner } from '../../pipeline/processor.js'
import { emitJson } from '../../emit/json.js'
import { emitMarkdown } from '../../emit/markdown.js'
import { emitText } from '../../emit/text.js'
import { decodeBytes } from '../../decode/index.js'
import { normalizeLine, type TextEdit } from '../../normalize/index.js'
import { splitLines } from '../../pipeline/parse.js'
import { createEnabledCheck } from '../../pipeline/processor.js'
import type { Settings } from '../../types.js'
import type { OutputFormat } from '../options.js'

export type Mode = 'clean' | 'normalize'

export interface DocumentTask {
  bytes: Uint8Array
  file: string | null
  id?: string
  extra?: Record<string, unknown>
}

export interface DocumentOutcome {
  output: string
  kept: number
  removed: number
}

export interface DocumentProcessor {
  (task: DocumentTask): DocumentOutcome
}

export function createDocumentProcessor(
  mode: Mode,
  settings: Settings,
  format: OutputFormat,
  pretty: boolean,
): DocumentProcessor {
  if (mode === 'normalize') return (task) => normalizeDocument(task, settings)
  const cleaner: Cleaner = createCleaner(settings)
  return (task) => {
    const { article } = cleanDocument(cleaner, {
      bytes: task.bytes,
      file: task.file,
      encoding: settings.encoding,
    })
    if (task.id !== undefined) article.id = task.id
    if (task.extra !== undefined && Object.keys(task.extra).length > 0) article.extra = task.extra
    const output =
      format === 'json'
        ? emitJson(article, pretty)
        : format === 'md'
          ? emitMarkdown(article)
          : emitText(article)
    return { output, kept: article.stats.kept, removed: article.stats.removed }
  }
}

function normalizeDocument(task: DocumentTask, settings: Settings): DocumentOutcome {
  const { text } = decodeBytes(task.bytes, { encoding: settings.encoding })
  const isEnabled = createEnabledCheck(settings)
  const edits: TextEdit[] = []
  const tones = { old: 0, new: 0 }
  const options = { toneStyle: settings.toneStyle, isEnabled }
  const lines = splitLines(text).map((line, i) => normalizeLine(line, i + 1, options, edits, tones))
  const ending = /[\r\n]$/u.test(text) ? '\n' : ''
  const output = lines.length === 0 ? '' : `${lines.join('\n')}${ending}`
  return { output, kept: lines.length, removed: 0 }
}
