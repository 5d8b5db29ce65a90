/**
 * The fast path: one pass over a line's characters with constant lookup tables
 * (char-table.ts), deciding whether the line can need any rule (`suspect`), only the encoding
 * repairs (`western`), only the tone-style count (`style`), or nothing (`clean`). It implements the patterns of patterns.ts
 * (TONE_SUSPECT, STYLE_HINT, NEEDS_WORK, WESTERN_ONLY) without a regex.
 */
import { Char, CHARS, endsSequence, Pair, pairAt, pairStyle, pairSuspect } from './char-table.js'

/**
 * `suspect`: some rule may apply. `western`: only characters windows-1252 or Latin-1 can show,
 * some beyond ASCII, and otherwise clean: only the encoding repairs may apply. `style`: only
 * the tone-style count. `clean`: nothing.
 */
export type LineKind = 'clean' | 'style' | 'western' | 'suspect'

/**
 * Classify a line in one pass. A common character costs one table read and one test (safe, no
 * continuation): a space before punctuation is caught by a shifted bit, the Western-only test
 * by or-ing the entries, and the pair table only for two vowels in a row (pairAt). When the
 * line is `style` or `western`, `styleHints` (if given) receives what styleHintsAt would return.
 */
export function classifyLine(line: string, styleHints?: number[]): LineKind {
  const n = line.length
  if (n === 0) return 'clean'
  if (line.charCodeAt(0) === 0x20 || line.charCodeAt(n - 1) === 0x20) return 'suspect'
  let seen = 0
  let afterSpace = 0
  let style = false
  let prev = 0
  for (let i = 0; i < n; i++) {
    const t = CHARS[line.charCodeAt(i)] ?? 0
    seen |= t
    afterSpace |= (prev << 2) & t
    // One test for the common character: safe, and no continuation.
    if ((t & (Char.SAFE | Char.CONTINUATION)) !== Char.SAFE) {
      if ((t & Char.SAFE) === 0 || endsSequence(line, i)) return 'suspect'
    }
    const f = pairAt(prev, t)
    if (f !== 0) {
      if ((f & Pair.SUSPECT) !== 0 && pairSuspect(line, i, f)) return 'suspect'
      if (pairStyle(line, i, f)) {
        style = true
        styleHints?.push(i - 1)
      }
    }
    prev = t
  }
  // A doubled space, or a space before , . ; : ! ? …
  if ((afterSpace & Char.AFTER_SPACE) !== 0) return 'suspect'
  // Only characters windows-1252 or Latin-1 can show, some beyond ASCII: maybe mis-decoded.
  if ((seen & Char.NOT_WESTERN) === 0 && (seen & Char.NON_ASCII) !== 0) return 'western'
  return style ? 'style' : 'clean'
}

/**
 * The kind of a text that only the tone-style stage can still change, 'clean' or 'style';
 * undefined for any other. The encoding repair, the text rules and settling have nothing to do
 * on it, so a line whose repair leaves such a text skips them: a `clean` or `style` line has
 * nothing for them but the lost-NBSP form of `à` (`Ã` and a space), which mojibake.ts restores
 * and NEEDS_WORK does not look for. `styleHints` receives what styleHintsAt would return.
 */
export function settledKind(text: string, styleHints: number[]): 'clean' | 'style' | undefined {
  if (text.includes('\u00c3 ')) return undefined
  if (styleHints.length > 0) styleHints.length = 0
  const kind = classifyLine(text, styleHints)
  return kind === 'clean' || kind === 'style' ? kind : undefined
}

/** Whether TONE_SUSPECT (patterns.ts) matches anywhere in the text; the same answer, no regex. */
export function hasToneSuspect(text: string): boolean {
  return hasToneSuspectIn(text, 0, text.length)
}

/**
 * hasToneSuspect(text.slice(from, to)) for a chunk between white space (or the text's ends),
 * read in place: the pattern's look-behind (g, q) and look-ahead (a letter) find no match in
 * white space, just as past the end of a cut-out chunk.
 */
export function hasToneSuspectIn(text: string, from: number, to: number): boolean {
  let prev = 0
  for (let i = from; i < to; i++) {
    const t = CHARS[text.charCodeAt(i)] ?? 0
    const f = pairAt(prev, t)
    if ((f & Pair.SUSPECT) !== 0 && pairSuspect(text, i, f)) return true
    prev = t
  }
  return false
}

/**
 * Where STYLE_HINT (patterns.ts) matches: the index of each two-character match, left to
 * right. Matches cannot overlap (one needs a non-letter after it, the next would need a vowel
 * there), so these are exactly the matches of a global search.
 */
export function styleHintsAt(text: string): number[] {
  const at: number[] = []
  let prev = 0
  for (let i = 0; i < text.length; i++) {
    const t = CHARS[text.charCodeAt(i)] ?? 0
    const f = pairAt(prev, t)
    if (f !== 0 && pairStyle(text, i, f)) at.push(i - 1)
    prev = t
  }
  return at
}
