/**
 * Lint text that should already be clean (vnclean's text or Markdown output, or an editor's
 * copy): the pipeline runs over it and everything it would remove or change is reported —
 * leftover boilerplate, encoding damage, non-NFC text, mistyped tones, mixed tone styles.
 * No second rule engine: the messages are the pipeline's own decisions.
 */
import type { VFileMessage } from 'vfile-message'
import { normalizeLine, type TextEdit } from '../normalize/index.js'
import { splitLines } from '../pipeline/parse.js'
import { createEnabledCheck, type Cleaner } from '../pipeline/processor.js'
import type { ReportMessage } from '../report/types.js'
import type { Settings, ToneStyleOption } from '../types.js'
import {
  boilerplateReason,
  encodingReason,
  mixedStyleReason,
  normaliseReason,
} from './lint-reasons.js'
import { markdownToPlain, type PlainText } from './markdown-lines.js'

export interface LintInput {
  text: string
  /** Path as shown, for the article's `file`. */
  file: string | null
  /** Encoding the bytes were decoded from. */
  encoding: string
  markdown: boolean
}

export function lintDocument(
  input: LintInput,
  cleaner: Cleaner,
  settings: Settings,
): ReportMessage[] {
  const plain: PlainText = input.markdown
    ? markdownToPlain(input.text)
    : { text: input.text, origins: [] }
  const sourceLines = splitLines(input.text)
  const column = (line: number, plainColumn: number): number => {
    const origin = plain.origins[line - 1]
    if (!origin) return plainColumn
    const at = origin[plainColumn - 1]
    if (at !== undefined) return at + 1
    const last = origin[origin.length - 1]
    return last === undefined ? plainColumn : last + 1 + (plainColumn - origin.length)
  }
  const messages: ReportMessage[] = []
  if (input.encoding !== 'utf-8') {
    messages.push({
      ruleId: 'normalise/legacy-encoding',
      severity: 'error',
      reason: encodingReason(input.encoding),
      line: 1,
      column: 1,
    })
  }
  const { article, messages: decisions } = cleaner({
    text: plain.text,
    file: input.file,
    encoding: input.encoding,
  })
  for (const decision of decisions) {
    const message = fromDecision(decision, sourceLines, column)
    if (message !== null) messages.push(message)
  }
  if (article.normalization.toneStyle === 'mixed' && settings.toneStyle === 'preserve') {
    // One message per word of the minority style: a loop, as a page may have more words than a
    // call has room for arguments.
    for (const message of mixedStyle(plain.text, settings, column)) messages.push(message)
  }
  return messages.sort((a, b) => a.line - b.line || a.column - b.column)
}

function fromDecision(
  decision: VFileMessage,
  sourceLines: readonly string[],
  column: (line: number, plainColumn: number) => number,
): ReportMessage | null {
  const ruleId = decision.ruleId ?? ''
  const line = decision.line ?? 1
  const actual = decision.actual ?? ''
  if (ruleId.startsWith('normalise/')) {
    const expected = decision.expected?.[0] ?? ''
    const start = column(line, decision.column ?? 1)
    return {
      ruleId,
      severity: 'error',
      reason: normaliseReason(ruleId, actual, expected),
      line,
      column: start,
      endLine: line,
      endColumn: start + actual.length,
      actual,
      expected,
    }
  }
  if (ruleId.startsWith('strip/')) {
    const partial = decision.expected !== undefined
    return {
      ruleId,
      severity: 'error',
      reason: boilerplateReason(decision.reason, actual, partial),
      line,
      column: column(line, 1),
      endLine: line,
      endColumn: (sourceLines[line - 1] ?? '').length + 1,
      actual,
      expected: '',
    }
  }
  return null
}

/**
 * Both tone styles in one text: the syllables written in the less common style, found by
 * normalising the lines towards the more common one.
 */
function mixedStyle(
  text: string,
  settings: Settings,
  column: (line: number, plainColumn: number) => number,
): ReportMessage[] {
  const isEnabled = createEnabledCheck(settings)
  const lines = splitLines(text)
  const tones = { old: 0, new: 0 }
  for (const [index, line] of lines.entries()) {
    normalizeLine(line, index + 1, { toneStyle: 'preserve', isEnabled }, [], tones)
  }
  const majority: ToneStyleOption = tones.new > tones.old ? 'new' : 'old'
  const edits: TextEdit[] = []
  for (const [index, line] of lines.entries()) {
    normalizeLine(line, index + 1, { toneStyle: majority, isEnabled }, edits, { old: 0, new: 0 })
  }
  return edits
    .filter((edit) => edit.ruleId === 'normalise/tone-style')
    .map((edit) => {
      const start = column(edit.line, edit.column)
      return {
        ruleId: edit.ruleId,
        severity: 'error' as const,
        reason: mixedStyleReason(edit.actual, edit.expected, majority),
        line: edit.line,
        column: start,
        endLine: edit.line,
        endColumn: start + edit.actual.length,
        actual: edit.actual,
        expected: edit.expected,
      }
    })
}
