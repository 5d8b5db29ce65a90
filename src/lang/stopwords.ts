/** Function-word lookup shared by the line features. */
import data from '../data/stopwords.json' with { type: 'json' }

const STOPWORDS: ReadonlySet<string> = new Set([...data.vie, ...data.eng])
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu

export function isStopword(token: string): boolean {
  if (STOPWORDS.has(token)) return true
  const bare = token.replace(EDGE_PUNCTUATION, '').toLowerCase()
  return STOPWORDS.has(bare)
}
