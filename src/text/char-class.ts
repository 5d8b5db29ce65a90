/**
 * Unicode classes of one UTF-16 code unit, read from a table over the ranges Vietnamese text
 * lives in (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional, General Punctuation
 * and currency signs), built once from the Unicode properties; other code units ask the
 * regular expressions. A surrogate half is in no class: a caller reads a pair as one code point
 * (`classOfCodePoint`).
 */

/** `\p{L}` */
export const LETTER = 1
/** `\p{Lu}` */
export const UPPER = 2
/** `\p{N}` */
export const NUMBER = 4
/** `[\p{P}\p{S}]` */
export const PUNCTUATION_OR_SYMBOL = 8
/** `\s` */
export const SPACE = 16

const TESTS: readonly (readonly [RegExp, number])[] = [
  [/^\p{L}$/u, LETTER],
  [/^\p{Lu}$/u, UPPER],
  [/^\p{N}$/u, NUMBER],
  [/^[\p{P}\p{S}]$/u, PUNCTUATION_OR_SYMBOL],
  [/^\s$/u, SPACE],
]

/** The ranges of the table: [first, last] code units. */
const RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x1e00, 0x1eff],
  [0x2000, 0x20cf],
]
const TABLES = RANGES.map(([first, last]) => {
  const table = new Uint8Array(last - first + 1)
  for (let code = first; code <= last; code++) table[code - first] = computeClass(code)
  return table
})
const [BASIC, ADDITIONAL, PUNCTUATION] = TABLES as [Uint8Array, Uint8Array, Uint8Array]

/** The class bits of a code point, from the regular expressions. */
function computeClass(codePoint: number): number {
  const char = String.fromCodePoint(codePoint)
  let bits = 0
  for (const [pattern, bit] of TESTS) if (pattern.test(char)) bits |= bit
  return bits
}

/** The class bits of one UTF-16 code unit (0 for a surrogate half). */
export function classOfUnit(code: number): number {
  if (code <= 0x24f) return BASIC[code] ?? 0
  if (code >= 0x1e00 && code <= 0x1eff) return ADDITIONAL[code - 0x1e00] ?? 0
  if (code >= 0x2000 && code <= 0x20cf) return PUNCTUATION[code - 0x2000] ?? 0
  if (code >= 0xd800 && code <= 0xdfff) return 0
  return computeClass(code)
}

/** The class bits of any code point (a pair of surrogates read as one). */
export function classOfCodePoint(codePoint: number): number {
  return codePoint <= 0xffff ? classOfUnit(codePoint) : computeClass(codePoint)
}
