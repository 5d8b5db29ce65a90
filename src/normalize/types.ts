/** The normaliser's public shapes. */
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
  /** 1-based column (UTF-16 code units) in the line as it was before normalisation. */
  column: number
  actual: string
  expected: string
}

/** Open `oa`/`oe`/`uy` syllables seen in each style, as written (before any conversion). */
export interface ToneCounts {
  old: number
  new: number
}
