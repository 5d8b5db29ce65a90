/**
 * Rules `normalise/invisible`, `normalise/space` and `normalise/punctuation-space`.
 */
import { Char, CHARS, codeAt, isWhiteSpace } from './char-table.js'
import type { Replacement } from './line-state.js'
import { replacementsOf } from './line-state.js'

/**
 * Zero-width space, word joiner and BOM anywhere; ZWNJ and ZWJ between Latin letters (a ZWJ
 * between emoji is kept); soft hyphens between letters.
 */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]+/g
const ZERO_WIDTH_HINT = /[\u200b\u2060\ufeff]/
const BETWEEN_LETTERS =
  /(?<=[\p{Script=Latin}\p{M}])[\u200c\u200d]+(?=\p{Script=Latin})|(?<=[\p{L}\p{M}])\u00ad+(?=\p{L})/gu
export const INVISIBLE_HINT = /[\u200b-\u200d\u2060\ufeff\u00ad]/

/** Zero-width space, word joiner and BOM: removed wherever they are (run this first). */
export function zeroWidthReplacements(text: string): Replacement[] {
  if (!ZERO_WIDTH_HINT.test(text)) return []
  return replacementsOf(text, ZERO_WIDTH, () => '')
}

/** ZWNJ and ZWJ between Latin letters, soft hyphens between letters. */
export function betweenLettersReplacements(text: string): Replacement[] {
  return replacementsOf(text, BETWEEN_LETTERS, () => '')
}

/**
 * Horizontal spaces: tab, NBSP, the U+2000 block, narrow/medium NBSP, ideographic space. Tested
 * in an order that settles an ASCII character in two comparisons (every character is asked).
 */
const isHorizontalSpace = (c: number): boolean =>
  c <= 0x20
    ? c === 0x20 || c === 0x09
    : c >= 0xa0 &&
      (c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && (c <= 0x200a || c === 0x202f || c === 0x205f || c === 0x3000)))

/**
 * Every run of spaces becomes one plain space; at either end of the line, nothing. (The runs
 * are the matches of `/[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g`; a lone U+0020
 * inside the line is already right.)
 */
export function spaceReplacements(text: string): Replacement[] {
  const out: Replacement[] = []
  const n = text.length
  for (let i = 0; i < n;) {
    if (!isHorizontalSpace(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    let plain = true
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      if (!isHorizontalSpace(c)) break
      if (c !== 0x20) plain = false
    }
    if (start === 0 || i === n) out.push({ start, end: i, text: '' })
    else if (!plain || i - start > 1) out.push({ start, end: i, text: ' ' })
  }
  return out
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u

/** Whether the code point that ends at index i is a letter or a mark (`[\p{L}\p{M}]`). */
function letterOrMarkEndsAt(text: string, i: number): boolean {
  if (i < 0) return false
  const c = text.charCodeAt(i)
  if (((CHARS[c] ?? 0) & Char.LETTER) !== 0) return true
  if (c < 0x80) return false
  const high = i > 0 ? text.charCodeAt(i - 1) : 0
  const pair = c >= 0xdc00 && c <= 0xdfff && high >= 0xd800 && high <= 0xdbff
  return LETTER_OR_MARK.test(text.slice(pair ? i - 1 : i, i + 1))
}

export const isCloser = (c: number): boolean =>
  c === 0x201d || c === 0x2019 || c === 0xbb || c === 0x29 || c === 0x5d
/** `, . ; : ! ? …` */
export const isPhraseEnd = (c: number): boolean =>
  c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f || c === 0x2026
/** `. ! ? …` */
export const isStop = (c: number): boolean => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026
/** `, ; :` */
const isStray = (c: number): boolean => c === 0x2c || c === 0x3b || c === 0x3a

/**
 * The spaces text[start, end) follow a word or a closing quote or bracket and come before
 * phrase-closing punctuation that a space, a closing quote or bracket, or the line end follows
 * (not an emoticon `:)`).
 */
function beforeClosingPunctuation(text: string, start: number, end: number): boolean {
  if (!letterOrMarkEndsAt(text, start - 1) && !isCloser(text.charCodeAt(start - 1))) return false
  const next = codeAt(text, end + 1)
  if (
    (text.charCodeAt(end) === 0x3a || text.charCodeAt(end) === 0x3b) &&
    (next === 0x29 || next === 0x5d)
  ) {
    return false
  }
  let after = end
  while (after < text.length && isPhraseEnd(text.charCodeAt(after))) after++
  if (after === end) return false
  const c = codeAt(text, after)
  return c < 0 || isWhiteSpace(c) || isCloser(c)
}

/** The spaces text[start, end) follow a word's `. ! ? …` (1–3 of them) and come before a stray `, ; :`. */
function beforeStrayPunctuation(text: string, start: number, end: number): boolean {
  if (!isStray(text.charCodeAt(end))) return false
  const next = codeAt(text, end + 1)
  if (next >= 0 && !isWhiteSpace(next)) return false
  for (let j = 1; j <= 3 && isStop(codeAt(text, start - j)); j++) {
    const before = start - j - 1
    if (letterOrMarkEndsAt(text, before)) return true
    if (codeAt(text, before) === 0x20 && letterOrMarkEndsAt(text, before - 1)) return true
  }
  return false
}

/**
 * Spaces between a word (or closing quote or bracket) and punctuation that closes a phrase:
 * `, . ; : ! ? …` followed by a space, a closing quote or bracket, or the line end; and the
 * space of a stray `, ; :` after a word's full stop (`học tập. , quán` → `học tập., quán`:
 * the space goes, the characters stay). Numbers (`1 .5`), emoticons (`:)`) and domains
 * (`.com`) are left. The same matches as
 * `/(?<=[\p{L}\p{M}”’»)\]]) +(?![:;][)\]])(?=[,.;:!?…]+(?:[\s”’»)\]]|$))|(?<=[\p{L}\p{M}] ?[.!?…]{1,3}) +(?=[,;:](?:\s|$))/gu`
 * (test/normalize/scanners.test.ts): each starts a run of spaces and takes all of it.
 */
export function punctuationSpaceReplacements(text: string): Replacement[] {
  const out: Replacement[] = []
  const n = text.length
  for (let start = 1; start < n; start++) {
    if (text.charCodeAt(start) !== 0x20 || text.charCodeAt(start - 1) === 0x20) continue
    let end = start
    while (end < n && text.charCodeAt(end) === 0x20) end++
    if (
      end < n &&
      (beforeClosingPunctuation(text, start, end) || beforeStrayPunctuation(text, start, end))
    ) {
      out.push({ start, end, text: '' })
    }
    start = end
  }
  return out
}
