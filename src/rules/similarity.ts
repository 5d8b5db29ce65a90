/** Canonical forms and near-duplicate tests for lines (captions printed twice, retyped names). */
import { removePhotoCredits } from './photo-credit.js'
import { foldSpellings } from './spellings.js'
import { classOfCodePoint, classOfUnit, LETTER, NUMBER } from '../text/char-class.js'

/** `[\p{L}\p{N}]` */
const WORD = LETTER | NUMBER

/** Lower case, credits and punctuation gone, known spellings of a name folded together. */
export function canonicalLine(text: string): string {
  return canonicalOfLower(text.toLowerCase())
}

/** `canonicalLine` of a text already in lower case. */
export function canonicalOfLower(text: string): string {
  return wordsOf(foldSpellings(removePhotoCredits(text)))
}

/**
 * The runs of letters and digits of `text`, joined by single spaces. Words already apart by one
 * space are copied as one piece (most of a line), so only the other separators cut the text.
 */
function wordsOf(text: string): string {
  let out = ''
  /** The current piece: from `start` to `end`, the end of its last word; -1 before any word. */
  let start = -1
  let end = -1
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let width = 1
    let bits: number
    if (code < 0xd800 || code > 0xdbff) bits = classOfUnit(code)
    else {
      // A surrogate pair is one code point, a letter or not.
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) width = 2
      bits = width === 2 ? classOfCodePoint(text.codePointAt(i) ?? code) : 0
    }
    if ((bits & WORD) !== 0) {
      if (start === -1) start = i
      else if (end < i && !(i === end + 1 && text.charCodeAt(end) === 0x20)) {
        out = out === '' ? text.slice(start, end) : `${out} ${text.slice(start, end)}`
        start = i
      }
      end = i + width
    }
    i += width - 1
  }
  if (start === -1) return out
  return out === '' ? text.slice(start, end) : `${out} ${text.slice(start, end)}`
}

/** Share of their distinct words two nearly-same lines have in common (Jaccard index), at least. */
export const JACCARD_MIN = 0.8
/** Shortest length of two nearly-same canonical lines, as a share of the longest, at least. */
export const LENGTH_RATIO_MIN = 0.7

/**
 * Two canonical lines that say the same thing: equal, or sharing nearly all their words (listed
 * by `words`: `distinctWords`, or a function that remembers what it gave).
 */
export function nearlySame(
  a: string,
  b: string,
  words: (canonical: string) => DistinctWords = distinctWords,
): boolean {
  if (a === b) return a !== ''
  if (!comparableLengths(a, b)) return false
  return sharesNearlyAllWords(words(a), words(b))
}

export function comparableLengths(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length)
  const longer = Math.max(a.length, b.length)
  return longer > 0 && shorter / longer >= LENGTH_RATIO_MIN
}

/** Up to this many comparisons, lists are searched directly: no set to build (most lines). */
const DIRECT_COMPARISONS_MAX = 1024

function sharesNearlyAllWords(a: DistinctWords, b: DistinctWords): boolean {
  const sizeA = a.list.length
  const sizeB = b.list.length
  const inB = b.set ?? (sizeA * sizeB <= DIRECT_COMPARISONS_MAX ? null : new Set(b.list))
  let shared = 0
  let missed = 0
  for (const word of a.list) {
    if (inB === null ? b.list.includes(word) : inB.has(word)) shared++
    // Even if every word left were shared, too few would be: most pairs of lines stop here.
    else if (!overlapsEnough(sizeA - ++missed, sizeA, sizeB)) return false
  }
  return overlapsEnough(shared, sizeA, sizeB)
}

/**
 * Two lines of `a` and `b` distinct words, `shared` of them in common, share nearly all their
 * words (Jaccard index at least JACCARD_MIN).
 */
export function overlapsEnough(shared: number, a: number, b: number): boolean {
  const union = a + b - shared
  return union > 0 && shared / union >= JACCARD_MIN
}

/** The distinct words of a line, in order of first use, and as a set when there are many. */
export interface DistinctWords {
  readonly list: readonly string[]
  /** For a line of many words, whose list would be slow to search (kept with the list). */
  readonly set: ReadonlySet<string> | null
}

/** The distinct words of a canonical line. */
export function distinctWords(canonical: string): DistinctWords {
  const words = canonical.split(' ')
  if (words.length * words.length > DIRECT_COMPARISONS_MAX) {
    const set = new Set(words)
    return { list: [...set], set }
  }
  const list: string[] = []
  for (const word of words) if (!list.includes(word)) list.push(word)
  return { list, set: null }
}
