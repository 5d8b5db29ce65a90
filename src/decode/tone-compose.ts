/**
 * NFC without String.prototype.normalize for the common case of legacy text: Windows-1258
 * writes the five Vietnamese tone marks as combining characters after their letter, and
 * normalize() on every short chunk costs more than the rest of the decoding. Only text made
 * of NFC-inert characters (char-table.ts: NFC already, and all below U+0300 or Vietnamese
 * letters and symbols, none of which composes with a starter before it) and single tone marks
 * right after a letter they compose with is handled; anything else is left to normalize().
 */
import { Char, CHARS } from '../normalize/char-table.js'
import { lazy } from '../text/lazy.js'

const TONE_MARKS = [0x300, 0x301, 0x303, 0x309, 0x323]
/** Letters composed here: below this (Latin-1 and Latin Extended-A/B, ă â ê ô ơ ư …). */
const BASES = 0x250

/**
 * Per base letter and tone mark (base * 5 + mark index), the one character NFC makes of the
 * pair; 0 when NFC leaves them two.
 */
function buildComposed(): Uint16Array {
  const composed = new Uint16Array(BASES * TONE_MARKS.length)
  for (let base = 0; base < BASES; base++) {
    TONE_MARKS.forEach((mark, k) => {
      const nfc = String.fromCharCode(base, mark).normalize('NFC')
      if (nfc.length === 1) composed[base * TONE_MARKS.length + k] = nfc.charCodeAt(0)
    })
  }
  return composed
}

const composedTable = lazy(buildComposed)

/**
 * The NFC form of the code units, composed here, or undefined when the text is not of the
 * kind described above (then the caller normalises the string). Each pair is composed alone:
 * its letter is a starter after a starter, and the character after the mark is an inert one
 * (a starter), so NFC joins nothing else to it.
 */
export function composeTones(codes: readonly number[]): number[] | undefined {
  const composed = composedTable()
  // Never longer than the input: made at its size, cut to what it holds at the end.
  const out: number[] = new Array<number>(codes.length)
  let length = 0
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i] ?? 0
    if (((CHARS[code] ?? 0) & Char.NFC_INERT) !== 0) {
      out[length++] = code
      continue
    }
    const k = TONE_MARKS.indexOf(code)
    const base = length > 0 ? (codes[i - 1] ?? 0) : -1
    // The mark must follow an inert letter (not a mark composed already) it composes with.
    if (k < 0 || base < 0 || base >= BASES || out[length - 1] !== base) return undefined
    const letter = composed[base * TONE_MARKS.length + k] ?? 0
    if (letter === 0) return undefined
    out[length - 1] = letter
  }
  out.length = length
  return out
}
