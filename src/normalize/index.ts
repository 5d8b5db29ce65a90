/**
 * Text normalisation, one line at a time so line numbers never move. A clean line costs one
 * table-driven pass (fast-path.ts); anything suspect goes through the rules its characters
 * call for (repairs.ts). Word-level decisions, and the results of whole lines that needed
 * work, are remembered in a cache (cache.ts) that the caller creates and passes to every line
 * of a document; without one, each line that needs work gets its own.
 */
import { CACHE_LIMIT, createNormalizeCache, type NormalizeCache } from './cache.js'
import { editsSince, lookUpLine, rememberLine, replayLine } from './line-cache.js'
import { createLineState, type LineState } from './line-state.js'
import { classifyLine, type LineKind } from './fast-path.js'
import { runRepairs, SETTLED_CLEAN, SETTLED_STYLE, STABLE, UNKNOWN } from './repairs.js'
import { toneStyleStage } from './tone-style.js'
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
  const state = createLineState(line, lineNumber, edits)
  const from = edits.length
  const { old, new: recent } = tones
  const known = kind !== 'style' ? runRepairs(state, options, memo, kind === 'western') : UNKNOWN
  if (state.text === line) {
    // The classifier read a `style` or `western` line to the end; while the line is as it
    // came, its hints still stand.
    toneStyleStage(state, options, tones, memo, kind !== 'suspect' ? hints : undefined)
    // Only the tone-style stage ran on a `style` line: what it made is settled.
    if (kind !== 'style' && state.text !== line) settle(state, options, memo)
  } else if (known !== SETTLED_CLEAN) {
    finishChanged(state, options, tones, memo, known)
  }
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

/**
 * The tone-style stage and settling, for a line the repairs changed, skipping what cannot
 * change it: settling a `clean` text finds nothing, and neither does settling a `style` text
 * or a STABLE one (repairs.ts) that the tone-style stage left as it was. An UNKNOWN text is
 * classified once, for its style hints and to know which it is.
 */
function finishChanged(
  state: LineState,
  options: NormalizeOptions,
  tones: ToneCounts,
  memo: NormalizeCache,
  known: number,
): void {
  let found: number[] = memo.settledHints
  let kind: LineKind | undefined = known === SETTLED_STYLE ? 'style' : undefined
  if (known === UNKNOWN) {
    found = memo.styleHints
    if (found.length > 0) found.length = 0
    kind = classifyLine(state.text, found)
    if (kind === 'clean') return
  }
  const before = state.text
  const hints = kind === 'style' || kind === 'western' ? found : undefined
  toneStyleStage(state, options, tones, memo, hints)
  const quiet = kind === 'style' || known === STABLE
  if (!quiet || state.text !== before) settle(state, options, memo)
}

/** Passes over a changed line at most, until one changes nothing. */
const MAX_SETTLING_PASSES = 3

/**
 * A change the later rules made (a tone mark moved, a character joined) can change which
 * reading of a legacy line wins: the rules run again on the result until it holds still, so
 * that normalising the output once more finds nothing to do. Each pass treats the text as
 * normalizeLine treats a line of its kind (fast-path.ts): a `clean` result is settled (most
 * repaired lines), a `style` one goes to the tone-style stage alone and a `western` one skips
 * the text rules unless its encoding is repaired, since on such a text the rules left out
 * cannot change anything.
 */
function settle(state: LineState, options: NormalizeOptions, memo: NormalizeCache): void {
  const hints = memo.styleHints
  // The line's tone style was counted as written, by the first pass of the stage: a settling
  // pass reads text it may have converted already, so its counts are not the document's.
  const uncounted: ToneCounts = { old: 0, new: 0 }
  for (let pass = 0; pass < MAX_SETTLING_PASSES; pass++) {
    const before = state.text
    if (hints.length > 0) hints.length = 0
    const kind = classifyLine(before, hints)
    if (kind === 'clean') return
    if (kind !== 'style') runRepairs(state, options, memo, kind === 'western')
    const known = kind !== 'suspect' && state.text === before ? hints : undefined
    toneStyleStage(state, options, uncounted, memo, known)
    if (state.text === before) return
  }
}
