/**
 * Unicode classes of one UTF-16 code unit, read from one table of all 65,536: the ranges
 * Vietnamese text lives in (ASCII, Latin-1, Latin Extended-A/B, Latin Extended Additional,
 * General Punctuation and currency signs) are computed from the Unicode properties when the
 * module loads, any other code unit the first time it is met. A surrogate half is in no class:
 * a caller reads a pair as one code point (`classOfCodePoint`).
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

/** The ranges computed when the module loads: [first, last] code units. */
const RANGES: readonly (readonly [number, number])[] = [
  [0x0000, 0x024f],
  [0x1e00, 0x1eff],
  [0x2000, 0x20cf],
]
/** A code unit whose class is not in the table yet. */
const UNKNOWN = 0x80
/**
 * The class of every code unit, one read per character: the ranges above (Latin, Vietnamese,
 * general punctuation) filled when the module loads, any other code unit the first time it is
 * asked for (all 65,536 at once would cost ~30 ms of start-up), surrogate halves 0. An entry,
 * once filled, never changes: the table is a constant that is built as it is read.
 */
const TABLE = buildTable()

function buildTable(): Uint8Array {
  const table = new Uint8Array(0x10000).fill(UNKNOWN)
  for (const [first, last] of RANGES) {
    for (let code = first; code <= last; code++) table[code] = computeClass(code)
  }
  table.fill(0, 0xd800, 0xe000)
  return table
}

/** The class bits of a code point, from the regular expressions. */
function computeClass(codePoint: number): number {
  const char = String.fromCodePoint(codePoint)
  let bits = 0
  for (const [pattern, bit] of TESTS) if (pattern.test(char)) bits |= bit
  return bits
}

/** The class bits of one UTF-16 code unit (0 for a surrogate half). */
export function classOfUnit(code: number): number {
  const bits = TABLE[code] ?? 0
  if (bits !== UNKNOWN) return bits
  const computed = computeClass(code)
  TABLE[code] = computed
  return computed
}

/** The class bits of any code point (a pair of surrogates read as one). */
export function classOfCodePoint(codePoint: number): number {
  return codePoint <= 0xffff ? classOfUnit(codePoint) : computeClass(codePoint)
}
