/**
 * Runs one DocumentTask: read (if needed), decode, clean or normalise, emit. The same handler
 * runs inline (`--jobs 1`) and in each worker thread; a cleaner is built once per distinct
 * settings and reused.
 */
import { readFileSync } from 'node:fs'
import { cleanDocument } from '../../document.js'
import { decodeBytes } from '../../decode/index.js'
import { emitJson } from '../../emit/json.js'
import { emitText } from '../../emit/text.js'
import { createNormalizeCache, normalizeLine, type TextEdit } from '../../normalize/index.js'
import { splitLines } from '../../pipeline/parse.js'
import { createCleaner, createEnabledCheck, type Cleaner } from '../../pipeline/processor.js'
import type { Article, Settings } from '../../types.js'
import { describeError } from './describe-error.js'
import type { DocumentTask, TaskInput, TaskResult } from './task.js'

export type TaskHandler = (task: DocumentTask) => Promise<TaskResult>

export function createTaskHandler(): TaskHandler {
  const cleaners = new Map<string, Cleaner>()
  const cleanerFor = (settings: Settings): Cleaner => {
    const key = settingsKey(settings)
    let cleaner = cleaners.get(key)
    if (cleaner === undefined) {
      // Only the Article is emitted: no vfile message per decision (its `removed` list is the audit).
      cleaner = createCleaner(settings, { messages: false })
      cleaners.set(key, cleaner)
    }
    return cleaner
  }
  return async (task) => {
    let size = 0
    try {
      const content = readInput(task.input)
      size = typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength
      const { options } = task
      if (options.mode === 'normalize') {
        return { ok: true, size, ...normalizeDocument(content, options.settings) }
      }
      const cleaner = cleanerFor(options.settings)
      const { article } =
        typeof content === 'string'
          ? cleaner({ text: content, file: task.file, encoding: 'utf-8' })
          : cleanDocument(cleaner, {
              bytes: content,
              file: task.file,
              encoding: options.settings.encoding,
            })
      if (task.id !== undefined) article.id = task.id
      if (task.extra !== undefined && Object.keys(task.extra).length > 0) article.extra = task.extra
      return {
        ok: true,
        size,
        output: await emit(article, options.format, options.pretty),
        kept: article.stats.kept,
        removed: article.stats.removed,
      }
    } catch (error) {
      return { ok: false, size, error: describeError(error) }
    }
  }
}

/**
 * One read per document, synchronous: the handler runs in a worker thread or, for one job,
 * between documents of a sequential run, so nothing else waits on it; the promise API's
 * open/stat/read/close round trips through the thread pool cost more than cleaning a short item.
 */
function readInput(input: TaskInput): Uint8Array | string {
  if (input.kind === 'file') return readFileSync(input.absolute)
  return input.kind === 'bytes' ? input.bytes : input.text
}

/** The Markdown emitter (mdast-util-to-markdown, YAML) loads only when Markdown is asked for. */
async function emit(
  article: Article,
  format: 'json' | 'md' | 'text',
  pretty: boolean,
): Promise<string> {
  if (format === 'json') return emitJson(article, pretty)
  if (format === 'text') return emitText(article)
  const { emitMarkdown } = await import('../../emit/markdown.js')
  return emitMarkdown(article)
}

function normalizeDocument(
  content: Uint8Array | string,
  settings: Settings,
): { output: string; kept: number; removed: number } {
  const text =
    typeof content === 'string'
      ? content
      : decodeBytes(content, { encoding: settings.encoding }).text
  const isEnabled = createEnabledCheck(settings)
  const edits: TextEdit[] = []
  const tones = { old: 0, new: 0 }
  const options = { toneStyle: settings.toneStyle, isEnabled }
  const cache = createNormalizeCache(true) // edits are read once every line is done
  const lines = splitLines(text).map((line, i) =>
    normalizeLine(line, i + 1, options, edits, tones, cache),
  )
  const ending = /[\r\n]$/u.test(text) ? '\n' : ''
  const output = lines.length === 0 ? '' : `${lines.join('\n')}${ending}`
  return { output, kept: lines.length, removed: 0 }
}

/** Settings as a stable string: equal settings share one cleaner. */
function settingsKey(settings: Settings): string {
  return JSON.stringify([
    [...settings.disabled].sort(),
    [...settings.enabled].sort(),
    settings.toneStyle,
    settings.encoding,
    settings.sitePhrases,
    settings.sitePatterns.map((pattern) => [pattern.source, pattern.flags]),
  ])
}
