/**
 * The general path for a line the classifier did not find clean: the rules its characters call
 * for (repairs.ts), the tone-style stage, and settling, which runs the rules again on a changed
 * line until it holds still.
 */
import type { NormalizeCache } from './cache.js'
import { classifyLine, type LineKind } from './fast-path.js'
import type { LineState } from './line-state.js'
import { runRepairs, SETTLED_CLEAN, SETTLED_STYLE, STABLE, UNKNOWN } from './repairs.js'
import { toneStyleStage } from './tone-style.js'
import type { NormalizeOptions, ToneCounts } from './types.js'

/**
 * Normalise the line `state` holds, of kind `kind`; `hints` are its style hints when the
 * classifier read it to the end (a `style` or `western` line).
 */
export function normalizeGeneral(
  state: LineState,
  options: NormalizeOptions,
  tones: ToneCounts,
  memo: NormalizeCache,
  kind: Exclude<LineKind, 'clean'>,
  hints: readonly number[],
): void {
  const line = state.text
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
}

/**
 * The tone-style stage and settling, for a line the repairs changed, skipping what cannot
 * change it: settling a `clean` text finds nothing, and neither does settling a `style` text
 * or a STABLE one (repairs.ts) that the tone-style stage left as it was. An UNKNOWN text is
 * classified once, for its style hints and to know which it is; a SETTLED_STYLE one has its
 * hints in memo.settledHints.
 */
export function finishChanged(
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
