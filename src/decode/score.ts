/**
 * How Vietnamese a text looks: its words that hold a non-ASCII character, counted as valid
 * syllables or not. Words are split only at spaces, ASCII punctuation and general punctuation
 * (U+2010–U+205E), so mis-decoded words such as `Th«ng`, `Tieáng` or `tr߾c` count as one
 * (invalid) word.
 */
import { isWellFormedSyllable } from '../normalize/syllable.js'

export interface VietnameseScore {
  /** Words with a non-ASCII character that are well-formed Vietnamese syllables. */
  valid: number
  /** Words with a non-ASCII character that are not. */
  invalid: number
}

const WORD = /[^\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u2010-\u205e]+/g
const NON_ASCII = /[\u0080-\u{10ffff}]/u
const COMBINING = /[\u0300-\u036f]/

export function scoreVietnamese(text: string): VietnameseScore {
  let valid = 0
  let invalid = 0
  for (const [word] of text.matchAll(WORD)) {
    if (!NON_ASCII.test(word)) continue
    if (isWellFormedSyllable(COMBINING.test(word) ? word.normalize('NFC') : word)) valid++
    else invalid++
  }
  return { valid, invalid }
}

/** Share of valid words among the counted ones (0 when there are none). */
export function validShare(score: VietnameseScore): number {
  const total = score.valid + score.invalid
  return total === 0 ? 0 : score.valid / total
}
