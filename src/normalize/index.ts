/**
 * Text normalisation: one line at a time, so line numbers never move.
 * PLACEHOLDER: the normalisation issue replaces this with the full rule set.
 */
import type { ToneStyleOption } from '../types.js'

export interface NormalizeOptions {
  toneStyle: ToneStyleOption
  /** Whether a normalisation rule id is switched on. */
  isEnabled: (ruleId: string) => boolean
}

/** One change made by a normalisation rule, located in the input line. */
export interface TextEdit {
  ruleId: string
  /** 1-based line number. */
  line: number
  /** 1-based column in the line as it was before normalisation. */
  column: number
  actual: string
  expected: string
}

export interface ToneCounts {
  old: number
  new: number
}

/** Normalise one line (no line breaks in it); edits are appended to `edits`. */
export function normalizeLine(
  line: string,
  lineNumber: number,
  options: NormalizeOptions,
  edits: TextEdit[],
  tones: ToneCounts,
): string {
  void options
  void tones
  const nfc = line.normalize('NFC')
  if (nfc !== line) {
    edits.push({ ruleId: 'normalise/nfc', line: lineNumber, column: 1, actual: line, expected: nfc })
  }
  return nfc
}

export const NORMALIZE_RULES: readonly { id: string; description: string; defaultOn: boolean }[] = [
  { id: 'normalise/nfc', description: 'Unicode NFC', defaultOn: true },
]
