/**
 * The slow path: every rule but tone style, in the order of the research notes (§0, §6):
 * encoding repairs first (while the evidence is there), then NFC, invisible characters,
 * look-alikes (after the invisible characters that would split a word), spaces, and tone
 * placement last (it needs NFC text). Each rule is skipped when a cheap test shows it cannot
 * change the line; the rules themselves are the same either way.
 */
import { hasInvalidWord } from '../decode/score.js'
import { memo, type NormalizeCache } from './cache.js'
import { lineChunks } from './chunks.js'
import { hasToneSuspect, hasToneSuspectIn, settledKind } from './fast-path.js'
import { legacyRepair } from './legacy-line.js'
import { applyReplacements, type LineState } from './line-state.js'
import { fixLookalike } from './lookalike.js'
import { mojibakeRepair } from './mojibake-repair.js'
import {
  HAS_INVISIBLE,
  HAS_LEAD,
  HAS_LOOKALIKE,
  HAS_NON_ASCII,
  HAS_NON_INERT,
  HAS_NOT_WESTERN,
  HAS_ODD_SPACING,
  HAS_SPACE_BEFORE_PUNCTUATION,
  HAS_ZERO_WIDTH,
  flagsOf,
  WESTERN_PROFILE,
} from './line-profile.js'
import {
  betweenLettersReplacements,
  punctuationSpaceReplacements,
  spaceReplacements,
  zeroWidthReplacements,
} from './spacing.js'
import { fixTonePlacement } from './tone-fix.js'
import type { NormalizeOptions } from './types.js'
import { unicodeFormReplacements } from './unicode-form.js'
import { widenToWords, wordReplacements } from './words.js'

const MAX_ENCODING_PASSES = 4

/** UTF-8 mojibake or legacy bytes read as Western: whichever repair leaves more valid words. */
function repairEncoding(
  state: LineState,
  isEnabled: (id: string) => boolean,
  cache: NormalizeCache,
): boolean {
  const { text } = state
  const flags = flagsOf(state)
  // Every UTF-8 sequence read as Western text starts with a lead character.
  const attempt =
    (flags & HAS_LEAD) !== 0 && isEnabled('normalise/mojibake') ? mojibakeRepair(text) : undefined
  const utf8 = attempt !== undefined && attempt.passes.length > 0 ? attempt : undefined
  // A legacy repair is taken only with a higher share of valid words than the UTF-8 one.
  const western =
    (utf8 === undefined || utf8.share < 1) &&
    (flags & (HAS_NON_ASCII | HAS_NOT_WESTERN)) === HAS_NON_ASCII
  // legacyRepair gives up at once on a line with no invalid word (its score is its chunks'),
  // so such a line (English with a © or “quotes”) is not cut into chunks. A UTF-8 repair that
  // was tried, taken or not, has scored the line already.
  const legacy =
    western &&
    isEnabled('normalise/legacy-encoding') &&
    (attempt ? attempt.before.invalid > 0 : hasInvalidWord(text))
      ? legacyRepair(lineChunks(text, cache), utf8?.share ?? -1, cache)
      : undefined
  if (legacy && (!utf8 || legacy.share > utf8.share)) {
    applyReplacements(state, 'normalise/legacy-encoding', legacy.replacements)
    return true
  }
  // Each pass was worked out on the text the previous passes leave, which is state.text now.
  utf8?.passes.forEach((pass, k) => {
    const result = utf8.results[k]
    applyReplacements(state, 'normalise/mojibake', widenToWords(state.text, pass, result), result)
  })
  return utf8 !== undefined
}

/** What runRepairs knows of the text it leaves: settle has to look at it. */
export const UNKNOWN = 0
/**
 * The encoding repair failed on this very text and the text rules left it as it was: a
 * settling pass would find nothing for them (each is a function of the text alone).
 */
export const STABLE = 1
/** A repair left a text only the tone-style stage can change (fast-path.ts, settledKind). */
export const SETTLED_CLEAN = 2
/** As SETTLED_CLEAN, a `style` text, its style hints in cache.settledHints. */
export const SETTLED_STYLE = 3

/**
 * Run every rule. When the text rules change a line whose encoding was not repaired (a
 * zero-width space or a Cyrillic look-alike can hide that a line is all Western text), the
 * encoding repair is tried once more, so that a second run never finds anything to do.
 * Returns what is known of the resulting text (UNKNOWN … SETTLED_STYLE).
 */
export function runRepairs(
  state: LineState,
  options: NormalizeOptions,
  cache: NormalizeCache,
  western = false,
): number {
  // The classifier has just read a `western` line whole: its profile is known.
  if (western) state.profile ??= WESTERN_PROFILE
  if (options.isEnabled('normalise/invisible') && (flagsOf(state) & HAS_ZERO_WIDTH) !== 0) {
    // Zero-width characters are never bytes of a legacy encoding: drop them before anything.
    applyReplacements(state, 'normalise/invisible', zeroWidthReplacements(state.text))
  }
  const repaired = repairEncodings(state, options.isEnabled, cache)
  // Most repaired lines come out clean, or needing the tone-style count alone.
  if (isSettled(repaired)) return repaired
  // A `western` line (fast-path.ts) that keeps its encoding has nothing for the text rules:
  // all its characters are NFC-inert and none is a tab, NBSP, invisible or look-alike one; it
  // has no space at either end, doubled or before punctuation, and no suspect tone mark.
  if (western && repaired === KEPT) return STABLE
  const before = state.text
  runTextRules(state, options, cache)
  if (state.text === before) {
    // A repair may have made a zero-width character, which only a first step removes.
    const stable = repaired !== EXHAUSTED && (flagsOf(state) & HAS_ZERO_WIDTH) === 0
    return stable ? STABLE : UNKNOWN
  }
  if (repaired === KEPT) {
    const again = repairEncodings(state, options.isEnabled, cache)
    if (isSettled(again)) return again
    if (again !== KEPT) runTextRules(state, options, cache)
  }
  return UNKNOWN
}

/** repairEncodings: no repair (it failed on the text); repaired, then failed on the result. */
const KEPT = -3
const REPAIRED = -2
/** Repaired MAX_ENCODING_PASSES times: no attempt failed on the result. */
const EXHAUSTED = -1

const isSettled = (outcome: number): boolean =>
  outcome === SETTLED_CLEAN || outcome === SETTLED_STYLE

/**
 * Repeat while a repair is accepted (each one lowers the count of invalid words): KEPT,
 * REPAIRED or EXHAUSTED. Stops early, with SETTLED_CLEAN or SETTLED_STYLE, once a repair leaves
 * the text settled (fast-path.ts, settledKind): another pass would find nothing.
 */
function repairEncodings(
  state: LineState,
  isEnabled: (id: string) => boolean,
  cache: NormalizeCache,
): number {
  for (let i = 0; i < MAX_ENCODING_PASSES; i++) {
    if (!repairEncoding(state, isEnabled, cache)) return i === 0 ? KEPT : REPAIRED
    const settled = settledKind(state.text, cache.settledHints)
    if (settled !== undefined) return settled === 'clean' ? SETTLED_CLEAN : SETTLED_STYLE
  }
  return EXHAUSTED
}

function runTextRules(state: LineState, options: NormalizeOptions, cache: NormalizeCache): void {
  const { isEnabled } = options
  // Each rule runs only when the line, as the rules before it left it, has what it looks for.
  const has = (flag: number): boolean => (flagsOf(state) & flag) !== 0
  if (has(HAS_NON_INERT)) {
    applyReplacements(state, 'normalise/nfc', unicodeFormReplacements(state.text, isEnabled, cache))
  }
  if (isEnabled('normalise/invisible') && has(HAS_INVISIBLE)) {
    applyReplacements(state, 'normalise/invisible', betweenLettersReplacements(state.text))
  }
  if (isEnabled('normalise/lookalike') && has(HAS_LOOKALIKE)) {
    applyReplacements(state, 'normalise/lookalike', wordReplacements(state.text, fixLookalike))
  }
  if (isEnabled('normalise/space') && has(HAS_ODD_SPACING)) {
    applyReplacements(state, 'normalise/space', spaceReplacements(state.text))
  }
  if (isEnabled('normalise/punctuation-space') && has(HAS_SPACE_BEFORE_PUNCTUATION)) {
    applyReplacements(
      state,
      'normalise/punctuation-space',
      punctuationSpaceReplacements(state.text),
    )
  }
  if (isEnabled('normalise/tone-placement') && hasToneSuspect(state.text)) {
    const fix = (word: string): string | undefined =>
      hasToneSuspect(word) ? memo(cache.tonePlacement, word, fixTonePlacement) : undefined
    // A suspect pair is two letters, and a g or q before it is a letter too: a chunk without
    // one holds no word with one.
    applyReplacements(
      state,
      'normalise/tone-placement',
      wordReplacements(state.text, fix, true, hasToneSuspectIn),
    )
  }
}
