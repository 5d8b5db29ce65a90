/**
 * Rule `normalise/mojibake`: UTF-8 that a scraper read as windows-1252 or Latin-1, once or
 * twice. Each UTF-8 sequence is re-encoded to its bytes and decoded strictly; a lost NBSP byte
 * of `à` (`Ã` + space) is restored only inside a word. The line is repaired only when this
 * lowers its count of non-Vietnamese words without losing a valid one.
 */
import { scoreVietnamese, validShare, type VietnameseScore } from '../decode/score.js'
import { fromCodes } from '../decode/codes.js'
import { westernByte } from '../decode/western.js'
import { CHARS, codeAt, CONTINUATION } from './char-table.js'
import type { Replacement } from './line-state.js'

const MAX_PASSES = 3
const LETTER_BEFORE = /\p{L}$/u

/**
 * Whether a code point may come out of a repair: Latin, combining marks, Greek and Cyrillic,
 * Vietnamese, punctuation and symbols, CJK and Hangul, emoji. Never a C1 control, and not the
 * scripts (Hebrew … NKo) whose two-byte codes mis-decoded Vietnamese so often spells by chance.
 */
function isPlausible(code: number): boolean {
  return (
    (code >= 0x00a0 && code <= 0x024f) ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x0370 && code <= 0x052f) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2000 && code <= 0x2bff) ||
    (code >= 0x3000 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0x1f000 && code <= 0x1faff)
  )
}

/**
 * The characters most repairs give, as strings made once: Latin-1, Latin Extended-A/B (ă đ ơ
 * ư) and Latin Extended Additional (ạ … ỹ). A line repairs one character per letter, and a
 * fresh string for each would be most of what the repair allocates.
 */
const LATIN_CHARS: readonly string[] = Array.from({ length: 0x250 }, (_, c) =>
  String.fromCharCode(c),
)
const VIETNAMESE_CHARS: readonly string[] = Array.from({ length: 0x100 }, (_, c) =>
  String.fromCharCode(0x1e00 + c),
)

function charOf(code: number): string {
  const common = code < 0x250 ? LATIN_CHARS[code] : VIETNAMESE_CHARS[code - 0x1e00]
  return common ?? String.fromCodePoint(code)
}

/** The byte behind a character of a sequence; a space stands for the NBSP byte a scraper lost. */
const byteAt = (sequence: string, i: number): number => {
  const code = sequence.charCodeAt(i)
  return code === 0x20 ? 0xa0 : westernByte(code)
}

/**
 * The character a sequence of UTF-8 bytes read as Western text stands for, if the bytes are
 * one whole, well-formed UTF-8 sequence (as a strict decoder takes it: no overlong form, no
 * surrogate, nothing above U+10FFFF) and the character is plausible.
 */
export function decodeSequence(sequence: string): string | undefined {
  return decodeSequenceAt(sequence, 0, sequence.length)
}

/** decodeSequence of text[start, start + count), read in place (no slice per sequence). */
function decodeSequenceAt(text: string, start: number, count: number): string | undefined {
  const lead = byteAt(text, start)
  let length: number
  let low = 0x80
  let high = 0xbf
  if (lead >= 0xc2 && lead <= 0xdf) length = 2
  else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3
    if (lead === 0xe0) low = 0xa0
    if (lead === 0xed) high = 0x9f
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4
    if (lead === 0xf0) low = 0x90
    if (lead === 0xf4) high = 0x8f
  } else return undefined
  if (count !== length) return undefined
  let code = lead & (0x7f >> length)
  for (let i = 1; i < length; i++) {
    const byte = byteAt(text, start + i)
    if (byte < (i === 1 ? low : 0x80) || byte > (i === 1 ? high : 0xbf)) return undefined
    code = (code << 6) | (byte & 0x3f)
  }
  return isPlausible(code) ? charOf(code) : undefined
}

const isContinuation = (text: string, i: number): boolean =>
  i < text.length && ((CHARS[text.charCodeAt(i)] ?? 0) & CONTINUATION) !== 0

/**
 * The length of the sequence starting at `i`, 0 if none: the matches of
 * `UTF8_AS_WESTERN|(?<=\p{L})\u00c3 |\u00e1\u00ba ` (patterns.ts; global, unicode), tried in
 * that order: a lead U+00C2–U+00DF, U+00E0–U+00EF or U+00F0–U+00F4 and one, two or three
 * continuations; `Ã` and a space after a letter; `áº` and a space.
 */
function sequenceAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c < 0xc2 || c > 0xf4) return 0
  const count = c <= 0xdf ? 1 : c <= 0xef ? 2 : 3
  let k = 1
  while (k <= count && isContinuation(text, i + k)) k++
  if (k > count) return count + 1
  if (c === 0xc3 && codeAt(text, i + 1) === 0x20 && i > 0) {
    return LETTER_BEFORE.test(text.slice(Math.max(0, i - 2), i)) ? 2 : 0
  }
  if (c === 0xe1 && codeAt(text, i + 1) === 0xba && codeAt(text, i + 2) === 0x20) return 3
  return 0
}

/** One pass of sequence repairs over a text: every sequence, left to right, that decodes. */
export function mojibakePass(text: string): Replacement[] {
  const out: Replacement[] = []
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i)
    // Most characters lead no sequence (sequenceAt would say so, but not inlined).
    const length = c < 0xc2 || c > 0xf4 ? 0 : sequenceAt(text, i)
    if (length === 0) {
      i++
      continue
    }
    const decoded = decodeSequenceAt(text, i, length)
    if (decoded !== undefined) out.push({ start: i, end: i + length, text: decoded })
    i += length
  }
  return out
}

function applyAll(text: string, replacements: readonly Replacement[]): string {
  // Built code by code and made a flat string once (it is scanned, scored, right away): the
  // pieces between sequences are mostly a letter or two, and a slice for each, joined, cost
  // more than copying their code units.
  let length = text.length
  for (const r of replacements) length += r.text.length - (r.end - r.start)
  // Made at its size (no growing as it fills).
  const codes: number[] = new Array<number>(length)
  let at = 0
  let cursor = 0
  for (const r of replacements) {
    for (let i = cursor; i < r.start; i++) codes[at++] = text.charCodeAt(i)
    for (let i = 0; i < r.text.length; i++) codes[at++] = r.text.charCodeAt(i)
    cursor = r.end
  }
  for (let i = cursor; i < text.length; i++) codes[at++] = text.charCodeAt(i)
  return fromCodes(codes)
}

export interface MojibakeRepair {
  /**
   * The replacements of each pass, each made on the text the previous ones left; none when the
   * repair is not accepted.
   */
  passes: Replacement[][]
  /** The text each pass leaves. */
  results: string[]
  /** Share of valid Vietnamese words after the repair (-1 when it is not accepted). */
  share: number
  /** The score of the line before the repair. */
  before: VietnameseScore
}

/**
 * The passes that repair the line; undefined when no sequence decodes. A repair that is not
 * accepted has no passes, and still the line's score (worked out to judge it), which the
 * legacy repair would otherwise work out again.
 */
export function mojibakeRepair(text: string): MojibakeRepair | undefined {
  let current = text
  const passes: Replacement[][] = []
  const results: string[] = []
  while (passes.length < MAX_PASSES) {
    const replacements = mojibakePass(current)
    if (replacements.length === 0) break
    current = applyAll(current, replacements)
    passes.push(replacements)
    results.push(current)
  }
  if (passes.length === 0) return undefined
  const before = scoreVietnamese(text)
  const after = scoreVietnamese(current)
  if (after.invalid >= before.invalid || after.valid < before.valid) {
    return { passes: [], results: [], share: -1, before }
  }
  return { passes, results, share: validShare(after), before }
}
