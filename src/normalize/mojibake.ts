/**
 * Rule `normalise/mojibake`, one pass: UTF-8 that a scraper read as windows-1252 or Latin-1.
 * Each UTF-8 sequence is re-encoded to its bytes and decoded strictly; a lost NBSP byte of `à`
 * (`Ã` + space) is restored only inside a word. The passes, and whether the line takes them,
 * are mojibake-repair.ts.
 */
import { westernByte } from '../decode/western.js'
import { Char, CHARS, codeAt } from './char-table.js'
import type { Replacement } from './line-state.js'

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
  i < text.length && ((CHARS[text.charCodeAt(i)] ?? 0) & Char.CONTINUATION) !== 0

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

/**
 * The C1 controls a pass may leave for the next one to consume (UTF-8 read as Western text
 * twice: `Ä` U+0090 is Đ once undone, and `ÄÂ` U+0090 is Đ twice), and those it left: the
 * starts of their sequences in the text of the pass, and their places in the text it leaves.
 */
export interface StagedControls {
  /** Starts of sequences that must not become a control. */
  refused: ReadonlySet<number> | undefined
  /** When given, only a control at one of these places of the text may become one. */
  after: ReadonlySet<number> | undefined
  starts: number[]
  places: number[]
}

/** The C1 control (U+0080–U+009F) that text[i, i + 2) encodes in UTF-8, or -1. */
function controlAt(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0xc2) return -1
  const byte = byteAt(text, i + 1)
  return byte >= 0x80 && byte <= 0x9f ? byte : -1
}

/**
 * Whether the sequence at `start` may become a C1 control; if so, it is listed, with `place`,
 * where the control will be in the text the pass leaves.
 */
function stage(staged: StagedControls, start: number, place: number): boolean {
  if (staged.refused?.has(start) === true) return false
  if (staged.after?.has(start + 1) === false) return false
  staged.starts.push(start)
  staged.places.push(place)
  return true
}

/**
 * One pass of sequence repairs over a text: every sequence, left to right, that decodes. No
 * sequence becomes a C1 control unless `staged` is given: then each one that encodes a C1
 * control and that `staged` allows does, and is listed there.
 */
export function mojibakePass(text: string, staged?: StagedControls): Replacement[] {
  const out: Replacement[] = []
  /** How much longer the replacements so far make the text (< 0: shorter). */
  let grown = 0
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i)
    // Most characters lead no sequence (sequenceAt would say so, but not inlined).
    const length = c < 0xc2 || c > 0xf4 ? 0 : sequenceAt(text, i)
    if (length === 0) {
      i++
      continue
    }
    const decoded = decodeSequenceAt(text, i, length)
    if (decoded !== undefined) {
      out.push({ start: i, end: i + length, text: decoded })
      grown += decoded.length - length
    } else if (staged !== undefined && length === 2) {
      const control = controlAt(text, i)
      if (control >= 0 && stage(staged, i, i + grown)) {
        const made = LATIN_CHARS[control] ?? ''
        out.push({ start: i, end: i + 2, text: made })
        grown += made.length - 2
      }
    }
    i += length
  }
  return out
}
