/**
 * The character patterns the normaliser tests lines against. Each is linear-time: fixed-width
 * alternatives of character classes, no nested quantifiers. TONE_SUSPECT, STYLE_HINT,
 * NEEDS_WORK and UTF8_AS_WESTERN are the definitions that the table-driven scanners
 * (fast-path.ts, mojibake.ts) follow without a regex; the tests compare the two.
 */
import { CP1252_SPECIALS } from '../decode/western.js'
import {
  ALL_VOWELS,
  classOf,
  SHAPED_VOWELS,
  TONED_PLAIN_VOWELS,
  TONED_VOWELS,
  VIETNAMESE_LETTERS,
  vowelInfo,
} from './letters.js'

const tonedOf = (bases: string): string =>
  [...TONED_VOWELS].filter((c) => bases.includes(vowelInfo(c)?.base ?? '')).join('')
const without = (chars: string, drop: string): string =>
  [...chars].filter((c) => !drop.includes(c)).join('')

const LETTER = `A-Za-z${classOf(VIETNAMESE_LETTERS.replace(/[A-Z]/gi, ''))}`
const VOWEL = classOf(ALL_VOWELS)
const TONED = classOf(TONED_VOWELS)
const SHAPED = classOf(SHAPED_VOWELS)
const TONED_PLAIN = classOf(TONED_PLAIN_VOWELS)
const TONED_O = tonedOf('o')
const TONED_OU = tonedOf('ou')

/** A UTF-8 continuation byte as windows-1252 or Latin-1 shows it. */
export const CONTINUATION = `[\\u0080-\\u00bf${CP1252_SPECIALS}]`
/** A whole UTF-8 sequence of 2–4 bytes as windows-1252 or Latin-1 shows it. */
export const UTF8_AS_WESTERN = `[\\u00c2-\\u00df]${CONTINUATION}|[\\u00e0-\\u00ef]${CONTINUATION}{2}|[\\u00f0-\\u00f4]${CONTINUATION}{3}`

/** Typographic characters common in clean news text. */
const SAFE_SYMBOLS = '“”‘’–—…•·«»°±×€£¥₫™©®§‰′″'

/**
 * Tone marks that may be misplaced (§3.3): a toned vowel before a shaped one or another toned
 * one; a shaped vowel before a toned one (except ư+ơ); toned o/u before a, e, y and a further
 * letter; a toned i of gi- or u of qu-; a plain vowel before a toned plain vowel other than in
 * open oa/oe/uy, gi- and qu-.
 */
const TONE_SUSPECT_SOURCE = [
  `[${TONED}][${SHAPED}]`,
  `[${TONED}][${TONED}]`,
  `[ăâêôơĂÂÊÔƠ][${TONED}]`,
  `[ưƯ][${classOf(without(TONED_VOWELS, tonedOf('ơ')))}]`,
  `[${classOf(TONED_OU)}][aeyAEY][${LETTER}]`,
  `[gG][${classOf(tonedOf('i'))}][${VOWEL}]`,
  `[qQ][${classOf(tonedOf('u'))}][${VOWEL}]`,
  `(?<![gG])[iI][${TONED_PLAIN}]`,
  `(?<![qQ])[uU][${classOf(without(TONED_PLAIN_VOWELS, tonedOf('y')))}]`,
  `[aAeEyY][${TONED_PLAIN}]`,
  `[oO][${classOf(without(TONED_PLAIN_VOWELS, tonedOf('ae')))}]`,
].join('|')

export const TONE_SUSPECT = new RegExp(TONE_SUSPECT_SOURCE)

/** A toned open oa/oe/uy at the end of a word: the only syllables whose style can differ. */
export const STYLE_HINT = new RegExp(
  [
    `[oO][${classOf(tonedOf('ae'))}](?![${LETTER}])`,
    `[${classOf(TONED_O)}][aeAE](?![${LETTER}])`,
    `(?<![qQ])[uU][${classOf(tonedOf('y'))}](?![${LETTER}])`,
    `(?<![qQ])[${classOf(tonedOf('u'))}][yY](?![${LETTER}])`,
  ].join('|'),
)

/**
 * Anything a clean line never holds: a character outside ASCII, Vietnamese letters and common
 * symbols; UTF-8 read as Western; a space at either end, doubled, or before punctuation; a
 * suspect tone mark.
 */
export const NEEDS_WORK = new RegExp(
  [
    `[^\\x20-\\x7e${classOf(VIETNAMESE_LETTERS.replace(/[A-Z]/gi, '') + SAFE_SYMBOLS)}]`,
    UTF8_AS_WESTERN,
    '^ | $|  | [,.;:!?…]',
    TONE_SUSPECT_SOURCE,
  ].join('|'),
)

/** A line made only of characters windows-1252 or Latin-1 can show. */
export const WESTERN_ONLY = new RegExp(`^[\\x00-\\xff${CP1252_SPECIALS}]*$`)
export const NON_ASCII = /[\u0080-\u{10ffff}]/u
export const TONED_VOWEL = new RegExp(`[${TONED}]`)
/** A chunk of text that is a URL, e-mail address, path or code: its words are left alone. */
export const CODE_LIKE = /[/\\@_=<>{}#|~^`$]|www\./
