/**
 * Trim characters of one class from both ends of a string in linear time. A regex such as
 * `/[\p{P}]+$/` retries from every position of a long run of punctuation that does not reach
 * the end (quadratic on adversarial lines); a scan from each end never does.
 */
import { isWhiteSpace } from '../normalize/char-table.js'
import { isAsciiAlphanumeric } from './ascii.js'

/** Punctuation and symbols (`isEdgePunctuation`), optionally white space too. */
const PUNCTUATION_OR_SYMBOL = /^[\p{P}\p{S}]$/u
const SPACE_PUNCTUATION_OR_SYMBOL = /^[\s\p{P}\p{S}]$/u

export function isPunctuationOrSymbol(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 0x80 && char.length === 1) return isAsciiPunctuationOrSymbol(code)
  return PUNCTUATION_OR_SYMBOL.test(char)
}

export function isSpacePunctuationOrSymbol(char: string): boolean {
  const code = char.charCodeAt(0)
  if (code < 0x80 && char.length === 1) {
    return isAsciiPunctuationOrSymbol(code) || isWhiteSpace(code)
  }
  return SPACE_PUNCTUATION_OR_SYMBOL.test(char)
}

/** In ASCII, `[\p{P}\p{S}]` is every visible character but letters and digits. */
function isAsciiPunctuationOrSymbol(code: number): boolean {
  return code >= 0x21 && code <= 0x7e && !isAsciiAlphanumeric(code)
}

/** `text` without the leading and trailing code points for which `isEdge` holds. */
export function trimEdges(text: string, isEdge: (char: string) => boolean): string {
  let start = 0
  while (start < text.length) {
    const char = String.fromCodePoint(text.codePointAt(start) ?? 0)
    if (!isEdge(char)) break
    start += char.length
  }
  let end = text.length
  while (end > start) {
    const low = text.charCodeAt(end - 1)
    const width = low >= 0xdc00 && low <= 0xdfff && end - 2 >= start ? 2 : 1
    const char = text.slice(end - width, end)
    if (!isEdge(char)) break
    end -= width
  }
  return start === 0 && end === text.length ? text : text.slice(start, end)
}
