/**
 * Letter and upper-case tests by UTF-16 unit. Latin (with Vietnamese, whose letters lie in
 * Latin-1, Latin Extended-A/B and Latin Extended Additional) is read from a table built once from
 * the Unicode properties; other scripts ask the regular expressions, as before.
 */
import { isAsciiLetter } from './ascii.js'

const LETTER = /\p{L}/u
const UPPER = /\p{Lu}/u
const IS_LETTER = 1
const IS_UPPER = 2
/** Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional. */
const LATIN = tableOf(0x80, 0x24f)
const LATIN_ADDITIONAL = tableOf(0x1e00, 0x1eff)

function tableOf(first: number, last: number): Uint8Array {
  const table = new Uint8Array(last - first + 1)
  for (let code = first; code <= last; code++) table[code - first] = classOfChar(code)
  return table
}

function classOfChar(code: number): number {
  const char = String.fromCharCode(code)
  return (LETTER.test(char) ? IS_LETTER : 0) | (UPPER.test(char) ? IS_UPPER : 0)
}

/** `IS_LETTER | IS_UPPER` bits of one UTF-16 unit (a surrogate half is neither). */
function classOf(code: number): number {
  if (code < 0x80) {
    if (!isAsciiLetter(code)) return 0
    return code <= 0x5a ? IS_LETTER | IS_UPPER : IS_LETTER
  }
  if (code <= 0x24f) return LATIN[code - 0x80] ?? 0
  if (code >= 0x1e00 && code <= 0x1eff) return LATIN_ADDITIONAL[code - 0x1e00] ?? 0
  return classOfChar(code)
}

/** Letters of `text`, and how many of them are upper case (code points, as `\p{L}` counts). */
export function countLetters(text: string): { letters: number; upper: number } {
  let letters = 0
  let upper = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      // A surrogate pair: one code point, outside the tables.
      const char = text.slice(i, i + 2)
      i++
      if (LETTER.test(char)) {
        letters++
        if (UPPER.test(char)) upper++
      }
      continue
    }
    const bits = classOf(code)
    if ((bits & IS_LETTER) !== 0) letters++
    if ((bits & IS_UPPER) !== 0) upper++
  }
  return { letters, upper }
}
