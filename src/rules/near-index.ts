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
 * Each word is numbered by its place in that order once, so a line is a sorted array of numbers:
 * its prefix is the array's head and two lines' shared words are counted by one merge.
 *
 * Lines built to defeat the ordering (thousands of lines of the same words) could still make
 * the candidates many; a budget of comparisons per page bounds the work, and once it is spent
 * the search answers "none", so the rule keeps the line: article text is never lost to it.
 */
import { comparableLengths, JACCARD_MIN, overlapsEnough } from './similarity.js'

export interface NearIndex {
  /** Some line other than the one at `except` is nearly the same as `canonical`. */
  hasNearlySame(canonical: string, except: number): boolean
  /** Whether the comparison budget ran out (later answers may have missed a match). */
  readonly exhausted: boolean
}

interface Entry {
  text: string
  /** Ranks of its distinct words (rarest first), ascending. */
  ranks: readonly number[]
  /** First line with this canonical text, and how many lines have it. */
  first: number
  count: number
  /** The last search that compared this entry (each search compares an entry once). */
  search: number
}

/** Guards the overlap bound against rounding in `shared / union ≥ J`. */
const EPSILON = 1e-9

/** Canonical texts of the lines, in line order (index = line index); `budget` comparisons. */
export function createNearIndex(canonicals: readonly string[], budget: number): NearIndex {
  // Distinct texts, their words numbered in order of first use, and each word's line count.
  const byText = new Map<string, { first: number; count: number; words: number[] }>()
  const numbers = new Map<string, number>()
  const frequency: number[] = []
  /** For each word number, the last call of `distinctNumbers` that met it (to skip repeats). */
  const met: number[] = []
  let calls = 0
  const distinct = (text: string, add: boolean): number[] =>
    distinctNumbers(text, numbers, add, met, calls++)
  for (const [index, text] of canonicals.entries()) {
    // An empty canonical line is nearly the same as nothing.
    if (text === '') continue
    const known = byText.get(text)
    if (known !== undefined) {
      known.count++
      continue
    }
    const words = distinct(text, true)
    for (const word of words) frequency[word] = (frequency[word] ?? 0) + 1
    byText.set(text, { first: index, count: 1, words })
  }
  // rank[number]: the word's place, rarest first (ties in order of first use).
  const order = frequency.map((_, word) => word)
  order.sort((a, b) => (frequency[a] ?? 0) - (frequency[b] ?? 0) || a - b)
  const rank: number[] = new Array<number>(order.length)
  for (const [place, word] of order.entries()) rank[word] = place
  const toRanks = (words: readonly number[]): number[] =>
    words.map((word) => rank[word] ?? 0).sort((a, b) => a - b)

  const postings: Entry[][] = []
  for (const [text, { first, count, words }] of byText) {
    const entry: Entry = { text, ranks: toRanks(words), first, count, search: -1 }
    const length = prefixLength(entry.ranks.length)
    for (let i = 0; i < length; i++) (postings[entry.ranks[i] ?? 0] ??= []).push(entry)
  }

  const answers = new Map<string, boolean>()
  let spent = 0
  let searches = 0
  /** `canonical` (known words as ranks, `unknown` words no line has) against the lines. */
  const search = (canonical: string, except: number): boolean => {
    const query = distinct(canonical, false)
    const unknown = query.filter((word) => word === -1).length
    const ranks = toRanks(query.filter((word) => word !== -1))
    const size = ranks.length + unknown
    // Unknown words are the rarest of all (used by no line): they take the head of the prefix.
    const length = prefixLength(size) - unknown
    const id = searches++
    for (let i = 0; i < length; i++) {
      for (const entry of postings[ranks[i] ?? 0] ?? []) {
        if (entry.search === id || (entry.count === 1 && entry.first === except)) continue
        if (spent >= budget) return false
        spent++
        entry.search = id
        if (entry.text === canonical) return true
        if (!comparableLengths(canonical, entry.text)) continue
        const shared = sharedCount(ranks, entry.ranks)
        if (overlapsEnough(shared, size, entry.ranks.length)) return true
      }
    }
    return false
  }
  return {
    hasNearlySame(canonical, except) {
      // Once the budget is spent every answer is "none": skip the work of asking.
      if (canonical === '' || spent >= budget) return false
      // The answer depends on the text and on which line is left out (only through its text).
      const key = `${canonical}\n${canonicals[except] ?? ''}`
      const known = answers.get(key)
      if (known !== undefined) return known
      const answer = search(canonical, except)
      answers.set(key, answer)
      return answer
    },
    get exhausted() {
      return spent >= budget
    },
  }
}

/** How many of a line's `size` words (rarest first) one of its near-duplicates must share. */
function prefixLength(size: number): number {
  return size - Math.ceil(JACCARD_MIN * size - EPSILON) + 1
}

/**
 * The numbers of the distinct words of `canonical`; a word not numbered yet gets the next
 * number when `add`, else -1 (one -1 per such distinct word). `met[n] === call` marks a number
 * this call has already taken (no set to build for each line).
 */
function distinctNumbers(
  canonical: string,
  numbers: Map<string, number>,
  add: boolean,
  met: number[],
  call: number,
): number[] {
  const out: number[] = []
  let unknown: Set<string> | null = null
  for (const word of canonical.split(' ')) {
    let number = numbers.get(word)
    if (number === undefined && add) {
      number = numbers.size
      numbers.set(word, number)
    }
    if (number === undefined) {
      unknown ??= new Set()
      if (!unknown.has(word)) out.push(-1)
      unknown.add(word)
    } else if (met[number] !== call) {
      met[number] = call
      out.push(number)
    }
  }
  return out
}

/** Values two ascending arrays of distinct numbers have in common. */
function sharedCount(a: readonly number[], b: readonly number[]): number {
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0
    const y = b[j] ?? 0
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}
