/**
 * The Vietnamese syllable model of the research notes (§3.1–3.2): initial (with `gi`, `qu`),
 * vowel nucleus, final; and where its tone mark belongs.
 */
import { CONSONANTS, TONE_ACUTE, TONE_DOT, TONE_NONE, vowelInfo } from './letters.js'

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

/** Split a word into letters; undefined when it holds anything but Vietnamese letters. */
export function toLetters(word: string): Letter[] | undefined {
  const letters: Letter[] = []
  for (const char of word) {
    const vowel = vowelInfo(char)
    if (vowel) {
      letters.push(vowel)
      continue
    }
    const lower = char.toLowerCase()
    if (lower.length !== 1 || !CONSONANTS.includes(lower)) return undefined
    letters.push({ base: lower, tone: TONE_NONE, upper: lower !== char })
  }
  return letters
}

const isVowel = (letter: Letter | undefined): boolean =>
  letter !== undefined && !CONSONANTS.includes(letter.base)

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

/** Parse a word as one syllable, ignoring where its tone sits; undefined when it is not one. */
export function parseSyllable(word: string): Syllable | undefined {
  const letters = toLetters(word)
  if (!letters || letters.length === 0) return undefined
  const nucleusStart = initialLength(letters)
  let nucleusEnd = nucleusStart
  while (nucleusEnd < letters.length && isVowel(letters[nucleusEnd])) nucleusEnd++
  if (nucleusEnd === nucleusStart) return undefined
  const bases = letters.map((l) => l.base)
  const initial = bases.slice(0, nucleusStart).join('')
  const nucleus = bases.slice(nucleusStart, nucleusEnd).join('')
  const final = bases.slice(nucleusEnd).join('')
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
  const nucleus = letters.slice(nucleusStart, nucleusEnd).map((l) => l.base)
  let shaped = -1
  nucleus.forEach((base, i) => {
    if (SHAPED.includes(base)) shaped = i // the last one: ươ takes it on ơ
  })
  const at = (i: number): number => nucleusStart + i
  if (shaped >= 0) return [at(shaped)]
  if (nucleusEnd < letters.length) return [at(nucleus.length - 1)]
  if (nucleus.length === 3) return [at(1)]
  if (nucleus.length === 2) {
    return isStyleNucleus(nucleus.join('')) ? [at(0), at(1)] : [at(0)]
  }
  return [at(0)]
}

/** The open nuclei whose tone placement differs between old and new style. */
export function isStyleNucleus(nucleus: string): boolean {
  return nucleus === 'oa' || nucleus === 'oe' || nucleus === 'uy'
}

/** Whether a syllable is an open `oa`/`oe`/`uy` one, the only kind whose style can differ. */
export function isStyleSyllable(syllable: Syllable): boolean {
  const { letters, nucleusStart, nucleusEnd } = syllable
  if (nucleusEnd !== letters.length || nucleusEnd - nucleusStart !== 2) return false
  return isStyleNucleus(
    letters
      .slice(nucleusStart, nucleusEnd)
      .map((l) => l.base)
      .join(''),
  )
}

/** A word that is a Vietnamese syllable with its tone (if any) on an allowed vowel. */
export function isWellFormedSyllable(word: string): boolean {
  const syllable = parseSyllable(word)
  if (!syllable) return false
  if (syllable.toned.length === 0) return true
  return syllable.toned.length === 1 && toneTargets(syllable).includes(syllable.toned[0] ?? -1)
}
