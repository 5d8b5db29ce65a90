/** Function-word lookup shared by the line features. */
import data from '../data/stopwords.json' with { type: 'json' }
import { isPunctuationOrSymbol, trimEdges } from '../text/trim-edges.js'

const STOPWORDS: ReadonlySet<string> = new Set([...data.vie, ...data.eng])

export function isStopword(token: string): boolean {
  if (STOPWORDS.has(token)) return true
  const bare = trimEdges(token, isPunctuationOrSymbol).toLowerCase()
  return STOPWORDS.has(bare)
}
