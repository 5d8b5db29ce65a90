/**
 * A line being normalised: its current text, where each of its characters came from in the
 * input line, and the edits made so far. Rules return replacements; this applies them.
 */
import {
  builtOrigin,
  keepOrigin,
  originAt,
  originBuilder,
  originReader,
  replaceOrigin,
  type Origin,
} from './origin.js'
import type { TextEdit } from './types.js'

/** Replace `text.slice(start, end)` with `text`. */
export interface Replacement {
  start: number
  end: number
  text: string
  /** Rule of this replacement when it differs from the one passed to applyReplacements. */
  ruleId?: string
  /** `text.slice(start, end)`, when the rule has that string already (no copy is made). */
  actual?: string
}

/** How much longer a replacement makes the text (< 0: shorter). */
export const growth = (r: Replacement): number => r.text.length - (r.end - r.start)

export interface LineState {
  text: string
  /**
   * Where each character of `text` came from in the input line (origin.ts), as originOf gives
   * it: while `replaced` is set, the origin is still to be worked out from those replacements.
   */
  origin: Origin
  /**
   * The replacements that made `text` from the input line itself, when they are the only
   * change so far: the origin they make is needed only if another rule changes the text, and
   * most lines that need work are done after one rule.
   */
  replaced: readonly Replacement[] | undefined
  readonly line: number
  readonly edits: TextEdit[]
  /** The profile (line-profile.ts) of `text`; undefined until asked for, and after a change. */
  profile: number | undefined
}

export function createLineState(text: string, line: number, edits: TextEdit[]): LineState {
  return { text, origin: null, replaced: undefined, line, edits, profile: undefined }
}

/** The origin of the current text, worked out now if `replaced` still stands for it. */
function originOf(state: LineState): Origin {
  const { replaced } = state
  if (replaced === undefined) return state.origin
  let length = state.text.length
  for (const r of replaced) length -= growth(r)
  const origin = originBuilder(null, length, replaced.length)
  let cursor = 0
  for (const r of replaced) {
    keepOrigin(origin, cursor, r.start)
    replaceOrigin(origin, r.text.length, r.start)
    cursor = r.end
  }
  keepOrigin(origin, cursor, length)
  state.origin = builtOrigin(origin)
  state.replaced = undefined
  return state.origin
}

/** Put the line back as it came (its edits are the caller's to drop). */
export function restoreLine(state: LineState, line: string): void {
  state.text = line
  state.origin = null
  state.replaced = undefined
  state.profile = undefined
}

/**
 * Apply sorted, non-overlapping replacements, recording one edit per replacement. `result`,
 * when the caller has it already, is the text they make (so it is not built again). The first
 * replacements made on a line are kept (as `replaced`): callers hand over lists they do not
 * change afterwards.
 */
export function applyReplacements(
  state: LineState,
  ruleId: string,
  replacements: readonly Replacement[],
  result?: string,
): void {
  if (replacements.length === 0) return
  const { text } = state
  const before = originOf(state)
  // On the input line itself, an edit is at its replacement's own index.
  const origin =
    before === null ? undefined : originBuilder(before, text.length, replacements.length)
  const reader = originReader(before, text.length)
  // Pieces joined once: a flat string, where `+=` would leave a tree of pieces for the next
  // rule's scan to flatten. Two per replacement and the rest of the text: made at its size.
  const parts: string[] | undefined =
    result === undefined ? new Array<string>(2 * replacements.length + 1) : undefined
  let cursor = 0
  for (let i = 0; i < replacements.length; i++) {
    const r = replacements[i] as Replacement
    // Kept characters keep their origin.
    if (origin) keepOrigin(origin, cursor, r.start)
    if (parts) {
      parts[2 * i] = text.slice(cursor, r.start)
      parts[2 * i + 1] = r.text
    }
    const from = originAt(reader, r.start)
    recordEdit(state, ruleId, r, from)
    if (origin) replaceOrigin(origin, r.text.length, from)
    cursor = r.end
  }
  if (origin) keepOrigin(origin, cursor, text.length)
  if (parts) parts[2 * replacements.length] = text.slice(cursor)
  state.text = result ?? parts?.join('') ?? ''
  state.profile = undefined
  state.origin = origin ? builtOrigin(origin) : null
  state.replaced = origin ? undefined : replacements
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
    actual: r.actual ?? state.text.slice(r.start, r.end),
    expected: r.text,
  })
}
