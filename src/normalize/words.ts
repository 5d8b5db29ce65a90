/** Word-level helpers shared by the word rules. */
import type { Replacement } from './line-state.js'
import { isWhiteSpace } from './char-table.js'
import { CODE_LIKE } from './patterns.js'

const CHUNK = /\S+/g
const WORD = /[\p{L}\p{M}]+/gu

/**
 * Replacements for the letter runs of a line, skipping chunks that look like URLs, e-mail
 * addresses, paths or code; `fix` returns the new word or undefined to leave it. `mayChange`
 * may rule out a whole chunk at once (it must be false only when `fix` leaves every word).
 */
export function wordReplacements(
  text: string,
  fix: (word: string) => string | undefined,
  skipCode = true,
  mayChange: (chunk: string) => boolean = () => true,
): Replacement[] {
  const out: Replacement[] = []
  for (const chunk of text.matchAll(CHUNK)) {
    if ((skipCode && CODE_LIKE.test(chunk[0])) || !mayChange(chunk[0])) continue
    for (const word of chunk[0].matchAll(WORD)) {
      const next = fix(word[0])
      if (next === undefined || next === word[0]) continue
      const start = chunk.index + word.index
      out.push({ start, end: start + word[0].length, text: next })
    }
  }
  return out
}

const isSpaceAt = (text: string, i: number): boolean => isWhiteSpace(text.charCodeAt(i))

/**
 * Widen replacements to whole space-separated words (merging those that meet), so that an
 * edit shows `Tiáº¿ng` → `Tiếng` rather than `áº¿` → `ế`. A replacement that starts inside the
 * word the previous one was widened to joins it without looking back again.
 */
export function widenToWords(text: string, replacements: readonly Replacement[]): Replacement[] {
  const wordEnd = (from: number): number => {
    let end = from
    while (end < text.length && !isSpaceAt(text, end)) end++
    return end
  }
  const groups: { start: number; end: number; inner: Replacement[] }[] = []
  for (const r of replacements) {
    const last = groups[groups.length - 1]
    // Sorted and apart: no space lies between the previous replacement and last.end.
    if (last && r.start < last.end) {
      if (r.end > last.end) last.end = wordEnd(r.end)
      last.inner.push(r)
      continue
    }
    let start = r.start
    while (start > 0 && !isSpaceAt(text, start - 1)) start--
    const end = wordEnd(r.end)
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end)
      last.inner.push(r)
    } else groups.push({ start, end, inner: [r] })
  }
  return groups.map(({ start, end, inner }) => {
    let out = ''
    let cursor = start
    for (const r of inner) {
      out += text.slice(cursor, r.start) + r.text
      cursor = r.end
    }
    return { start, end, text: out + text.slice(cursor, end) }
  })
}
