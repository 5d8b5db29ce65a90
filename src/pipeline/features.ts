/** Cheap per-line signals the rules share: length, words, sentence shape, function-word density. */
import { isLowerStopwordIn } from '../lang/stopwords.js'
import { PUNCTUATION_OR_SYMBOL } from '../text/char-class.js'
import { countLetters } from '../text/letters.js'
import { edgeTrimmedRange } from '../text/trim-edges.js'

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

/** What a line has before it is measured (the parser's lines, until the normalise stage). */
export const UNMEASURED: LineFeatures = Object.freeze({
  chars: 0,
  words: 0,
  stopDensity: 0,
  endsSentence: false,
  upperRatio: 0,
  linkLike: false,
})

const SENTENCE_MARKS = '.!?…;:'
const CLOSERS = `"'”’»)]`

export function computeFeatures(content: string, lower = content.toLowerCase()): LineFeatures {
  // Words, not separators: `Trang chủ > Kinh tế` has four. The tokens are read off the line
  // lower-cased once (the stop-word list is lower case), between single spaces, in place: a
  // token of punctuation and symbols only (`>`, `–`, `...`) is a separator; a word is looked up
  // with the punctuation around it trimmed (`và,` `(của`).
  let words = 0
  let stops = 0
  let start = 0
  for (let end = lower.indexOf(' '); start <= lower.length; end = lower.indexOf(' ', start)) {
    const stop = end === -1 ? lower.length : end
    if (stop > start) {
      const [from, to] = edgeTrimmedRange(lower, start, stop, PUNCTUATION_OR_SYMBOL)
      if (from < to) {
        words++
        if (isLowerStopwordIn(lower, from, to)) stops++
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
 * `/[.!?…;:]["'”’»)\]]*$/u` on `text.slice(0, end)`, read back from `end` (the pattern, tried at
 * every position, costs a pass over a long line).
 */
export function endsLikeSentence(text: string, end = text.length): boolean {
  let last = end - 1
  while (last >= 0 && CLOSERS.includes(text.charAt(last))) last--
  return last >= 0 && SENTENCE_MARKS.includes(text.charAt(last))
}
