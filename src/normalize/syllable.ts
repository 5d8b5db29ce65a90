/**
 * The Vietnamese syllable model of the research notes (§3.1–3.2): initial (with `gi`, `qu`),
 * vowel nucleus, final; and where its tone mark belongs.
 */
import { ALL_VOWELS, CONSONANTS, TONE_ACUTE, TONE_DOT, TONE_NONE, vowelInfo } from './letters.js'

/** One letter of a word: lower-case base (vowels without tone), tone index, case. */
export interface Letter {
  base: string
  tone: number
  upper: boolean
}

export interface Syllable {
  letters: Letter[]
  /** Index of the first nucleus letter (the length of the initial). */
  nucleusStart: number
  /** Index after the last nucleus letter (the final starts here). */
  nucleusEnd: number
  /** The single tone of the word (0 when none). */
  tone: number
  /** Indices of the letters carrying a tone mark, as written. */
  toned: number[]
}

const INITIALS = new Set([
  '',
  ...CONSONANTS.replace('q', ''),
  'ngh',
  'ng',
  'gh',
  'gi',
  'kh',
  'nh',
  'ph',
  'th',
  'tr',
  'ch',
  'qu',
])
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'])
const STOP_FINALS = new Set(['c', 'ch', 'p', 't'])
const OPEN_NUCLEI = new Set(
  'a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi ôi ơi ua uê ui uơ ưa ưi ưu uy yu iêu yêu oai oao oay oeo uây uôi ươi ươu uya uyu'.split(
    ' ',
  ),
)
const CLOSED_NUCLEI = new Set(
  'a ă â e ê i o ô ơ u ư y iê yê oa oă oe uâ uê uô ươ uy uyê'.split(' '),
)
/** Nuclei that may precede the finals `ch` and `nh`. */
const PALATAL_NUCLEI = new Set(['a', 'ê', 'i', 'y', 'oa', 'uê', 'uy'])
const SHAPED = 'ăâêôơư'
const FRONT = 'eêiy'

/** The letter of each code unit below U+1F00 that is a Vietnamese letter (shared, never changed). */
function buildLetterTable(): (Letter | undefined)[] {
  const table: (Letter | undefined)[] = new Array<Letter | undefined>(0x1f00).fill(undefined)
  for (const char of ALL_VOWELS) table[char.charCodeAt(0)] = vowelInfo(char)
  for (const base of CONSONANTS) {
    table[base.charCodeAt(0)] = Object.freeze({ base, tone: TONE_NONE, upper: false })
    table[base.toUpperCase().charCodeAt(0)] = Object.freeze({ base, tone: TONE_NONE, upper: true })
  }
  return table
}

const LETTERS = buildLetterTable()

/**
 * Split a word into letters; undefined when it holds anything but Vietnamese letters. Any other
 * character counts as the consonant its lower case is, if that is one (the Kelvin sign K is a
 * k), as `toLowerCase` says.
 */
export function toLetters(word: string): Letter[] | undefined {
  const letters: Letter[] = []
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i)
    const known = c < 0x1f00 ? LETTERS[c] : undefined
    if (known) {
      letters.push(known)
      continue
    }
    // A surrogate half never lower-cases to a consonant, and neither does the pair it is part of.
    const char = word[i] ?? ''
    const lower = char.toLowerCase()
    if (lower.length !== 1 || !CONSONANTS.includes(lower)) return undefined
    letters.push({ base: lower, tone: TONE_NONE, upper: lower !== char })
  }
  return letters
}

const isVowelBase = (base: string): boolean => !CONSONANTS.includes(base)
const isVowel = (letter: Letter | undefined): boolean =>
  letter !== undefined && isVowelBase(letter.base)

function initialLength(letters: Letter[]): number {
  let end = 0
  while (end < letters.length && !isVowel(letters[end])) end++
  const first = letters[0]?.base
  const second = letters[1]
  // `qu` and `gi` are initials when another vowel follows (quý = qu+ý, già = gi+à).
  if (end === 1 && (first === 'q' || first === 'g') && isVowel(letters[2])) {
    if ((first === 'q' && second?.base === 'u') || (first === 'g' && second?.base === 'i')) return 2
  }
  return end
}

/** The bases of letters[from, to) as one string. */
function basesOf(letters: readonly Letter[], from: number, to: number): string {
  let out = ''
  for (let i = from; i < to; i++) out += letters[i]?.base ?? ''
  return out
}

/** Parse a word as one syllable, ignoring where its tone sits; undefined when it is not one. */
export function parseSyllable(word: string): Syllable | undefined {
  const letters = toLetters(word)
  if (!letters || letters.length === 0) return undefined
  const nucleusStart = initialLength(letters)
  let nucleusEnd = nucleusStart
  while (nucleusEnd < letters.length && isVowel(letters[nucleusEnd])) nucleusEnd++
  if (nucleusEnd === nucleusStart) return undefined
  const initial = basesOf(letters, 0, nucleusStart)
  const nucleus = basesOf(letters, nucleusStart, nucleusEnd)
  const final = basesOf(letters, nucleusEnd, letters.length)
  if (!INITIALS.has(initial) || !FINALS.has(final)) return undefined
  if (!(final === '' ? OPEN_NUCLEI : CLOSED_NUCLEI).has(nucleus)) return undefined
  if ((final === 'ch' || final === 'nh') && !PALATAL_NUCLEI.has(nucleus)) return undefined
  if (!spellingAllows(initial, nucleus)) return undefined
  const toned: number[] = []
  let tone = TONE_NONE
  for (let i = 0; i < letters.length; i++) {
    const t = letters[i]?.tone ?? TONE_NONE
    if (t === TONE_NONE) continue
    if (tone !== TONE_NONE && t !== tone) return undefined // two different tones
    tone = t
    toned.push(i)
  }
  if (STOP_FINALS.has(final) && tone !== TONE_ACUTE && tone !== TONE_DOT) return undefined
  return { letters, nucleusStart, nucleusEnd, tone, toned }
}

function spellingAllows(initial: string, nucleus: string): boolean {
  const front = FRONT.includes(nucleus[0] ?? '')
  if (initial === 'k') return front
  if (initial === 'gh' || initial === 'ngh') return front && nucleus[0] !== 'y'
  if (initial === 'c' || initial === 'ng' || initial === 'q') return !front
  if (initial === 'g') return nucleus[0] !== 'e' && nucleus[0] !== 'ê' && nucleus[0] !== 'y'
  return true
}

/** Indices (in the word) where the tone may sit; two for open `oa`, `oe`, `uy` (old, new). */
export function toneTargets(syllable: Syllable): number[] {
  const { letters, nucleusStart, nucleusEnd } = syllable
  let shaped = -1
  for (let i = nucleusStart; i < nucleusEnd; i++) {
    const base = letters[i]?.base
    if (base !== undefined && SHAPED.includes(base)) shaped = i // the last one: ươ takes it on ơ
  }
  if (shaped >= 0) return [shaped]
  const length = nucleusEnd - nucleusStart
  if (nucleusEnd < letters.length) return [nucleusEnd - 1]
  if (length === 3) return [nucleusStart + 1]
  if (length === 2 && isStyleNucleus(basesOf(letters, nucleusStart, nucleusEnd))) {
    return [nucleusStart, nucleusStart + 1]
  }
  return [nucleusStart]
}

/** The open nuclei whose tone placement differs between old and new style. */
export function isStyleNucleus(nucleus: string): boolean {
  return nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy'
}

/** Whether a syllable is an open `oa`/`oe`/`uy` one, the only kind whose style can differ. */
export function isStyleSyllable(syllable: Syllable): boolean {
  const { letters, nucleusStart, nucleusEnd } = syllable
  if (nucleusEnd !== letters.length || nucleusEnd - nucleusStart !== 2) return false
  return isStyleNucleus(basesOf(letters, nucleusStart, nucleusEnd))
}

/** The definition: a word that is a Vietnamese syllable with its tone (if any) on an allowed vowel. */
export function isWellFormedByParse(word: string): boolean {
  const syllable = parseSyllable(word)
  if (!syllable) return false
  const [only] = syllable.toned
  if (only === undefined) return true
  return syllable.toned.length === 1 && toneTargets(syllable).includes(only)
}

// The same test without building letters: each letter is a code, consonants 1–17 and vowel
// bases 18–29, plus 32 × its tone; a run of up to three letters is a number in base 32 (no
// digit is 0, so runs of different lengths never share a number), looked up in flag tables.
const LETTER_ORDER = CONSONANTS + 'aăâeêioôơuưy'
const FIRST_VOWEL = CONSONANTS.length + 1
const keyOf = (bases: string): number =>
  [...bases].reduce((key, base) => key * 32 + LETTER_ORDER.indexOf(base) + 1, 0)

/** Flags of a run of letters (an enum: written as numbers where used, char-table.ts). */
const enum Run {
  INITIAL = 1,
  FINAL = 2,
  STOP_FINAL = 4,
  PALATAL_FINAL = 8,
  OPEN = 16,
  CLOSED = 32,
  PALATAL = 64,
  STYLE = 128,
}

function buildRunFlags(): Uint8Array {
  const flags = new Uint8Array(32 * 32 * 32)
  const mark = (set: Iterable<string>, flag: number): void => {
    for (const run of set) flags[keyOf(run)] = (flags[keyOf(run)] ?? 0) | flag
  }
  mark(INITIALS, Run.INITIAL)
  mark(FINALS, Run.FINAL)
  mark(STOP_FINALS, Run.STOP_FINAL)
  mark(['ch', 'nh'], Run.PALATAL_FINAL)
  mark(OPEN_NUCLEI, Run.OPEN)
  mark(CLOSED_NUCLEI, Run.CLOSED)
  mark(PALATAL_NUCLEI, Run.PALATAL)
  mark(['oa', 'oe', 'uy'], Run.STYLE)
  return flags
}

function buildLetterCodes(): Uint8Array {
  const codes = new Uint8Array(0x1f00)
  LETTERS.forEach((letter, c) => {
    if (letter) codes[c] = LETTER_ORDER.indexOf(letter.base) + 1 + letter.tone * 32
  })
  return codes
}

const RUNS = buildRunFlags()
const LETTER_CODES = buildLetterCodes()
const SHAPED_BASE = Uint8Array.from(LETTER_ORDER, (b) => (SHAPED.includes(b) ? 1 : 0))
const FRONT_BASE = Uint8Array.from(LETTER_ORDER, (b) => (FRONT.includes(b) ? 1 : 0))
const Q = keyOf('q')
const G = keyOf('g')
const U = keyOf('u')
const I = keyOf('i')
const K = keyOf('k')
const C = keyOf('c')
const E = keyOf('e')
const EC = keyOf('ê')
const Y = keyOf('y')
const GH = keyOf('gh')
const NGH = keyOf('ngh')
const NG = keyOf('ng')

/** spellingAllows on keys: the initial's key and the first nucleus letter's base code. */
function spellingAllowsKeys(initial: number, first: number): boolean {
  const front = FRONT_BASE[first - 1] === 1
  if (initial === K) return front
  if (initial === GH || initial === NGH) return front && first !== Y
  if (initial === C || initial === NG || initial === Q) return !front
  if (initial === G) return first !== E && first !== EC && first !== Y
  return true
}

/**
 * A word that is a Vietnamese syllable with its tone (if any) on an allowed vowel: the same
 * answer as isWellFormedByParse, without allocating (test/normalize/syllable.test.ts compares
 * them). A character that is no Vietnamese letter goes the long way.
 */
export function isWellFormedSyllable(word: string): boolean {
  return isWellFormedSyllableIn(word, 0, word.length)
}

/** The base code (1–29) of the Vietnamese letter at i, 0 for any other code unit. */
const baseAt = (text: string, i: number): number => {
  const c = text.charCodeAt(i)
  return c < 0x1f00 ? (LETTER_CODES[c] ?? 0) & 31 : 0
}

/**
 * isWellFormedSyllable(text.slice(from, to)), without cutting the word out, in one pass: the
 * letters are split into initial, nucleus and final (each kept as its key) as they are read.
 */
export function isWellFormedSyllableIn(text: string, from: number, to: number): boolean {
  if (to <= from) return false
  // How many letters carry a tone mark, the last one's tone and index (a second one makes the
  // word none, but only once every letter is known).
  let tones = 0
  let tone = TONE_NONE
  let toned = -1
  // The part being read (initial, nucleus, final), each part's key and length.
  let part = Part.INITIAL
  let initial = 0
  let initialLength = 0
  let nucleus = 0
  let nucleusStart = -1
  let nucleusEnd = to
  let final = 0
  // The last vowel with a shape mark in the nucleus (ươ takes the tone on ơ).
  let shaped = -1
  // The letters so far fit no syllable (a part too long, a vowel after the final): only the
  // rest of the word's characters are still looked at (one that is no letter decides alone).
  let misfit = false
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    const code = c < 0x1f00 ? (LETTER_CODES[c] ?? 0) : 0
    if (code === 0) {
      // Not a Vietnamese letter: the word is none unless it lower-cases to a consonant (K).
      // Below U+2000 only the letters of the table do (Latin, Greek and Cyrillic case pairs
      // are fixed), and mis-decoded words are full of such characters, so they are not
      // lower-cased one by one.
      if (c < 0x2000) return false
      const lower = (text[i] ?? '').toLowerCase()
      return (
        lower.length === 1 &&
        CONSONANTS.includes(lower) &&
        isWellFormedByParse(text.slice(from, to))
      )
    }
    if (code >> 5 !== TONE_NONE) {
      tones++
      tone = code >> 5
      toned = i
    }
    if (misfit) continue
    const base = code & 31
    if (base < FIRST_VOWEL) {
      if (part === Part.INITIAL) {
        initial = initial * 32 + base
        misfit = ++initialLength > 3
      } else {
        if (part === Part.NUCLEUS) {
          part = Part.FINAL
          nucleusEnd = i
        }
        final = final * 32 + base
        misfit = to - nucleusEnd > 2
      }
    } else if (part === Part.INITIAL) {
      // `qu` and `gi` are initials when another vowel follows (quý = qu+ý, già = gi+à).
      if (
        initialLength === 1 &&
        ((initial === Q && base === U) || (initial === G && base === I)) &&
        i + 1 < to &&
        baseAt(text, i + 1) >= FIRST_VOWEL
      ) {
        initial = initial * 32 + base
        initialLength = 2
        continue
      }
      part = Part.NUCLEUS
      nucleusStart = i
      nucleus = base
      if (SHAPED_BASE[base - 1] === 1) shaped = i
    } else if (part === Part.NUCLEUS) {
      nucleus = nucleus * 32 + base
      if (SHAPED_BASE[base - 1] === 1) shaped = i
      misfit = i - nucleusStart >= 3
    } else {
      misfit = true // a vowel after the final
    }
  }
  if (misfit || part === Part.INITIAL) return false
  const finalFlags = RUNS[final] ?? 0
  const nucleusFlags = RUNS[nucleus] ?? 0
  if (((RUNS[initial] ?? 0) & Run.INITIAL) === 0 || (finalFlags & Run.FINAL) === 0) return false
  if ((nucleusFlags & (final === 0 ? Run.OPEN : Run.CLOSED)) === 0) return false
  if ((finalFlags & Run.PALATAL_FINAL) !== 0 && (nucleusFlags & Run.PALATAL) === 0) return false
  if (!spellingAllowsKeys(initial, baseAt(text, nucleusStart))) return false
  if (tones > 1) return false // two tone marks: two different tones, or a doubled one
  if ((finalFlags & Run.STOP_FINAL) !== 0 && tone !== TONE_ACUTE && tone !== TONE_DOT) return false
  if (toned < 0) return true
  // toneTargets, on codes
  if (shaped >= 0) return toned === shaped
  if (nucleusEnd < to) return toned === nucleusEnd - 1
  const length = nucleusEnd - nucleusStart
  if (length === 3) return toned === nucleusStart + 1
  if (length === 2 && (nucleusFlags & Run.STYLE) !== 0) {
    return toned === nucleusStart || toned === nucleusStart + 1
  }
  return toned === nucleusStart
}

/** The part of a syllable being read. */
const enum Part {
  INITIAL,
  NUCLEUS,
  FINAL,
}
