/**
 * Rule `normalise/tone-style`: count the open `oa`/`oe`/`uy` syllables written in each style
 * and, with `--tone-style old|new`, rewrite them in that style (hòa ↔ hoà, ỦY ↔ UỶ). Only the
 * words around a style hint are parsed (each distinct word once per cache), so clean lines
 * stay cheap.
 */
import { memo, type NormalizeCache } from './cache.js'
import { Char, CHARS, isWhiteSpace } from './char-table.js'
import { applyReplacements, type LineState, type Replacement } from './line-state.js'
import { styleHintsAt } from './fast-path.js'
import { CODE_LIKE } from './patterns.js'
import { toStyle, writtenStyle } from './tone-fix.js'
import type { NormalizeOptions, ToneCounts } from './types.js'

export const TONE_STYLE_RULE = 'normalise/tone-style'

const LETTER = /[\p{L}\p{M}]/u

/** `/[\p{L}\p{M}]/u` on the code unit at i, with ASCII and Vietnamese letters from the table. */
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (((CHARS[c] ?? 0) & Char.LETTER) !== 0) return true
  return c >= 0x80 && LETTER.test(text[i] ?? '')
}

/** `/\S/` on the code unit at i. */
const isNonSpaceAt = (text: string, i: number): boolean => !isWhiteSpace(text.charCodeAt(i))

function extend(
  text: string,
  from: number,
  to: number,
  inside: (text: string, i: number) => boolean,
): [number, number] {
  let start = from
  let end = to
  while (start > 0 && inside(text, start - 1)) start--
  while (end < text.length && inside(text, end)) end++
  return [start, end]
}

/** Count (and convert) the line's open oa/oe/uy syllables; `known`: styleHintsAt(text), if known. */
export function toneStyleStage(
  state: LineState,
  options: NormalizeOptions,
  tones: ToneCounts,
  cache: NormalizeCache,
  known?: readonly number[],
): void {
  const { text } = state
  const hints = known ?? styleHintsAt(text)
  if (hints.length === 0) return
  const target = options.toneStyle === 'preserve' ? undefined : options.toneStyle
  const convert = target !== undefined && options.isEnabled(TONE_STYLE_RULE)
  const replacements: Replacement[] = []
  let done = -1
  for (const index of hints) {
    const [start, end] = extend(text, index, index + 2, isLetterAt)
    if (start < done) continue
    done = end
    const [chunkStart, chunkEnd] = extend(text, start, end, isNonSpaceAt)
    // (A style hint starts with a vowel, so the word never starts with a space.)
    if (CODE_LIKE.test(text.slice(chunkStart, chunkEnd)) || isWhiteSpace(text.charCodeAt(start))) {
      continue
    }
    const word = text.slice(start, end)
    const written = memo(cache.styles, word, writtenStyle)
    if (!written) continue
    tones[written.style]++
    if (convert && written.style !== target) {
      replacements.push({ start, end, text: toStyle(written.syllable, target) })
    }
  }
  applyReplacements(state, TONE_STYLE_RULE, replacements)
}
