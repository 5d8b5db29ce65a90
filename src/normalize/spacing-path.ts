/**
 * The narrow path (issue 6): a line whose only fault is its spaces (an NBSP, a tab, a doubled
 * space, a space at either end or before punctuation) has them fixed by the space rules, with
 * the very edits the general path makes, and the result is handled as a fresh line of its kind.
 * Half the text of scraped pages is such lines.
 *
 * Why the general path (slow-path.ts) makes the same of such a line: every character but the
 * spaces is one a clean line may hold (so NFC, invisible and look-alike characters find
 * nothing), no tone pair is suspect (fixing spaces joins no letters, so none becomes suspect),
 * and the encoding repairs find nothing, before the space rules or after them: a UTF-8 sequence
 * read as Western text would end at a character the classifier checks (an NBSP is a
 * continuation), and `Ã` before a space, the lost-NBSP form of `à`, is left to the general
 * path; a legacy reading needs a text of Western characters only, which a `clean` or `style`
 * result is not (or, when it is ASCII, the NBSP it had split no counted word), and an invalid
 * word, which a `western` result is taken only without. So the general path's repairs come down
 * to the space rules, after which it finishes the result as it finishes any repaired line: the
 * narrow path is taken only when the result is `clean`, `style` or such a `western` text, and
 * otherwise the line is given back as it came.
 */
import { hasInvalidWord } from '../decode/score.js'
import type { NormalizeCache } from './cache.js'
import { Char, CHARS, endsSequence, Pair, pairAt, pairStyle, pairSuspect } from './char-table.js'
import { classifyLine, type LineKind } from './fast-path.js'
import { applyReplacements, restoreLine, type LineState, type Replacement } from './line-state.js'
import { SETTLED_CLEAN, SETTLED_STYLE, UNKNOWN } from './repairs.js'
import { isCloser, isPhraseEnd, isStop, punctuationSpaceReplacements } from './spacing.js'

const NBSP = 0xa0
const TAB = 0x09
const SPACE = 0x20
/** `Ã` */
const A_TILDE = 0xc3

/** What spacingFaults finds: a space the space rule changes (HAS_ODD_SPACING's cases). */
export const ODD_SPACING = 1
/** A space (any of the three) right before `, . ; : ! ? …`: the punctuation-space rule may apply. */
export const BEFORE_PUNCTUATION = 2
/** A style hint (STYLE_HINT, patterns.ts). */
export const STYLE = 4
/** Characters windows-1252 or Latin-1 can show, some beyond ASCII, besides the spaces. */
export const WESTERN = 8

/**
 * Whether the punctuation-space rule (spacing.ts) may take the spaces after this character: a
 * letter (the other letters that rule knows are no characters of a line found here), a closing
 * quote or bracket (beforeClosingPunctuation), or a stop (beforeStrayPunctuation).
 */
function mayTakeSpaceAfter(c: number): boolean {
  return ((CHARS[c] ?? 0) & Char.LETTER) !== 0 || isCloser(c) || isStop(c)
}

/**
 * The spacing faults of a line that has no other fault (ODD_SPACING, BEFORE_PUNCTUATION), with
 * STYLE and WESTERN, what the classifier says of the line's other characters; 0 for a line with
 * another fault or none. It reads the line as classifyLine does, except that an NBSP or a tab
 * is let through (unless it ends a UTF-8 sequence read as Western text, as the classifier checks
 * of a continuation) and that `Ã` may not come before a space (see above). On the way it puts
 * in `runs` what spaceReplacements (spacing.ts) gives the line when it has such faults: each run
 * of spaces that is not one plain space inside the line, made one, or none at either end.
 */
export function spacingFaults(line: string, runs: Replacement[]): number {
  const n = line.length
  let faults = 0
  let seen = 0
  let prev = 0
  let prevCode = -1
  // The run of spaces being read: where it began (-1: none) and whether all are U+0020.
  let run = -1
  let plain = true
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i)
    const t = CHARS[c] ?? 0
    if (c === SPACE || c === NBSP || c === TAB) {
      if (prevCode === A_TILDE) return 0
      if (c !== SPACE) {
        if (c === NBSP && endsSequence(line, i)) return 0
        plain = false
      }
      if (run < 0) run = i
    } else {
      if ((t & Char.SAFE) === 0) return 0
      if ((t & Char.CONTINUATION) !== 0 && endsSequence(line, i)) return 0
      if (run >= 0) {
        if (run === 0) runs.push({ start: 0, end: i, text: '' })
        else if (!plain || i - run > 1) runs.push({ start: run, end: i, text: ' ' })
        if (isPhraseEnd(c)) {
          // The punctuation-space rule takes a space only after a letter, a closing quote or
          // bracket, or a stop: after anything else (a number) it stays, and the line's kind
          // with it (the general path's, then).
          if (run > 0 && !mayTakeSpaceAfter(line.charCodeAt(run - 1))) return 0
          faults |= BEFORE_PUNCTUATION
        }
        run = -1
        plain = true
      }
      seen |= t
      const f = pairAt(prev, t)
      if (f !== 0) {
        if ((f & Pair.SUSPECT) !== 0 && pairSuspect(line, i, f)) return 0
        if (pairStyle(line, i, f)) faults |= STYLE
      }
    }
    prev = t
    prevCode = c
  }
  if (run >= 0) runs.push({ start: run, end: n, text: '' })
  if (runs.length > 0) faults |= ODD_SPACING
  if (faults === 0) return 0
  const western = (seen & Char.NOT_WESTERN) === 0 && (seen & Char.NON_ASCII) !== 0
  return western ? faults | WESTERN : faults
}

/** spacingPath's answer for a line it leaves to the general path. */
export const NOT_TAKEN = -1

/**
 * The narrow path for a `suspect` line in `state` (nothing done to it yet). When fixing its
 * spaces leaves a `clean` text: SETTLED_CLEAN (nothing is left to do); a `style` one:
 * SETTLED_STYLE, its style hints in cache.settledHints; a `western` one with no invalid word:
 * UNKNOWN. Each is what the general path knows of that text once its repairs are done, for
 * finishChanged (slow-path.ts) to finish it as that path does. NOT_TAKEN when the line is not
 * for this path: the state is then as it came (its edits taken back).
 */
export function spacingPath(
  state: LineState,
  isEnabled: (id: string) => boolean,
  cache: NormalizeCache,
): number {
  const line = state.text
  const runs: Replacement[] = []
  const faults = spacingFaults(line, runs)
  if (faults === 0) return NOT_TAKEN
  const from = state.edits.length
  // The space rules as runTextRules (repairs.ts) runs them, the first one's replacements found.
  if (isEnabled('normalise/space')) applyReplacements(state, 'normalise/space', runs)
  if ((faults & BEFORE_PUNCTUATION) !== 0 && isEnabled('normalise/punctuation-space')) {
    const after = punctuationSpaceReplacements(state.text)
    applyReplacements(state, 'normalise/punctuation-space', after)
  }
  if (state.text !== line) {
    const kind = kindOf(state.text, faults, cache.settledHints)
    if (kind === 'clean') return SETTLED_CLEAN
    if (kind === 'style') return SETTLED_STYLE
    // A legacy reading is tried only on a line with an invalid word, and the line and the
    // text have the same words (an NBSP and a tab separate words as a space does).
    if (kind === 'western' && !hasInvalidWord(state.text)) return UNKNOWN
  }
  state.edits.length = from
  restoreLine(state, line)
  return NOT_TAKEN
}

/**
 * classifyLine of the text the space rules made of a line with `faults`, its style hints in
 * `hints`. Without a space before punctuation, the text has none of the line's spacing faults
 * left (the text changed, so the space rule ran) and made none: its kind is what the line's
 * other characters say, unless it has style hints, which are found by reading it.
 */
function kindOf(text: string, faults: number, hints: number[]): LineKind {
  if ((faults & (BEFORE_PUNCTUATION | STYLE)) === 0) {
    return (faults & WESTERN) !== 0 ? 'western' : 'clean'
  }
  if (hints.length > 0) hints.length = 0
  return classifyLine(text, hints)
}
