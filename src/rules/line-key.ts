/**
 * The key a line is matched on: lower case, without list markers, numbers, edge punctuation,
 * or the second copy of a doubled label (`Khách Khách 875` → `khách`).
 */
import { PUNCTUATION_OR_SYMBOL, SPACE } from '../text/char-class.js'
import { trimEdges } from '../text/trim-edges.js'
const NUMERIC_TOKEN = /^[([]?[+-]?\d[\d.,:/]*[)\]]?%?$/u
/** A token made only of these is a list marker or a separator (all in the BMP). */
const BULLET_CHARS = '•·▪●○◦■□►▶✓✔*+-–—>»|'
const BULLET_CODES: ReadonlySet<number> = new Set(
  [...BULLET_CHARS].map((char) => char.charCodeAt(0)),
)

export interface LineKey {
  key: string
  hasNumber: boolean
}

export function lineKey(text: string): LineKey {
  const lower = text.toLowerCase()
  const words: string[] = []
  let hasNumber = false
  // Tokens between single spaces, sliced out only when they are words (most are).
  for (let start = 0; start <= lower.length;) {
    let end = lower.indexOf(' ', start)
    if (end === -1) end = lower.length
    if (end > start) {
      const first = lower.charCodeAt(start)
      if (!mayBeMarkerOrNumber(first)) words.push(lower.slice(start, end))
      else {
        const token = lower.slice(start, end)
        if (NUMERIC_TOKEN.test(token)) hasNumber = true
        else if (!isBulletToken(token)) words.push(token)
      }
    }
    start = end + 1
  }
  const undoubled = removeDoubledPrefix(words)
  return { key: trimEdges(undoubled.join(' '), SPACE | PUNCTUATION_OR_SYMBOL), hasNumber }
}

/**
 * A token opening with this code unit may be a number (`NUMERIC_TOKEN`: a bracket, a sign or a
 * digit first) or a list marker (`BULLET_CHARS`); one opening with anything else is a word.
 */
function mayBeMarkerOrNumber(code: number): boolean {
  if (code >= 0x30 && code <= 0x39) return true
  if (code === 0x28 || code === 0x5b) return true
  return BULLET_CODES.has(code)
}

/** Length of a label that is immediately repeated at the start: `a b a b c` → 2; 0 when none. */
export function doubledPrefixLength(tokens: readonly string[], maxLength = 8): number {
  const limit = Math.min(maxLength, Math.floor(tokens.length / 2))
  for (let size = limit; size >= 1; size--) {
    let same = true
    for (let i = 0; i < size && same; i++) same = tokens[i] === tokens[size + i]
    if (same) return size
  }
  return 0
}

function removeDoubledPrefix(tokens: string[]): string[] {
  const size = doubledPrefixLength(tokens)
  return size === 0 ? tokens : [...tokens.slice(0, size), ...tokens.slice(size * 2)]
}

/** Scanned, not matched by `/^[…]+$/u`: V8 overflows its stack on a token of megabytes. */
export function isBulletToken(token: string): boolean {
  for (let i = 0; i < token.length; i++) if (!BULLET_CHARS.includes(token.charAt(i))) return false
  return token.length > 0
}
