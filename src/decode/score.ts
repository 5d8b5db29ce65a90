/**
 * How Vietnamese a text looks: its words that hold a non-ASCII character, counted as valid
 * syllables or not. Words are split only at spaces, ASCII punctuation and general punctuation
 * (U+2010–U+205E), so mis-decoded words such as `Th«ng`, `Tieáng` or `tr߾c` count as one
 * (invalid) word.
 */
import { isWhiteSpace } from '../normalize/char-table.js'
import { isWellFormedSyllable, isWellFormedSyllableIn } from '../normalize/syllable.js'

export interface VietnameseScore {
  /** Words with a non-ASCII character that are well-formed Vietnamese syllables. */
  valid: number
  /** Words with a non-ASCII character that are not. */
  invalid: number
}

/**
 * What separates words: a code unit of `[\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u2010-\u205e]`
 * (white space, ASCII punctuation, general punctuation).
 */
export function isWordSeparator(c: number): boolean {
  if (c >= 0x21 && c <= 0x7e) {
    return c <= 0x2f || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || c >= 0x7b
  }
  return (c >= 0x2010 && c <= 0x205e) || isWhiteSpace(c)
}

/** isWordSeparator of every code unit, as a table (1: separator). */
const SEPARATORS = separatorTable()

/**
 * The ranges isWordSeparator answers yes for (a test holds the table to it over all 65,536 code
 * units): asking it about each code unit cost ~5 ms of every start-up.
 */
export function separatorTable(): Uint8Array {
  const table = new Uint8Array(0x10000)
  const ranges = [
    [0x09, 0x0d],
    [0x20, 0x2f],
    [0x3a, 0x40],
    [0x5b, 0x60],
    [0x7b, 0x7e],
    [0xa0, 0xa0],
    [0x1680, 0x1680],
    [0x2000, 0x200a],
    [0x2010, 0x205f],
    [0x3000, 0x3000],
    [0xfeff, 0xfeff],
  ] as const
  for (const [first, last] of ranges) table.fill(1, first, last + 1)
  return table
}

/** A word's verdict: not counted (ASCII only), a valid syllable, or not one. */
export const NOT_COUNTED = 0
export const VALID = 1
export const INVALID = 2

/** A word with a combining mark (U+0300–U+036F) is tested in NFC. */
export function wordVerdict(word: string): number {
  let nonAscii = false
  let combining = false
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    if (c >= 0x80) nonAscii = true
    if (c >= 0x300 && c <= 0x36f) combining = true
  }
  if (!nonAscii) return NOT_COUNTED
  return isWellFormedSyllable(combining ? word.normalize('NFC') : word) ? VALID : INVALID
}

/** Whether scoreVietnamese(text).invalid > 0, stopping at the first invalid word. */
export function hasInvalidWord(text: string): boolean {
  return scoreWords(text, true).invalid > 0
}

/** Score a text: its words are the runs of code units between separators. */
export function scoreVietnamese(text: string): VietnameseScore {
  return scoreWords(text, false)
}

function scoreWords(text: string, untilInvalid: boolean): VietnameseScore {
  let valid = 0
  let invalid = 0
  const n = text.length
  for (let i = 0; i < n;) {
    if (SEPARATORS[text.charCodeAt(i)] === 1) {
      i++
      continue
    }
    const start = i
    let nonAscii = false
    let combining = false
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      if (SEPARATORS[c] === 1) break
      if (c >= 0x80) {
        nonAscii = true
        if (c >= 0x300 && c <= 0x36f) combining = true
      }
    }
    if (!nonAscii) continue // an ASCII word is never counted
    // wordVerdict, without cutting the word out unless it needs NFC
    const ok = combining
      ? isWellFormedSyllable(text.slice(start, i).normalize('NFC'))
      : isWellFormedSyllableIn(text, start, i)
    if (ok) valid++
    else {
      invalid++
      if (untilInvalid) break
    }
  }
  return { valid, invalid }
}

/** Share of valid words among the counted ones (0 when there are none). */
export function validShare(score: VietnameseScore): number {
  const total = score.valid + score.invalid
  return total === 0 ? 0 : score.valid / total
}
