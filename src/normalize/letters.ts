/**
 * Vietnamese letters as data: each precomposed vowel split into its base (with shape mark)
 * and its tone, and back. Built once from NFD, never mutated.
 */

/** The twelve vowel bases, shape marks included. */
export const VOWEL_BASES = 'aăâeêioôơuưy'
/** Tone marks by tone index 1–5: huyền, sắc, hỏi, ngã, nặng (0 is the level tone). */
export const TONE_MARKS = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'] as const

export const TONE_NONE = 0
export const TONE_ACUTE = 2
export const TONE_DOT = 5

/** One vowel letter: its lower-case base (`ơ`), tone index and case. */
export interface VowelInfo {
  base: string
  tone: number
  upper: boolean
}

/** Where composeVowel finds a letter in TABLES.compose: base index, tone and case. */
const composeIndex = (b: number, tone: number, upper: boolean): number =>
  (b * TONE_MARKS.length + tone) * 2 + (upper ? 1 : 0)

function buildTables(): {
  info: ReadonlyMap<string, VowelInfo>
  compose: readonly string[]
} {
  const info = new Map<string, VowelInfo>()
  const compose: string[] = []
  for (const base of VOWEL_BASES) {
    for (let tone = 0; tone < TONE_MARKS.length; tone++) {
      for (const upper of [false, true]) {
        const letter = ((upper ? base.toUpperCase() : base) + TONE_MARKS[tone]).normalize('NFC')
        info.set(letter, { base, tone, upper })
        compose[composeIndex(VOWEL_BASES.indexOf(base), tone, upper)] = letter
      }
    }
  }
  return { info, compose }
}

const TABLES = buildTables()

/** Split a precomposed vowel; undefined for anything else. */
export function vowelInfo(char: string): VowelInfo | undefined {
  return TABLES.info.get(char)
}

/** Build the precomposed vowel for a base, tone and case. */
export function composeVowel(base: string, tone: number, upper: boolean): string {
  const b = base.length === 1 ? VOWEL_BASES.indexOf(base) : -1
  if (b < 0 || !(tone >= 0 && tone < TONE_MARKS.length) || !Number.isInteger(tone)) return base
  return TABLES.compose[composeIndex(b, tone, upper)] ?? base
}

/** Every precomposed vowel letter (both cases, all tones), as one string. */
export const ALL_VOWELS = [...TABLES.info.keys()].join('')

function vowelsWhere(test: (v: VowelInfo) => boolean): string {
  return [...TABLES.info]
    .filter(([, v]) => test(v))
    .map(([c]) => c)
    .join('')
}

/** Vowels carrying a tone mark. */
export const TONED_VOWELS = vowelsWhere((v) => v.tone !== TONE_NONE)
/** Vowels with a shape mark (ă â ê ô ơ ư), toned or not. */
export const SHAPED_VOWELS = vowelsWhere((v) => 'ăâêôơư'.includes(v.base))
/** Toned vowels without a shape mark (à é ỉ õ ụ ỳ …). */
export const TONED_PLAIN_VOWELS = vowelsWhere(
  (v) => v.tone !== TONE_NONE && 'aeiouy'.includes(v.base),
)

/** The consonant letters of the Vietnamese alphabet (lower case). */
export const CONSONANTS = 'bcdđghklmnpqrstvx'

/** Every letter a Vietnamese syllable can be written with (both cases). */
export const VIETNAMESE_LETTERS = `${ALL_VOWELS}${CONSONANTS}${CONSONANTS.toUpperCase()}`

/** Escape a string of characters for use inside a regex character class. */
export function classOf(chars: string): string {
  return [...new Set(chars)].map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('')
}
