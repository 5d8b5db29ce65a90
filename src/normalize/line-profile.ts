/**
 * One pass over a line that tells which rules can change it, so that a rule whose tell-tale
 * characters are absent is not run (each would otherwise scan the line again). Every flag is a
 * necessary condition for its rule to make a change, never a sufficient one: the rule itself
 * still decides. test/normalize/line-profile.test.ts checks each flag against its rule.
 */
import { lazy } from '../text/lazy.js'
import { Char, CHARS } from './char-table.js'

/** A zero-width space, word joiner or BOM (`normalise/invisible`, run first). */
export const HAS_ZERO_WIDTH = 1
/** ZWSP, ZWNJ, ZWJ, word joiner, BOM or soft hyphen (INVISIBLE_HINT). */
export const HAS_INVISIBLE = 2
/** Ð Ɖ ð, or a Greek or Cyrillic letter (LOOKALIKE_HINT). */
export const HAS_LOOKALIKE = 4
/** A space other than U+0020, a space at either end, or two U+0020 in a row. */
export const HAS_ODD_SPACING = 8
/** A U+0020 right before `, . ; : ! ? …`. */
export const HAS_SPACE_BEFORE_PUNCTUATION = 16
/** A character that is not NFC-inert (char-table.ts): NFC or tone order may change the line. */
export const HAS_NON_INERT = 32
/**
 * A character U+00C2–U+00F4 right before a continuation (or `Ã` before a space): how every
 * UTF-8 sequence read as Western text that mojibake.ts repairs starts.
 */
export const HAS_LEAD = 64
/** A character beyond ASCII. */
export const HAS_NON_ASCII = 128
/** A character that neither windows-1252 nor Latin-1 can show. */
export const HAS_NOT_WESTERN = 256

// Per code unit: the hint flags above that one character sets on its own, and PHRASE_END.
const PHRASE_END = 128

function buildHints(): Uint8Array {
  const hints = new Uint8Array(0x10000)
  const mark = (from: number, to: number, flag: number): void => {
    for (let c = from; c <= to; c++) hints[c] = (hints[c] ?? 0) | flag
  }
  for (const c of [0x200b, 0x2060, 0xfeff]) mark(c, c, HAS_ZERO_WIDTH)
  for (const c of [0x2060, 0xfeff, 0x00ad]) mark(c, c, HAS_INVISIBLE)
  mark(0x200b, 0x200d, HAS_INVISIBLE)
  for (const c of [0x00d0, 0x0189, 0x00f0]) mark(c, c, HAS_LOOKALIKE)
  mark(0x0370, 0x04ff, HAS_LOOKALIKE)
  for (const c of [0x09, 0xa0, 0x1680, 0x202f, 0x205f, 0x3000]) mark(c, c, HAS_ODD_SPACING)
  mark(0x2000, 0x200a, HAS_ODD_SPACING)
  for (const ch of ',.;:!?…') mark(ch.charCodeAt(0), ch.charCodeAt(0), PHRASE_END)
  return hints
}

/** Set in a PROFILE entry when the character needs more than the common steps. */
const ATTENTION = 1 << 24

/**
 * Per code unit, one entry for the whole loop: the character's CHARS entry (bits 0–15), its
 * hints (bits 16–23) and ATTENTION when it has a hint or is a space (a space sets a flag by
 * its neighbours; a continuation after a lead, the other neighbourly case, is caught without a
 * branch: such runs alternate too irregularly in mis-decoded text for a branch to be guessed
 * right). Built on first use: a clean line needs none.
 */
const profileTable = lazy((): Uint32Array => {
  const hints = buildHints()
  const table = new Uint32Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    const t = CHARS[c] ?? 0
    const h = hints[c] ?? 0
    const attention = h !== 0 || c === 0x20
    table[c] = (t | (h << 16) | (attention ? ATTENTION : 0)) >>> 0
  }
  return table
})

/** The flags of a line: which rules may change it. */
export function lineProfile(text: string): number {
  const n = text.length
  if (n === 0) return 0
  const table = profileTable()
  let flags = 0
  let seen = 0
  let every = Char.NFC_INERT
  let prev = 0
  let prevCode = -1
  // Gets Char.CONTINUATION where a lead (the bit below it) comes right before a continuation.
  let afterLead = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    const e = table[c] ?? 0
    seen |= e
    every &= e
    afterLead |= (prev << 1) & e
    if ((e & ATTENTION) !== 0) {
      const h = (e >>> 16) & 0xff
      flags |= h & ~PHRASE_END
      if ((h & PHRASE_END) !== 0 && prevCode === 0x20) flags |= HAS_SPACE_BEFORE_PUNCTUATION
      if (c === 0x20 && prevCode === 0x20) flags |= HAS_ODD_SPACING
      if (c === 0x20 && prevCode === 0xc3) flags |= HAS_LEAD
    }
    prev = e
    prevCode = c
  }
  if ((afterLead & Char.CONTINUATION) !== 0) flags |= HAS_LEAD
  if (text.charCodeAt(0) === 0x20 || prevCode === 0x20) flags |= HAS_ODD_SPACING
  if ((every & Char.NFC_INERT) === 0) flags |= HAS_NON_INERT
  if ((seen & Char.NON_ASCII) !== 0) flags |= HAS_NON_ASCII
  if ((seen & Char.NOT_WESTERN) !== 0) flags |= HAS_NOT_WESTERN
  return flags
}

/**
 * The profile of a `western` line (fast-path.ts), known without reading it again: the
 * classifier read it to the end and found characters beyond ASCII, every one of them one that
 * windows-1252 or Latin-1 can show, and nothing that a text rule or the invisible-character
 * step looks for. HAS_LEAD is set whether or not the line has a lead (a flag only lets a rule
 * look: the UTF-8 repair's own scan finds no sequence where there is none).
 */
export const WESTERN_PROFILE = HAS_NON_ASCII | HAS_LEAD

/**
 * Something whose text changes, with the profile of its text (line-state.ts drops the profile
 * whenever it changes the text, so that no string comparison is needed here).
 */
export interface Profiled {
  readonly text: string
  profile: number | undefined
}

/** The profile flags of the current text, worked out again only when the text has changed. */
export function flagsOf(target: Profiled): number {
  if (target.profile !== undefined) return target.profile
  const flags = lineProfile(target.text)
  target.profile = flags
  return flags
}
