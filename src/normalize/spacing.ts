/**
 * Rules `normalise/invisible`, `normalise/space` and `normalise/punctuation-space`.
 */
import type { Replacement } from './line-state.js'
import { replacementsOf } from './line-state.js'

/**
 * Zero-width space, word joiner and BOM anywhere; ZWNJ and ZWJ between Latin letters (a ZWJ
 * between emoji is kept); soft hyphens between letters.
 */
const ZERO_WIDTH = /[\u200b\u2060\ufeff]+/g
const BETWEEN_LETTERS =
  /(?<=[\p{Script=Latin}\p{M}])[\u200c\u200d]+(?=\p{Script=Latin})|(?<=[\p{L}\p{M}])\u00ad+(?=\p{L})/gu
export const INVISIBLE_HINT = /[\u200b-\u200d\u2060\ufeff\u00ad]/

/** Zero-width space, word joiner and BOM: removed wherever they are (run this first). */
export function zeroWidthReplacements(text: string): Replacement[] {
  return replacementsOf(text, ZERO_WIDTH, () => '')
}

/** ZWNJ and ZWJ between Latin letters, soft hyphens between letters. */
export function betweenLettersReplacements(text: string): Replacement[] {
  return replacementsOf(text, BETWEEN_LETTERS, () => '')
}

/** Horizontal spaces: tab, NBSP, the U+2000 block, narrow/medium NBSP, ideographic space. */
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g

/** Every run of spaces becomes one plain space; at either end of the line, nothing. */
export function spaceReplacements(text: string): Replacement[] {
  return replacementsOf(text, SPACES, (match) => {
    const atEdge = match.index === 0 || match.index + match[0].length === text.length
    return atEdge ? '' : ' '
  })
}

/**
 * Spaces between a word (or closing quote or bracket) and punctuation that closes a phrase:
 * `, . ; : ! ? …` followed by a space, a closing quote or bracket, or the line end; and the
 * space of a stray `, ; :` after a word's full stop (`học tập. , quán` → `học tập., quán`:
 * the space goes, the characters stay). Numbers (`1 .5`), emoticons (`:)`) and domains
 * (`.com`) are left.
 */
const SPACE_BEFORE_PUNCTUATION =
  /(?<=[\p{L}\p{M}”’»)\]]) +(?![:;][)\]])(?=[,.;:!?…]+(?:[\s”’»)\]]|$))|(?<=[\p{L}\p{M}] ?[.!?…]{1,3}) +(?=[,;:](?:\s|$))/gu

export function punctuationSpaceReplacements(text: string): Replacement[] {
  return replacementsOf(text, SPACE_BEFORE_PUNCTUATION, () => '')
}
