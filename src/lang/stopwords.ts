/** Function-word lookup shared by the line features. */
import data from '../data/stopwords.json' with { type: 'json' }

const STOPWORDS: ReadonlySet<string> = new Set([...data.vie, ...data.eng])
/** Longest function word, in code units: a longer word is none. */
const LONGEST = Math.max(...[...STOPWORDS].map((word) => word.length))

/**
 * The list as an open-addressing table keyed by a hash of a word's code units, so that a word of
 * a line is looked up where it stands: a set lookup needs the word sliced out (and hashes it).
 */
const SLOTS = 1024
const MASK = SLOTS - 1
const TABLE = tableOf(STOPWORDS)

function hashOf(text: string, from: number, to: number): number {
  let hash = to - from
  for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0
  return (hash ^ (hash >>> 10)) & MASK
}

function tableOf(words: ReadonlySet<string>): readonly string[] {
  const table = new Array<string>(SLOTS).fill('')
  for (const word of words) {
    if (word === '') continue
    let slot = hashOf(word, 0, word.length)
    while (table[slot] !== '') slot = (slot + 1) & MASK
    table[slot] = word
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
  for (let slot = hashOf(lower, from, to); ; slot = (slot + 1) & MASK) {
    const word = TABLE[slot] ?? ''
    if (word === '') return false
    if (word.length === length && lower.startsWith(word, from)) return true
  }
}
