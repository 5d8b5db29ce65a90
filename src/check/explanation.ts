/**
 * What the pipeline did to each line of one input, as data for `vnclean explain`: kept lines
 * with their block type, removed lines with the rule that removed them, pieces removed from
 * inside lines, and the characters the normaliser changed. Built from the cleaner's Article
 * and the normaliser run line by line with the same settings (so no decision is re-made here).
 */
import { diffChars } from 'diff'
import { normalizeLine, type TextEdit } from '../normalize/index.js'
import { splitLines } from '../pipeline/parse.js'
import { createEnabledCheck, type Cleaner } from '../pipeline/processor.js'
import type { Article, BlockType, Settings } from '../types.js'

export interface Span {
  /** 0-based, end exclusive, in the line's normalised text. */
  start: number
  end: number
}

export interface ExplainedLine {
  line: number
  /** The line after normalisation, trimmed; '' for a blank line. */
  text: string
  status: 'blank' | 'kept' | 'removed'
  /** Block type of a kept line. */
  block: BlockType | null
  /** The line continues a block that started on an earlier line (a joined paragraph). */
  continued: boolean
  /** Rule that removed the line. */
  rule: string | null
  /** Pieces removed from inside the kept line. */
  partials: (Span & { rule: string; text: string })[]
  /** Characters the normaliser put in (highlighted). */
  changed: Span[]
  /** The normaliser's edits on this line (columns in the source line). */
  edits: TextEdit[]
}

export interface Explanation {
  article: Article
  lines: ExplainedLine[]
}

export function explainText(
  input: { text: string; file: string | null; encoding: string },
  cleaner: Cleaner,
  settings: Settings,
): Explanation {
  const { article } = cleaner(input)
  const options = { toneStyle: settings.toneStyle, isEnabled: createEnabledCheck(settings) }
  const blocks = new Map<number, { type: BlockType; continued: boolean }>()
  for (const block of article.blocks) {
    for (let line = block.line; line <= (block.endLine ?? block.line); line++) {
      blocks.set(line, { type: block.type, continued: line !== block.line })
    }
  }
  const removed = new Map<number, string>()
  for (const entry of article.removed) {
    if (entry.partial !== true) removed.set(entry.line, entry.rule)
  }
  const lines = splitLines(input.text).map((raw, index): ExplainedLine => {
    const line = index + 1
    const edits: TextEdit[] = []
    const normalised = normalizeLine(raw, line, options, edits, { old: 0, new: 0 })
    const text = normalised.trim()
    const offset = normalised.length - normalised.trimStart().length
    const block = blocks.get(line)
    const rule = removed.get(line) ?? null
    return {
      line,
      text,
      status: text === '' ? 'blank' : rule !== null ? 'removed' : 'kept',
      block: rule === null ? (block?.type ?? null) : null,
      continued: rule === null && block?.continued === true,
      rule,
      partials: [],
      changed: edits.length === 0 ? [] : insertedSpans(raw, normalised, offset, text.length),
      edits,
    }
  })
  for (const entry of article.removed) {
    const target = lines[entry.line - 1]
    if (entry.partial !== true || target === undefined) continue
    const start = target.text.lastIndexOf(entry.text)
    if (start !== -1) {
      target.partials.push({
        start,
        end: start + entry.text.length,
        rule: entry.rule,
        text: entry.text,
      })
    }
  }
  return { article, lines }
}

/** Spans of `after` that are not in `before`, shifted by `offset` and clipped to `length`. */
function insertedSpans(before: string, after: string, offset: number, length: number): Span[] {
  const spans: Span[] = []
  let at = 0
  for (const part of diffChars(before, after)) {
    if (part.removed) continue
    if (part.added) {
      const start = Math.max(0, at - offset)
      const end = Math.min(length, at + part.value.length - offset)
      if (end > start) spans.push({ start, end })
    }
    at += part.value.length
  }
  return spans
}
