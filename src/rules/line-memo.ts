/**
 * What the strip rules derive from a line's text (its match key, lower case, canonical form),
 * computed once per document and text. The rules run in rounds over the same lines, and several
 * rules ask for the same forms; keyed by the text itself, a line whose text changes (a piece
 * removed from it) simply gets fresh values.
 */
import { lineKey, type LineKey } from './line-key.js'
import { canonicalLine, wordedLine, type WordedLine } from './similarity.js'

export interface LineMemo {
  /** `lineKey(text)`. */
  key(text: string): LineKey
  /** `text.toLowerCase()`. */
  lower(text: string): string
  /** `canonicalLine(text)`. */
  canonical(text: string): string
  /** `wordedLine(canonical)`. */
  worded(canonical: string): WordedLine
}

export function createLineMemo(): LineMemo {
  return {
    key: remember(lineKey),
    lower: remember((text) => text.toLowerCase()),
    canonical: remember(canonicalLine),
    worded: remember(wordedLine),
  }
}

function remember<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    let value = known.get(text)
    if (value === undefined) {
      value = compute(text)
      known.set(text, value)
    }
    return value
  }
}
