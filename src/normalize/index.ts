/**
 * Text normalisation, one line at a time so line numbers never move. A clean line costs one
 * table-driven pass (fast-path.ts); anything suspect goes through every rule (repairs.ts).
 */
import { createLineState } from './line-state.js'
import { classifyLine } from './fast-path.js'
import { runRepairs } from './repairs.js'
import { toneStyleStage } from './tone-style.js'
import type { NormalizeOptions, TextEdit, ToneCounts } from './types.js'

export type { NormalizeOptions, TextEdit, ToneCounts } from './types.js'
export { NORMALIZE_RULES, type NormalizeRule } from './rules.js'

/** Normalise one line (no line breaks in it); edits are appended to `edits`. */
export function normalizeLine(
  line: string,
  lineNumber: number,
  options: NormalizeOptions,
  edits: TextEdit[],
  tones: ToneCounts,
): string {
  const kind = classifyLine(line)
  if (kind === 'clean') return line
  const state = createLineState(line, lineNumber, edits)
  if (kind === 'suspect') runRepairs(state, options)
  toneStyleStage(state, options, tones)
  return state.text
}

export interface NormalizedText {
  text: string
  edits: TextEdit[]
  tones: ToneCounts
}

/** Normalise a text line by line (split on `\n`; lines are never added or removed). */
export function normalizeText(text: string, options: NormalizeOptions): NormalizedText {
  const edits: TextEdit[] = []
  const tones: ToneCounts = { old: 0, new: 0 }
  const lines = text.split('\n').map((line, i) => normalizeLine(line, i + 1, options, edits, tones))
  return { text: lines.join('\n'), edits, tones }
}
