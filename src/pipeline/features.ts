/** Cheap per-line signals the rules share: length, words, sentence shape, function-word density. */
import { isLowerStopword } from '../lang/stopwords.js'
import { isAsciiAlphanumeric } from '../text/ascii.js'
import { countLetters } from '../text/letters.js'

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
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u

/** A token of symbols and punctuation only (`>`, `–`, `...`): a separator, not a word. */
function isPunctuationOnly(token: string): boolean {
  const first = token.charCodeAt(0)
  // A token that opens with an ASCII letter or digit is a word (most are).
  if (isAsciiAlphanumeric(first)) return false
  if (token.length === 1 && first < 0x80) return first > 0x20 && first < 0x7f
  return PUNCTUATION_ONLY.test(token)
}

export function computeFeatures(content: string): LineFeatures {
  // Words, not separators: `Trang chủ > Kinh tế` has four. The tokens are read off the line
  // lower-cased once (the stop-word list is lower case), between single spaces.
  let words = 0
  let stops = 0
  const lower = content.toLowerCase()
  let start = 0
  for (let end = lower.indexOf(' '); start <= lower.length; end = lower.indexOf(' ', start)) {
    const stop = end === -1 ? lower.length : end
    if (stop > start) {
      const token = lower.slice(start, stop)
      if (!isPunctuationOnly(token)) {
        words++
        if (isLowerStopword(token)) stops++
      }
    }
    start = stop + 1
  }
  const { letters, upper } = countLetters(content.length > 400 ? content.slice(0, 400) : content)
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
