/**
 * Rule `normalise/tone-style`: count the open `oa`/`oe`/`uy` syllables written in each style
 * and, with `--tone-style old|new`, rewrite them in that style (hòa ↔ hoà, ỦY ↔ UỶ). Only the
 * words around a style hint are parsed, so clean lines stay cheap.
 */
import { applyReplacements, type LineState, type Replacement } from './line-state.js'
import { CODE_LIKE, STYLE_HINT } from './patterns.js'
import { toStyle, writtenStyle } from './tone-fix.js'
import type { NormalizeOptions, ToneCounts } from './types.js'

export const TONE_STYLE_RULE = 'normalise/tone-style'

const STYLE_HINTS = new RegExp(STYLE_HINT.source, 'g')
const LETTER = /[\p{L}\p{M}]/u
const SPACE = /\s/

function extend(text: string, from: number, to: number, inside: RegExp): [number, number] {
  let start = from
  let end = to
  while (start > 0 && inside.test(text[start - 1] ?? '')) start--
  while (end < text.length && inside.test(text[end] ?? '')) end++
  return [start, end]
}

export function toneStyleStage(
  state: LineState,
  options: NormalizeOptions,
  tones: ToneCounts,
): void {
  const { text } = state
  if (!STYLE_HINT.test(text)) return
  const target = options.toneStyle === 'preserve' ? undefined : options.toneStyle
  const convert = target !== undefined && options.isEnabled(TONE_STYLE_RULE)
  const replacements: Replacement[] = []
  let done = -1
  for (const match of text.matchAll(STYLE_HINTS)) {
    const [start, end] = extend(text, match.index, match.index + match[0].length, LETTER)
    if (start < done) continue
    done = end
    const [chunkStart, chunkEnd] = extend(text, start, end, /\S/)
    if (CODE_LIKE.test(text.slice(chunkStart, chunkEnd)) || SPACE.test(text[start] ?? ' ')) continue
    const word = text.slice(start, end)
    const written = writtenStyle(word)
    if (!written) continue
    tones[written.style]++
    if (convert && written.style !== target) {
      replacements.push({ start, end, text: toStyle(written.syllable, target) })
    }
  }
  applyReplacements(state, TONE_STYLE_RULE, replacements)
}
