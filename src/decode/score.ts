/**
 * How Vietnamese a text looks: its words that hold a non-ASCII character, counted as valid
 * syllables or not. Words run over letters, marks and Latin-1 symbols, so mis-decoded words
 * such as `Th«ng` or `Tieáng` count as one (invalid) word.
 */
import { isWellFormedSyllable } from '../normalize/syllable.js'

export interface VietnameseScore {
  /** Words with a non-ASCII character that are well-formed Vietnamese syllables. */
  valid: number
  /** Words with a non-ASCII character that are not. */
  invalid: number
}

const WORD = /[\p{L}\p{M}\u0080-\u009f\u00a1-\u00ff]+/gu
const NON_ASCII = /[^\x00-\x7f]/

export function scoreVietnamese(text: string): VietnameseScore {
  let valid = 0
  let invalid = 0
  for (const [word] of text.matchAll(WORD)) {
    if (!NON_ASCII.test(word)) continue
    if (isWellFormedSyllable(word.normalize('NFC'))) valid++
    else invalid++
  }
  return { valid, invalid }
}

/** Share of valid words among the counted ones (0 when there are none). */
export function validShare(score: VietnameseScore): number {
  const total = score.valid + score.invalid
  return total === 0 ? 0 : score.valid / total
}
