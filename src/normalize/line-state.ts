/**
 * A line being normalised: its current text, where each of its characters came from in the
 * input line, and the edits made so far. Rules return replacements; this applies them.
 */
import { originBuilder, originReader, type Origin } from './origin.js'
import type { TextEdit } from './types.js'

/** Replace `text.slice(start, end)` with `text`. */
export interface Replacement {
  start: number
  end: number
  text: string
  /** Rule of this replacement when it differs from the one passed to applyReplacements. */
  ruleId?: string
}

export interface LineState {
  text: string
  /** Where each character of `text` came from in the input line (origin.ts). */
  origin: Origin
  readonly line: number
  readonly edits: TextEdit[]
  /** The profile (line-profile.ts) of `text`; undefined until asked for, and after a change. */
  profile: number | undefined
}

export function createLineState(text: string, line: number, edits: TextEdit[]): LineState {
  return { text, origin: null, line, edits, profile: undefined }
}

/**
 * Apply sorted, non-overlapping replacements, recording one edit per replacement. `result`,
 * when the caller has it already, is the text they make (so it is not built again).
 */
export function applyReplacements(
  state: LineState,
  ruleId: string,
  replacements: readonly Replacement[],
  result?: string,
): void {
  if (replacements.length === 0) return
  const { text, origin: before } = state
  if (before === null) {
    applyFirst(state, ruleId, replacements, result)
    return
  }
  const origin = originBuilder(before, text.length)
  const originOf = originReader(before, text.length)
  // Pieces joined once: a flat string, where `+=` would leave a tree of pieces for the next
  // rule's scan to flatten.
  const parts: string[] = []
  let cursor = 0
  for (const r of replacements) {
    // Kept characters keep their origin (before the first change: their own index).
    origin.keep(cursor, r.start)
    if (result === undefined) parts.push(text.slice(cursor, r.start), r.text)
    const from = originOf(r.start)
    recordEdit(state, ruleId, r, from)
    origin.replace(r.text.length, from)
    cursor = r.end
  }
  origin.keep(cursor, text.length)
  if (result === undefined) parts.push(text.slice(cursor))
  state.text = result ?? parts.join('')
  state.profile = undefined
  state.origin = origin.done()
}

/**
 * applyReplacements on a line no rule has changed yet (most changed lines have one change): a
 * character's origin is its own index, so the segments are written here directly, as
 * originBuilder would write them, without its closures.
 */
function applyFirst(
  state: LineState,
  ruleId: string,
  replacements: readonly Replacement[],
  result: string | undefined,
): void {
  const { text } = state
  const origin: number[] = []
  const parts: string[] = []
  let at = 0
  let cursor = 0
  for (const r of replacements) {
    if (r.start > cursor) {
      origin.push(at, cursor, 1)
      at += r.start - cursor
    }
    if (result === undefined) parts.push(text.slice(cursor, r.start), r.text)
    recordEdit(state, ruleId, r, r.start)
    if (r.text.length > 0) {
      origin.push(at, r.start, 0)
      at += r.text.length
    }
    cursor = r.end
  }
  if (text.length > cursor) origin.push(at, cursor, 1)
  if (result === undefined) parts.push(text.slice(cursor))
  state.text = result ?? parts.join('')
  state.profile = undefined
  state.origin = origin
}

/** Replacements for every match of a global regex, the new text computed by `replace`. */
export function replacementsOf(
  text: string,
  pattern: RegExp,
  replace: (match: RegExpExecArray) => string | undefined,
): Replacement[] {
  const out: Replacement[] = []
  for (const match of text.matchAll(pattern)) {
    const next = replace(match)
    if (next !== undefined && next !== match[0]) {
      out.push({ start: match.index, end: match.index + match[0].length, text: next })
    }
  }
  return out
}

/** The edit a replacement of the current text makes, placed at `from` in the input line. */
function recordEdit(state: LineState, ruleId: string, r: Replacement, from: number): void {
  state.edits.push({
    ruleId: r.ruleId ?? ruleId,
    line: state.line,
    column: from + 1,
    actual: state.text.slice(r.start, r.end),
    expected: r.text,
  })
}
