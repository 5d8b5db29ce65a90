/**
 * Text normalisation, one line at a time so line numbers never move. A clean line costs one
 * table-driven pass (fast-path.ts); one whose only fault is its spaces has them fixed on a
 * narrow path (spacing-path.ts); anything else suspect goes through the rules its characters
 * call for (slow-path.ts, repairs.ts). Word-level decisions, and the results of whole lines
 * that needed work, are remembered in a cache (cache.ts) that the caller creates and passes to
 * every line of a document; without one, each line that needs work gets its own.
 */
import { flatCopy } from '../text/flat-copy.js'
import { CACHE_LIMIT, createNormalizeCache, type NormalizeCache } from './cache.js'
import { editsSince, lookUpLine, rememberLine, replayLine } from './line-cache.js'
import { createLineState } from './line-state.js'
import { classifyLine, type LineKind } from './fast-path.js'
import { SETTLED_CLEAN } from './repairs.js'
import { finishChanged, normalizeGeneral } from './slow-path.js'
import { NOT_TAKEN, spacingPath } from './spacing-path.js'
import type { NormalizeOptions, TextEdit, ToneCounts } from './types.js'

export type { NormalizeOptions, TextEdit, ToneCounts } from './types.js'
export { NORMALIZE_RULES, type NormalizeRule } from './rules.js'
export { createNormalizeCache, type NormalizeCache } from './cache.js'

/** Normalise one line (no line breaks in it); edits are appended to `edits`. */
export function normalizeLine(
  line: string,
  lineNumber: number,
  options: NormalizeOptions,
  edits: TextEdit[],
  tones: ToneCounts,
  cache?: NormalizeCache,
): string {
  const hints = cache ? cache.styleHints : []
  if (hints.length > 0) hints.length = 0
  const kind = classifyLine(line, hints)
  // The common case stays this small (the rest is a call away), so that it inlines well.
  if (kind === 'clean') return line
  return normalizeSuspect(line, lineNumber, options, edits, tones, cache, kind, hints)
}

/** normalizeLine for a line the classifier did not find clean. */
function normalizeSuspect(
  line: string,
  lineNumber: number,
  options: NormalizeOptions,
  edits: TextEdit[],
  tones: ToneCounts,
  cache: NormalizeCache | undefined,
  kind: Exclude<LineKind, 'clean'>,
  hints: readonly number[],
): string {
  const repeat = cache !== undefined && kind !== 'style'
  const hit = repeat ? lookUpLine(cache.lines, line, options) : undefined
  if (hit) return replayLine(hit, lineNumber, edits, tones)
  const memo = cache ?? createNormalizeCache()
  // The rules scan the line several times: as its own string, not a view into the text.
  const state = createLineState(flatCopy(line), lineNumber, edits)
  const from = edits.length
  const { old, new: recent } = tones
  // A line whose only fault is its spaces takes the narrow path when it can (spacing-path.ts).
  const spaced = kind === 'suspect' ? spacingPath(state, options.isEnabled, memo) : NOT_TAKEN
  if (spaced === NOT_TAKEN) normalizeGeneral(state, options, tones, memo, kind, hints)
  else if (spaced !== SETTLED_CLEAN) finishChanged(state, options, tones, memo, spaced)
  if (repeat) {
    rememberLine(memo.lines, CACHE_LIMIT, line, {
      options,
      text: state.text,
      edits: memo.holdsEdits ? edits.slice(from) : editsSince(edits, from),
      old: tones.old - old,
      new: tones.new - recent,
    })
  }
  return state.text
}

export interface NormalizedText {
  text: string
  edits: TextEdit[]
  tones: ToneCounts
}

/**
 * Normalise a text line by line (split on `\n`; lines are never added or removed). Lines are
 * cut out with indexOf, and when no line changes the input itself is returned.
 */
export function normalizeText(text: string, options: NormalizeOptions): NormalizedText {
  const edits: TextEdit[] = []
  const tones: ToneCounts = { old: 0, new: 0 }
  // Its edits are returned only once every line is done.
  const cache = createNormalizeCache(true)
  const lines: string[] = []
  let changed = false
  for (let start = 0, lineNumber = 1; ; lineNumber++) {
    const end = text.indexOf('\n', start)
    const line = text.slice(start, end < 0 ? text.length : end)
    const result = normalizeLine(line, lineNumber, options, edits, tones, cache)
    if (result !== line) changed = true
    lines.push(result)
    if (end < 0) break
    start = end + 1
  }
  return { text: changed ? lines.join('\n') : text, edits, tones }
}
