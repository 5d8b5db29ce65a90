/**
 * A line being normalised: its current text, where each of its characters came from in the
 * input line, and the edits made so far. Rules return replacements; this applies them.
 */
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
  /** Input-line index of each character of `text`; null while the text is the input itself. */
  origin: Int32Array | null
  readonly line: number
  readonly edits: TextEdit[]
}

export function createLineState(text: string, line: number, edits: TextEdit[]): LineState {
  return { text, origin: null, line, edits }
}

function originAt(state: LineState, index: number): number {
  if (!state.origin) return index
  if (index < state.origin.length) return state.origin[index] ?? index
  const last = state.origin[state.origin.length - 1]
  return last === undefined ? 0 : last + 1
}

/** Apply sorted, non-overlapping replacements, recording one edit per replacement. */
export function applyReplacements(
  state: LineState,
  ruleId: string,
  replacements: readonly Replacement[],
): void {
  if (replacements.length === 0) return
  const { text } = state
  let length = text.length
  for (const r of replacements) length += r.text.length - (r.end - r.start)
  const origin = new Int32Array(length)
  let at = 0
  let out = ''
  let cursor = 0
  const before = state.origin
  const keep = (to: number): void => {
    // Kept characters keep their origin (before the first change: their own index).
    if (before) origin.set(before.subarray(cursor, to), at)
    else for (let i = cursor; i < to; i++) origin[at + i - cursor] = i
    at += to - cursor
    out += text.slice(cursor, to)
  }
  for (const r of replacements) {
    keep(r.start)
    const from = originAt(state, r.start)
    state.edits.push({
      ruleId: r.ruleId ?? ruleId,
      line: state.line,
      column: from + 1,
      actual: text.slice(r.start, r.end),
      expected: r.text,
    })
    origin.fill(from, at, at + r.text.length)
    at += r.text.length
    out += r.text
    cursor = r.end
  }
  keep(text.length)
  state.text = out
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
