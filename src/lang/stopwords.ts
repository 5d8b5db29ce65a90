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
  // Most tokens are words with no punctuation around them: trimEdges gives them back as they are.
  const bare = trimEdges(token, isPunctuationOrSymbol)
  return bare !== token && STOPWORDS.has(bare)
}
