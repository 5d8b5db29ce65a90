/** Cheap per-line signals the rules share: length, words, sentence shape, function-word density. */
import { isLowerStopword } from '../lang/stopwords.js'
import { isAsciiAlphanumeric, isAsciiLetter } from '../text/ascii.js'

export interface LineFeatures {
  chars: number
  words: number
  /** Share of words that are common function words (Vietnamese or English). */
  stopDensity: number
  /** Ends like a sentence: `.`, `!`, `?`, `…`, or a closing quote/bracket after one. */
  endsSentence: boolean
  /** Share of letters that are upper case. */
  upperRatio: number
  /** Short, no sentence end, no inner sentence: shaped like a menu entry or a headline link. */
  linkLike: boolean
}

const SENTENCE_MARKS = '.!?…;:'
const CLOSERS = `"'”’»)]`
const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u

function isPunctuationOnly(token: string): boolean {
  // A token that opens with an ASCII letter or digit is a word (most are).
  if (isAsciiAlphanumeric(token.charCodeAt(0))) return false
  return PUNCTUATION_ONLY.test(token)
}

export function computeFeatures(content: string): LineFeatures {
  // Words, not separators: `Trang chủ > Kinh tế` has four.
  let words = 0
  let stops = 0
  // Lower-cased once for the whole line (the stop-word list is lower case).
  for (const token of content.toLowerCase().split(' ')) {
    if (token === '' || isPunctuationOnly(token)) continue
    words++
    if (isLowerStopword(token)) stops++
  }
  let letters = 0
  let upper = 0
  const sample = content.length > 400 ? content.slice(0, 400) : content
  for (const char of sample) {
    const code = char.charCodeAt(0)
    if (code < 0x80) {
      // ASCII, most of any Vietnamese line: no need for the Unicode tables.
      if (isAsciiLetter(code)) {
        letters++
        if (code <= 0x5a) upper++
      }
    } else if (LETTER.test(char)) {
      letters++
      if (UPPER.test(char)) upper++
    }
  }
  const endsSentence = endsLikeSentence(content)
  return {
    chars: content.length,
    words,
    stopDensity: words === 0 ? 0 : stops / words,
    endsSentence,
    upperRatio: letters === 0 ? 0 : upper / letters,
    linkLike: words > 0 && words <= 7 && content.length <= 60 && !endsSentence,
  }
}

/**
 * `/[.!?…;:]["'”’»)\]]*$/u`, read from the end of the line (the pattern, tried at every position,
 * costs a pass over a long line).
 */
export function endsLikeSentence(text: string): boolean {
  let end = text.length - 1
  while (end >= 0 && CLOSERS.includes(text.charAt(end))) end--
  return end >= 0 && SENTENCE_MARKS.includes(text.charAt(end))
}
