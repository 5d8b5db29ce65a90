/**
 * Rule `normalise/mojibake`: UTF-8 that a scraper read as windows-1252 or Latin-1, once or
 * twice. Each UTF-8 sequence is re-encoded to its bytes and decoded strictly; a lost NBSP byte
 * of `à` (`Ã` + space) is restored only inside a word. The line is repaired only when this
 * lowers its count of non-Vietnamese words without losing a valid one.
 */
import { scoreVietnamese, validShare } from '../decode/score.js'
import { encodeWestern } from '../decode/western.js'
import type { Replacement } from './line-state.js'
import { UTF8_AS_WESTERN } from './patterns.js'

const SEQUENCE = new RegExp(`${UTF8_AS_WESTERN}|(?<=\\p{L})\\u00c3 |\\u00e1\\u00ba `, 'gu')
const UTF8 = new TextDecoder('utf-8', { fatal: true })
const MAX_PASSES = 3
/**
 * What a repaired sequence may be: Latin, combining marks, Greek and Cyrillic, Vietnamese,
 * punctuation and symbols, CJK and Hangul, emoji. Never a C1 control, and not the scripts
 * (Hebrew … NKo) whose two-byte codes mis-decoded Vietnamese so often spells by chance.
 */
// Tested on one code point at a time, so a combining mark in the class is meant.
const PLAUSIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /^[\u00a0-\u024f\u0300-\u036f\u0370-\u052f\u1e00-\u1eff\u2000-\u2bff\u3000-\u9fff\uac00-\ud7af\u{1f000}-\u{1faff}]$/u

function decodeSequence(sequence: string): string | undefined {
  const bytes = encodeWestern(sequence.replace(' ', '\u00a0'))
  if (!bytes) return undefined
  let text: string
  try {
    text = UTF8.decode(bytes)
  } catch {
    return undefined
  }
  return PLAUSIBLE.test(text) ? text : undefined
}

/** One pass of sequence repairs over a text. */
export function mojibakePass(text: string): Replacement[] {
  const out: Replacement[] = []
  for (const match of text.matchAll(SEQUENCE)) {
    const decoded = decodeSequence(match[0])
    if (decoded !== undefined) {
      out.push({ start: match.index, end: match.index + match[0].length, text: decoded })
    }
  }
  return out
}

function applyAll(text: string, replacements: readonly Replacement[]): string {
  let out = ''
  let cursor = 0
  for (const r of replacements) {
    out += text.slice(cursor, r.start) + r.text
    cursor = r.end
  }
  return out + text.slice(cursor)
}

export interface MojibakeRepair {
  passes: number
  /** Share of valid Vietnamese words after the repair. */
  share: number
}

/** How many passes repair the line; undefined when the repair is not accepted. */
export function mojibakeRepair(text: string): MojibakeRepair | undefined {
  let current = text
  let passes = 0
  while (passes < MAX_PASSES) {
    const replacements = mojibakePass(current)
    if (replacements.length === 0) break
    current = applyAll(current, replacements)
    passes++
  }
  if (passes === 0) return undefined
  const before = scoreVietnamese(text)
  const after = scoreVietnamese(current)
  if (after.invalid >= before.invalid || after.valid < before.valid) return undefined
  return { passes, share: validShare(after) }
}
