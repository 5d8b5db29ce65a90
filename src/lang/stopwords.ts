/** Function-word lookup shared by the line features. */
import data from '../data/stopwords.json' with { type: 'json' }

const STOPWORDS: ReadonlySet<string> = new Set([...data.vie, ...data.eng])
/** Longest function word, in code units: a longer word is none (most words of a line). */
const LONGEST = Math.max(...[...STOPWORDS].map((word) => word.length))

/**
 * `lower.slice(from, to)`, a word of lower-cased text with the punctuation around it trimmed
 * (`edgeTrimmedRange`), is a function word. The list is lower case and has no punctuation, so a
 * lower-cased line is matched directly; only a word short enough to be on the list is sliced.
 */
export function isLowerStopwordIn(lower: string, from: number, to: number): boolean {
  return to - from <= LONGEST && STOPWORDS.has(lower.slice(from, to))
}
