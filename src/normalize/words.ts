/** Word-level helpers shared by the word rules. */
import { growth, type Replacement } from './line-state.js'
import { Char, CHARS, isWhiteSpace } from './char-table.js'
import { CODE_LIKE } from './patterns.js'

/** One code point of `[\p{L}\p{M}]` (the unicode-mode class the words are runs of). */
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u

/**
 * The length (1, or 2 for a surrogate pair) of the letter or mark at i, 0 if there is none:
 * one step of `/[\p{L}\p{M}]+/gu`. ASCII and Vietnamese letters come from the table.
 */
function letterOrMarkAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (((CHARS[c] ?? 0) & Char.LETTER) !== 0) return 1
  if (c < 0x80) return 0
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER_OR_MARK.test(text.slice(i, i + 2)) ? 2 : 0
  }
  // A lone surrogate is a code point of its own, and no letter.
  return LETTER_OR_MARK.test(text[i] ?? '') ? 1 : 0
}

/**
 * Replacements for the letter runs (`/[\p{L}\p{M}]+/gu`) of the chunks (`/\S+/g`) of a line,
 * skipping chunks that look like URLs, e-mail addresses, paths or code; `fix` returns the new
 * word or undefined to leave it. `mayChange` may rule out a whole chunk, text[start, end), at
 * once, read in place (it must be false only when `fix` leaves every word), so that a chunk it
 * rules out is never cut out. Scanned by hand: a regex iterator costs more than the words.
 */
export function wordReplacements(
  text: string,
  fix: (word: string) => string | undefined,
  skipCode = true,
  mayChange: (text: string, start: number, end: number) => boolean = () => true,
): Replacement[] {
  const out: Replacement[] = []
  const n = text.length
  for (let start = 0; start < n;) {
    if (isSpaceAt(text, start)) {
      start++
      continue
    }
    let end = start + 1
    while (end < n && !isSpaceAt(text, end)) end++
    // mayChange first: it is the cheaper test, and rules out most chunks.
    if (mayChange(text, start, end) && !(skipCode && CODE_LIKE.test(text.slice(start, end)))) {
      for (let i = start; i < end;) {
        let step = letterOrMarkAt(text, i)
        if (step === 0) {
          i++
          continue
        }
        const from = i
        while (step > 0) {
          i += step
          step = i < end ? letterOrMarkAt(text, i) : 0
        }
        const word = text.slice(from, i)
        const next = fix(word)
        if (next !== undefined && next !== word) out.push({ start: from, end: i, text: next })
      }
    }
    start = end
  }
  return out
}

const isSpaceAt = (text: string, i: number): boolean => isWhiteSpace(text.charCodeAt(i))

/**
 * Widen replacements to whole space-separated words (merging those that meet), so that an
 * edit shows `Tiáº¿ng` → `Tiếng` rather than `áº¿` → `ế`. A replacement that starts inside the
 * word the previous one was widened to joins it without looking back again.
 */
export function widenToWords(
  text: string,
  replacements: readonly Replacement[],
  result?: string,
): Replacement[] {
  const wordEnd = (from: number): number => {
    let end = from
    while (end < text.length && !isSpaceAt(text, end)) end++
    return end
  }
  const out: Replacement[] = []
  // The group being built: text[start, end) becomes `built` + text.slice(cursor, end). When
  // `result` (the text all the replacements make) is given, the group is cut out of it instead:
  // it starts `shift` characters later there (the growth of the groups before it), and `grown`
  // is the growth of the group so far.
  let start = -1
  let end = -1
  let built = ''
  let cursor = 0
  let shift = 0
  let grown = 0
  const close = (): void => {
    const next =
      result === undefined
        ? built + text.slice(cursor, end)
        : result.slice(start + shift, end + shift + grown)
    out.push({ start, end, text: next })
    shift += grown
    grown = 0
  }
  for (const r of replacements) {
    // Sorted and apart: no space lies between the previous replacement and end.
    if (start >= 0 && r.start < end) {
      if (r.end > end) end = wordEnd(r.end)
    } else {
      let from = r.start
      while (from > 0 && !isSpaceAt(text, from - 1)) from--
      const to = wordEnd(r.end)
      if (start >= 0 && from <= end) end = Math.max(end, to)
      else {
        if (start >= 0) close()
        start = from
        end = to
        built = ''
        cursor = from
      }
    }
    if (result === undefined) built += text.slice(cursor, r.start) + r.text
    grown += growth(r)
    cursor = r.end
  }
  if (start >= 0) close()
  return out
}
