/**
 * Whole lines seen before in the same document (a page repeats its bylines, captions and
 * boilerplate): the result of a line that needed the slow path, replayed on a repeat. A line's
 * result depends on the line and the options alone, so an entry is used only with the very
 * options object it was made with.
 */
import type { NormalizeOptions, TextEdit, ToneCounts } from './types.js'

/** Longer lines are not kept: they rarely repeat, and would hold on to memory. */
const MAX_LINE = 4096

export interface LineResult {
  readonly options: NormalizeOptions
  readonly text: string
  /** The line's edits (their `line` is replaced on a replay). */
  readonly edits: readonly TextEdit[]
  readonly old: number
  readonly new: number
}

export type LineTable = Map<string, LineResult>

/** The remembered result of `line` under `options`, if any. */
export function lookUpLine(
  table: LineTable,
  line: string,
  options: NormalizeOptions,
): LineResult | undefined {
  if (line.length > MAX_LINE) return undefined
  const hit = table.get(line)
  return hit !== undefined && hit.options === options ? hit : undefined
}

/** A fresh copy of an edit at another line (the caller owns the edits it is given). */
const copyAt = (e: TextEdit, line: number): TextEdit => ({
  ruleId: e.ruleId,
  line,
  column: e.column,
  actual: e.actual,
  expected: e.expected,
})

/** Append a remembered line's edits (at `lineNumber`) and tone counts; its text. */
export function replayLine(
  hit: LineResult,
  lineNumber: number,
  edits: TextEdit[],
  tones: ToneCounts,
): string {
  for (const e of hit.edits) edits.push(copyAt(e, lineNumber))
  tones.old += hit.old
  tones.new += hit.new
  return hit.text
}

/** Copies of the edits a line made (edits[from…]), to remember. */
export function editsSince(edits: readonly TextEdit[], from: number): TextEdit[] {
  const out: TextEdit[] = []
  for (let i = from; i < edits.length; i++) {
    const e = edits[i]
    if (e) out.push(copyAt(e, e.line))
  }
  return out
}

/** Remember a line's result: its text, edits[from…] and the tone counts it added. */
export function rememberLine(
  table: LineTable,
  limit: number,
  line: string,
  result: LineResult,
): void {
  if (line.length > MAX_LINE) return
  if (table.size >= limit) table.clear()
  table.set(line, result)
}
