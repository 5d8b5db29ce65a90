/**
 * The slow path: every rule but tone style, in the order of the research notes (§0, §6):
 * encoding repairs first (while the evidence is there), then NFC, invisible characters,
 * look-alikes (after the invisible characters that would split a word), spaces, and tone
 * placement last (it needs NFC text).
 */
import { applyReplacements, type LineState } from './line-state.js'
import { legacyRepair } from './legacy-line.js'
import { fixLookalike, LOOKALIKE_HINT } from './lookalike.js'
import { mojibakePass, mojibakeRepair } from './mojibake.js'
import { NON_ASCII, TONE_SUSPECT, WESTERN_ONLY } from './patterns.js'
import {
  betweenLettersReplacements,
  INVISIBLE_HINT,
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
function repairEncoding(state: LineState, isEnabled: (id: string) => boolean): boolean {
  const utf8 = isEnabled('normalise/mojibake') ? mojibakeRepair(state.text) : undefined
  const western = NON_ASCII.test(state.text) && WESTERN_ONLY.test(state.text)
  const legacy =
    western && isEnabled('normalise/legacy-encoding') ? legacyRepair(state.text) : undefined
  if (legacy && (!utf8 || legacy.share > utf8.share)) {
    applyReplacements(state, 'normalise/legacy-encoding', legacy.replacements)
    return true
  }
  for (let i = 0; i < (utf8?.passes ?? 0); i++) {
    applyReplacements(
      state,
      'normalise/mojibake',
      widenToWords(state.text, mojibakePass(state.text)),
    )
  }
  return utf8 !== undefined
}

/**
 * Run every rule. When the text rules change a line whose encoding was not repaired (a
 * zero-width space or a Cyrillic look-alike can hide that a line is all Western text), the
 * encoding repair is tried once more, so that a second run never finds anything to do.
 */
export function runRepairs(state: LineState, options: NormalizeOptions): void {
  if (options.isEnabled('normalise/invisible')) {
    // Zero-width characters are never bytes of a legacy encoding: drop them before anything.
    applyReplacements(state, 'normalise/invisible', zeroWidthReplacements(state.text))
  }
  const repaired = repairEncodings(state, options.isEnabled)
  const before = state.text
  runTextRules(state, options)
  if (!repaired && state.text !== before && repairEncodings(state, options.isEnabled)) {
    runTextRules(state, options)
  }
}

/** Repeat while a repair is accepted (each one lowers the count of invalid words). */
function repairEncodings(state: LineState, isEnabled: (id: string) => boolean): boolean {
  let repaired = false
  for (let i = 0; i < MAX_ENCODING_PASSES && repairEncoding(state, isEnabled); i++) repaired = true
  return repaired
}

function runTextRules(state: LineState, options: NormalizeOptions): void {
  const { isEnabled } = options
  applyReplacements(state, 'normalise/nfc', unicodeFormReplacements(state.text, isEnabled))
  if (isEnabled('normalise/invisible') && INVISIBLE_HINT.test(state.text)) {
    applyReplacements(state, 'normalise/invisible', betweenLettersReplacements(state.text))
  }
  if (isEnabled('normalise/lookalike') && LOOKALIKE_HINT.test(state.text)) {
    applyReplacements(state, 'normalise/lookalike', wordReplacements(state.text, fixLookalike))
  }
  if (isEnabled('normalise/space')) {
    applyReplacements(state, 'normalise/space', spaceReplacements(state.text))
  }
  if (isEnabled('normalise/punctuation-space')) {
    applyReplacements(
      state,
      'normalise/punctuation-space',
      punctuationSpaceReplacements(state.text),
    )
  }
  if (isEnabled('normalise/tone-placement') && TONE_SUSPECT.test(state.text)) {
    const fix = (word: string): string | undefined =>
      TONE_SUSPECT.test(word) ? fixTonePlacement(word) : undefined
    applyReplacements(state, 'normalise/tone-placement', wordReplacements(state.text, fix))
  }
}
