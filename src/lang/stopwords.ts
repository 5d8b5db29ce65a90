/** Function-word lookup shared by the line features. */
import data from '../data/stopwords.json' with { type: 'json' }
import { isPunctuationOrSymbol, trimEdges } from '../text/trim-edges.js'

const STOPWORDS: ReadonlySet<string> = new Set([...data.vie, ...data.eng])

export function isStopword(token: string): boolean {
  if (STOPWORDS.has(token)) return true
  const lower = token.toLowerCase()
  if (lower !== token && STOPWORDS.has(lower)) return true
  // Most tokens are words with no punctuation around them: nothing to trim.
  const last = lower.codePointAt(lower.length - 1) ?? 0
  const first = lower.codePointAt(0) ?? 0
  if (!isPunctuationOrSymbol(String.fromCodePoint(first)) && !isEdgeAtEnd(lower, last)) {
    return false
  }
  return STOPWORDS.has(trimEdges(lower, isPunctuationOrSymbol))
}

/** The string's last code point (a low surrogate stands for its pair) is punctuation or a symbol. */
function isEdgeAtEnd(text: string, lastUnit: number): boolean {
  const char =
    lastUnit >= 0xdc00 && lastUnit <= 0xdfff && text.length >= 2 ? text.slice(-2) : text.slice(-1)
  return isPunctuationOrSymbol(char)
}
