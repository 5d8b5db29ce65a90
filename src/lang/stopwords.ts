/** Function-word lookup shared by the line features. */
import data from '../data/stopwords.json' with { type: 'json' }
import { isPunctuationOrSymbol, trimEdges } from '../text/trim-edges.js'

const STOPWORDS: ReadonlySet<string> = new Set([...data.vie, ...data.eng])

/**
 * A token of lower-cased text is a function word, once punctuation and symbols around it are
 * trimmed (`và,` `(của`). The list is lower case, so a lower-cased line is matched directly.
 */
export function isLowerStopword(token: string): boolean {
  if (STOPWORDS.has(token)) return true
  // Most tokens are words with no punctuation around them: nothing to trim.
  if (!hasEdgePunctuation(token)) return false
  return STOPWORDS.has(trimEdges(token, isPunctuationOrSymbol))
}

function hasEdgePunctuation(token: string): boolean {
  const first = String.fromCodePoint(token.codePointAt(0) ?? 0)
  const lastUnit = token.charCodeAt(token.length - 1)
  const pair = lastUnit >= 0xdc00 && lastUnit <= 0xdfff && token.length >= 2
  return isPunctuationOrSymbol(first) || isPunctuationOrSymbol(token.slice(pair ? -2 : -1))
}
