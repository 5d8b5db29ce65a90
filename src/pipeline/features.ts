/** Cheap per-line signals the rules share: length, words, sentence shape, function-word density. */
import { isStopword } from '../lang/stopwords.js'

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

const SENTENCE_END = /[.!?…;:]["'”’»)\]]*$/u
const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u

export function computeFeatures(content: string): LineFeatures {
  // Words, not separators: `Trang chủ > Kinh tế` has four.
  const tokens = content.split(' ').filter((token) => token !== '' && !PUNCTUATION_ONLY.test(token))
  let stops = 0
  for (const token of tokens) if (isStopword(token)) stops++
  let letters = 0
  let upper = 0
  const sample = content.length > 400 ? content.slice(0, 400) : content
  for (const char of sample) {
    const code = char.charCodeAt(0)
    if (code < 0x80) {
      // ASCII, most of any Vietnamese line: no need for the Unicode tables.
      const lower = code | 0x20
      if (lower >= 0x61 && lower <= 0x7a) {
        letters++
        if (code < 0x60) upper++
      }
    } else if (LETTER.test(char)) {
      letters++
      if (UPPER.test(char)) upper++
    }
  }
  const endsSentence = SENTENCE_END.test(content)
  const words = tokens.length
  return {
    chars: content.length,
    words,
    stopDensity: words === 0 ? 0 : stops / words,
    endsSentence,
    upperRatio: letters === 0 ? 0 : upper / letters,
    linkLike: words > 0 && words <= 7 && content.length <= 60 && !endsSentence,
  }
}
