/**
 * Looks up, among a page's lines, one that is `nearlySame` as a given text without comparing
 * the text with every line (which is quadratic on pages of many lines).
 *
 * Prefix filtering: order all words by how many lines use them, rarest first. Two word sets
 * with a Jaccard index of at least J share at least ⌈J·n⌉ of the n words of each, so they share
 * a word among the first n − ⌈J·n⌉ + 1 words of each (the first word of the intersection, in
 * that order). Only the lines filed under those few rare words are compared, and each such
 * comparison is the real `nearlySame` test: the index finds exactly what the full scan finds.
 *
 * Lines built to defeat the ordering (thousands of lines of the same words) could still make
 * the candidates many; a budget of comparisons per page bounds the work, and once it is spent
 * the search answers "none", so the rule keeps the line: article text is never lost to it.
 */
import { JACCARD_MIN, nearlySameWorded, wordedLine, type WordedLine } from './similarity.js'

export interface NearIndex {
  /** Some line other than the one at `except` is nearly the same as `canonical`. */
  hasNearlySame(canonical: string, except: number): boolean
  /** Whether the comparison budget ran out (later answers may have missed a match). */
  readonly exhausted: boolean
}

interface Entry extends WordedLine {
  /** First line with this canonical text, and how many lines have it. */
  first: number
  count: number
}

/** Guards the overlap bound against rounding in `shared / union ≥ J`. */
const EPSILON = 1e-9

/** Canonical texts of the lines, in line order (index = line index); `budget` comparisons. */
export function createNearIndex(canonicals: readonly string[], budget: number): NearIndex {
  const entries: Entry[] = []
  const byText = new Map<string, Entry>()
  for (const [index, text] of canonicals.entries()) {
    // An empty canonical line is nearly the same as nothing.
    if (text === '') continue
    const known = byText.get(text)
    if (known !== undefined) {
      known.count++
      continue
    }
    const entry = { ...wordedLine(text), first: index, count: 1 }
    byText.set(text, entry)
    entries.push(entry)
  }
  const frequency = new Map<string, number>()
  for (const entry of entries) {
    for (const word of entry.words) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  }
  const rarestFirst = (a: string, b: string): number =>
    (frequency.get(a) ?? 0) - (frequency.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0)
  const prefix = (words: ReadonlySet<string>): string[] => {
    const sorted = [...words].sort(rarestFirst)
    return sorted.slice(0, sorted.length - Math.ceil(JACCARD_MIN * sorted.length - EPSILON) + 1)
  }
  const postings = new Map<string, Entry[]>()
  for (const entry of entries) {
    for (const word of prefix(entry.words)) {
      const list = postings.get(word)
      if (list === undefined) postings.set(word, [entry])
      else list.push(entry)
    }
  }
  const answers = new Map<string, boolean>()
  let spent = 0
  const search = (query: WordedLine, except: number): boolean => {
    const compared = new Set<Entry>()
    for (const word of prefix(query.words)) {
      for (const entry of postings.get(word) ?? []) {
        if (compared.has(entry) || (entry.count === 1 && entry.first === except)) continue
        if (spent >= budget) return false
        spent++
        compared.add(entry)
        if (nearlySameWorded(query, entry)) return true
      }
    }
    return false
  }
  return {
    hasNearlySame(canonical, except) {
      if (canonical === '') return false
      // The answer depends on the text and on which line is left out (only through its text).
      const key = `${canonical}\n${canonicals[except] ?? ''}`
      const known = answers.get(key)
      if (known !== undefined) return known
      const answer = search(wordedLine(canonical), except)
      answers.set(key, answer)
      return answer
    },
    get exhausted() {
      return spent >= budget
    },
  }
}
