/** Function-word lookup shared by the line features. */
import data from '../data/stopwords.json' with { type: 'json' }
import {
  addRange,
  createRangeTable,
  findRange,
  hashOfRange,
  type RangeTable,
} from '../text/range-table.js'

const STOPWORDS: ReadonlySet<string> = new Set([...data.vie, ...data.eng])
/** Longest function word, in code units: a longer word is none. */
const LONGEST = Math.max(...[...STOPWORDS].map((word) => word.length))

/**
 * The list as a table looked up by a range of a line (range-table.ts), so that a word of a line
 * is looked up where it stands: a set lookup needs the word sliced out (and hashes it).
 */
const TABLE = tableOf(STOPWORDS)

function tableOf(words: ReadonlySet<string>): RangeTable<true> {
  const table = createRangeTable<true>(Infinity)
  for (const word of words) {
    if (word === '') continue
    const hash = hashOfRange(word, 0, word.length)
    addRange(table, findRange(table, word, 0, word.length, hash), word, hash, true)
  }
  return table
}

/**
 * `lower.slice(from, to)`, a word of lower-cased text with the punctuation around it trimmed
 * (`edgeTrimmedRange`), is a function word. The list is lower case and has no punctuation, so a
 * lower-cased line is matched directly.
 */
export function isLowerStopwordIn(lower: string, from: number, to: number): boolean {
  const length = to - from
  if (length <= 0 || length > LONGEST) return false
  const slot = findRange(TABLE, lower, from, to, hashOfRange(lower, from, to))
  return TABLE.keys[slot] !== undefined
}
