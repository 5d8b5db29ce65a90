/**
 * Constant lookup tables for the scanners (fast-path.ts, scan.ts): one 16-bit entry per UTF-16
 * code unit holding its vowel key and its flags, and the flags of every vowel pair. They
 * implement the character classes of patterns.ts; the tests check that they agree.
 */
import { CP1252_SPECIALS } from '../decode/western.js'
import { ALL_VOWELS, VIETNAMESE_LETTERS, VOWEL_BASES, vowelInfo } from './letters.js'

/**
 * The bits of a character entry. An enum, so that the bundler writes each one as a number
 * where it is used: a module-level constant in the bundle is a variable, which the scanners'
 * optimised code would read again at every character.
 */
export const enum Char {
  /** Bits 0–6: the vowel key + 1 (base index × 6 + tone; 0 for no vowel). */
  VOWEL_KEY = 0x7f,
  /** Allowed in a clean line. */
  SAFE = 0x80,
  /** Not a character windows-1252 or Latin-1 can show. */
  NOT_WESTERN = 0x100,
  NON_ASCII = 0x200,
  /** U+00C2–U+00F4: may start a UTF-8 sequence read as Western text. */
  LEAD = 0x400,
  /** A UTF-8 continuation byte read as Western text; LEAD << 1 lands on this bit. */
  CONTINUATION = 0x800,
  SPACE = 0x1000,
  LETTER = 0x2000,
  /** A space followed by this character makes a line suspect; SPACE << 2 lands on this bit. */
  AFTER_SPACE = 0x4000,
  /** Below U+0300, a Vietnamese letter or a safe symbol: text of these alone is already NFC. */
  NFC_INERT = 0x8000,
}

/** Typographic characters common in clean news text. */
const SAFE_SYMBOLS = '“”‘’–—…•·«»°±×€£¥₫™©®§‰′″'

/** Pair flags: when a vowel pair (first, second) makes a line suspect or a style syllable. */
export const enum Pair {
  ALWAYS = 1,
  /** Suspect when a letter follows the pair. */
  BEFORE_LETTER = 2,
  /** Suspect when g precedes the pair. */
  AFTER_G = 4,
  AFTER_Q = 8,
  /** Suspect unless g precedes the pair. */
  UNLESS_G = 16,
  UNLESS_Q = 32,
  /** A style syllable when no letter follows … */
  STYLE = 64,
  /** … and no q precedes. */
  STYLE_UNLESS_Q = 128,
  SUSPECT = ALWAYS | BEFORE_LETTER | AFTER_G | AFTER_Q | UNLESS_G | UNLESS_Q,
  /** Rows and columns of the pair table: vowel keys 1–72, and 0 (no vowel) with zeros. */
  KEYS = 73,
}

function pairFlags(a: string, ta: number, b: string, tb: number): number {
  const shaped = (x: string): boolean => 'ăâêôơư'.includes(x)
  let f = 0
  if (ta > 0 && (shaped(b) || tb > 0)) f |= Pair.ALWAYS
  if (ta === 0 && shaped(a) && a !== 'ư' && tb > 0) f |= Pair.ALWAYS
  if (ta === 0 && a === 'ư' && tb > 0 && b !== 'ơ') f |= Pair.ALWAYS
  if (ta > 0 && (a === 'o' || a === 'u') && 'aey'.includes(b) && tb === 0) f |= Pair.BEFORE_LETTER
  if (ta > 0 && a === 'i') f |= Pair.AFTER_G
  if (ta > 0 && a === 'u') f |= Pair.AFTER_Q
  const tonedPlain = tb > 0 && !shaped(b)
  if (ta === 0 && a === 'i' && tonedPlain) f |= Pair.UNLESS_G
  if (ta === 0 && a === 'u' && tonedPlain && b !== 'y') f |= Pair.UNLESS_Q
  if (ta === 0 && 'aey'.includes(a) && tonedPlain) f |= Pair.ALWAYS
  if (ta === 0 && a === 'o' && tonedPlain && b !== 'a' && b !== 'e') f |= Pair.ALWAYS
  const oneTone = ta > 0 !== tb > 0
  if (oneTone && a === 'o' && (b === 'a' || b === 'e')) f |= Pair.STYLE
  if (oneTone && a === 'u' && b === 'y') f |= Pair.STYLE_UNLESS_Q
  return f
}

function buildChars(): Uint16Array {
  const chars = new Uint16Array(0x10000).fill(Char.NOT_WESTERN | Char.NON_ASCII)
  const set = (ch: string, flags: number): void => {
    const c = ch.charCodeAt(0)
    chars[c] = (chars[c] ?? 0) | flags
  }
  for (let c = 0; c < 0x100; c++) chars[c] = c < 0x80 ? 0 : Char.NON_ASCII
  for (let c = 0x20; c < 0x7f; c++) chars[c] = Char.SAFE
  for (const ch of CP1252_SPECIALS) chars[ch.charCodeAt(0)] = Char.NON_ASCII | Char.CONTINUATION
  for (let c = 0x80; c < 0xc0; c++) chars[c] = (chars[c] ?? 0) | Char.CONTINUATION
  for (let c = 0xc2; c <= 0xf4; c++) chars[c] = (chars[c] ?? 0) | Char.LEAD
  for (const ch of VIETNAMESE_LETTERS) set(ch, Char.SAFE | Char.LETTER)
  for (const ch of SAFE_SYMBOLS) set(ch, Char.SAFE)
  for (let c = 0x41; c <= 0x7a; c++) {
    if (/[A-Z]/i.test(String.fromCharCode(c))) chars[c] = (chars[c] ?? 0) | Char.LETTER
  }
  set(' ', Char.SPACE)
  for (const ch of ' ,.;:!?…') set(ch, Char.AFTER_SPACE)
  for (let c = 0; c < 0x300; c++) chars[c] = (chars[c] ?? 0) | Char.NFC_INERT
  for (const ch of VIETNAMESE_LETTERS + SAFE_SYMBOLS) set(ch, Char.NFC_INERT)
  for (const ch of ALL_VOWELS) {
    const v = vowelInfo(ch)
    if (v) set(ch, VOWEL_BASES.indexOf(v.base) * 6 + v.tone + 1)
  }
  return chars
}

/** Pair flags by (key of the previous character, key of this one); 0 when either is no vowel. */
function buildPairs(): Uint8Array {
  const pairs = new Uint8Array(Pair.KEYS * Pair.KEYS)
  for (let a = 0; a < Pair.KEYS - 1; a++) {
    for (let b = 0; b < Pair.KEYS - 1; b++) {
      const baseA = VOWEL_BASES[Math.floor(a / 6)] ?? ''
      const baseB = VOWEL_BASES[Math.floor(b / 6)] ?? ''
      pairs[(a + 1) * Pair.KEYS + b + 1] = pairFlags(baseA, a % 6, baseB, b % 6)
    }
  }
  return pairs
}

export const CHARS = buildChars()

export const PAIRS = buildPairs()

/**
 * The code unit at `i`, or -1 past either end (an out-of-range charCodeAt returns NaN, which
 * makes V8 throw away the optimised code of the loop that asked).
 */
export const codeAt = (text: string, i: number): number =>
  i >= 0 && i < text.length ? text.charCodeAt(i) : -1

export const flagsAt = (text: string, i: number): number => {
  const c = codeAt(text, i)
  return c < 0 ? 0 : (CHARS[c] ?? 0)
}

/**
 * Whether text[start, end) holds only NFC_INERT code units (below U+0300, Vietnamese letters and
 * common symbols): each is its own NFC form and none composes with its neighbour, so the text
 * is NFC as it is (test/normalize/scanners.test.ts checks every pair).
 */
export function isNfcInertIn(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (((CHARS[text.charCodeAt(i)] ?? 0) & Char.NFC_INERT) === 0) return false
  }
  return true
}

/**
 * Pair flags of the vowels at i - 1 and i (entries prev and t); 0 for most pairs. The table is
 * 0 unless both are vowels, so it is read only then: most characters of a line are not the
 * second of two vowels, and a scanner asks about every one.
 */
export const pairAt = (prev: number, t: number): number =>
  (prev & Char.VOWEL_KEY) !== 0 && (t & Char.VOWEL_KEY) !== 0
    ? (PAIRS[(prev & Char.VOWEL_KEY) * Pair.KEYS + (t & Char.VOWEL_KEY)] ?? 0)
    : 0

/** Whether the vowel pair ending at index `i` (pair flags f) is a suspect tone placement. */
export function pairSuspect(text: string, i: number, f: number): boolean {
  if (f & Pair.ALWAYS) return true
  const before = codeAt(text, i - 2) | 0x20
  if (f & Pair.AFTER_G && before === 0x67) return true
  if (f & Pair.AFTER_Q && before === 0x71) return true
  if (f & Pair.UNLESS_G && before !== 0x67) return true
  if (f & Pair.UNLESS_Q && before !== 0x71) return true
  return (f & Pair.BEFORE_LETTER) !== 0 && (flagsAt(text, i + 1) & Char.LETTER) !== 0
}

/** Whether the vowel pair ending at index `i` ends an open oa/oe/uy syllable with a tone. */
export function pairStyle(text: string, i: number, f: number): boolean {
  if ((f & (Pair.STYLE | Pair.STYLE_UNLESS_Q)) === 0 || (flagsAt(text, i + 1) & Char.LETTER) !== 0)
    return false
  return (f & Pair.STYLE) !== 0 || (codeAt(text, i - 2) | 0x20) !== 0x71
}

/**
 * Whether the continuation at `i` ends a whole UTF-8 sequence read as Western text: a lead
 * U+00C2–U+00DF, U+00E0–U+00EF or U+00F0–U+00F4 followed by one, two or three continuations.
 */
export function endsSequence(text: string, i: number): boolean {
  const lead = (back: number): number => {
    const c = codeAt(text, i - back)
    if (c < 0 || ((CHARS[c] ?? 0) & Char.LEAD) === 0) return 0
    return c <= 0xdf ? 1 : c <= 0xef ? 2 : 3
  }
  if (lead(1) === 1) return true
  if ((flagsAt(text, i - 1) & Char.CONTINUATION) === 0) return false
  if (lead(2) === 2) return true
  if ((flagsAt(text, i - 2) & Char.CONTINUATION) === 0) return false
  return lead(3) === 3
}

/** `/\s/` on one code unit: JavaScript's white space and line terminators. */
export function isWhiteSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  )
}
