/**
 * Rule `normalise/legacy-encoding`: a line of TCVN3, VNI, VISCII or Windows-1258 bytes that a
 * scraper decoded as Western text (`Th«ng tin`, `Tieáng Vieät`). The line's characters are
 * turned back into bytes, each candidate encoding decodes them strictly with an exact round
 * trip, and the best candidate is accepted only when it clearly raises the share of valid
 * Vietnamese syllables and either turns a tell-tale word (`Th«ng`, `Thoâng`, `kiêìn`) into
 * Vietnamese or turns at least two (so a lone loanword such as `choòng` is left alone).
 *
 * Decoding works chunk by chunk (space-separated), each chunk's readings remembered: the four
 * encodings are single-byte or pair a base with the next byte, the space byte is a space in
 * every one of them and joins with nothing, and no other byte decodes to a space or to nothing
 * (test/normalize/scanners.test.ts checks each table), so the chunks of the decoded line are
 * the decoded chunks; printable ASCII reads as itself.
 */
import { LEGACY_ENCODINGS } from '../decode/legacy.js'
import { validShare, type VietnameseScore } from '../decode/score.js'
import { memo, type NormalizeCache } from './cache.js'
import {
  countedWords,
  isRead,
  readInvalid,
  readText,
  readValid,
  scoreOfChunks,
  UNDECODABLE,
  wordTotals,
  type ChunkRecord,
  type LineChunks,
} from './chunks.js'
import type { Replacement } from './line-state.js'
import { classOf, VIETNAMESE_LETTERS, vowelInfo } from './letters.js'

/** The repaired line must have at least this share of valid words. */
const MIN_SHARE = 0.6
/** Without a tell-tale character, this many words must turn valid. */
const MIN_PLAIN_CONVERSIONS = 2
/** A character that is neither ASCII nor a Vietnamese letter (`«`, `ä`, `®`, `ß`, soft hyphen). */
const FOREIGN_CHAR = new RegExp(`[^\\x00-\\x7f${classOf(VIETNAMESE_LETTERS)}]`)
/**
 * Vowel pairs whose second vowel may carry a tone or shape mark in Vietnamese (hoà, khoẻ, thuỷ,
 * hoặc, tiên, yên, quân, huệ, muốn, thuở, người), and `oo` of loanwords such as `choòng`.
 */
const MARKED_SECOND = new Set([
  'oa',
  'oe',
  'uy',
  'oă',
  'iê',
  'yê',
  'uâ',
  'uê',
  'uô',
  'uơ',
  'ươ',
  'oo',
])

/**
 * Whether a word shows a tell-tale sign of mis-decoding: a character Vietnamese never uses, or
 * a marked vowel after a vowel where no syllable has one (`kiêìn`, `Thoâng`, `NguyÔn`).
 */
function isTelling(word: string): boolean {
  if (FOREIGN_CHAR.test(word)) return true
  const chars = [...word]
  for (let i = 1; i < chars.length; i++) {
    const first = vowelInfo(chars[i - 1] ?? '')
    const second = vowelInfo(chars[i] ?? '')
    if (!first || !second || (second.tone === 0 && !'ăâêôơư'.includes(second.base))) continue
    const before = (chars[i - 2] ?? '').toLowerCase()
    const glide = (before === 'q' && first.base === 'u') || (before === 'g' && first.base === 'i')
    if (!glide && !MARKED_SECOND.has(first.base + second.base)) return true
  }
  return false
}

/** What a candidate must do to count: the bar set by the line and by the best so far. */
interface Bar {
  /** The line's own score. */
  before: VietnameseScore
  /** A share the candidate's must exceed (the line's own, the UTF-8 repair's). */
  above: number
  /** The best candidate so far, which the candidate must at least equal. */
  best: Best | undefined
}

/**
 * Whether a candidate that has read some chunks (valid and invalid words so far) can still
 * clear the bar, even if every word it has left to count were valid (`left`).
 */
function canClear(bar: Bar, valid: number, invalid: number, left: number): boolean {
  const most = valid + left
  if (invalid >= bar.before.invalid || most <= bar.before.valid) return false
  // The share can only be lower than this (a rounded quotient keeps the order).
  const share = most + invalid === 0 ? 0 : most / (most + invalid)
  if (share < MIN_SHARE || share <= bar.above) return false
  return !bar.best || share >= bar.best.share
}

/**
 * The score of the line read in encoding `e`, chunk by chunk; undefined when a chunk does not
 * decode, or as soon as the chunks read so far make the bar out of reach (later chunks only add
 * words). `left` is the sum of countedWords over the chunks (the most valid words they can give).
 */
function candidate(
  records: readonly ChunkRecord[],
  e: number,
  bar: Bar,
  left: number,
  probe: ChunkRecord | undefined,
  likely: boolean,
): VietnameseScore | undefined {
  // The bound that canClear tests only falls as chunks are read, in any order, so a reading
  // that fails it, or does not decode, fails the whole line. The chunks read in this encoding
  // already (for earlier lines: a page repeats its words) first, then the probe (the first
  // invalid chunk), so that a weaker encoding is mostly ruled out with nothing read; a `likely`
  // one (tryOrder) goes straight to the probe and the whole line, most often to win.
  if (!likely && !clearing(records, e, bar, left, true)) return undefined
  if (probe && !clearing([probe], e, bar, left, false)) return undefined
  // A chunk that reads as itself has its own score, and one left out (printable ASCII,
  // chunks.ts) has none, so these sums are the score of the line with the chunks replaced.
  return clearing(records, e, bar, left, false)
}

/**
 * The score of `records` read in encoding `e` (with `readOnly`, of those read in it already,
 * reading nothing), chunk by chunk; undefined when a chunk does not decode, or as soon as the
 * sums make the bar out of reach with `left` counted words at most for the line.
 */
function clearing(
  records: readonly ChunkRecord[],
  e: number,
  bar: Bar,
  left: number,
  readOnly: boolean,
): VietnameseScore | undefined {
  let valid = 0
  let invalid = 0
  for (const record of records) {
    if (readOnly && !isRead(record, e)) continue
    const v = readValid(record, e)
    if (v === UNDECODABLE) return undefined
    valid += v
    invalid += readInvalid(record, e)
    left -= countedWords(record, e)
    if (!canClear(bar, valid, invalid, left)) return undefined
  }
  return { valid, invalid }
}

/** Whether a chunk that has been read in encoding `e` does not decode or has an invalid word. */
function knownBad(records: readonly ChunkRecord[], e: number): boolean {
  for (const record of records) {
    if (!isRead(record, e)) continue
    if (readValid(record, e) === UNDECODABLE || readInvalid(record, e) > 0) return true
  }
  return false
}

/**
 * The replacements that reading the line in encoding `e` makes (a candidate: every chunk
 * decodes), or undefined when it converts fewer than MIN_PLAIN_CONVERSIONS words (invalid
 * words that became valid) and none of them shows a tell-tale sign: the tell-tale test is
 * needed only then, for at most one word.
 */
function replacementsOf(
  { records, starts }: LineChunks,
  e: number,
  cache: NormalizeCache,
): Replacement[] | undefined {
  const replacements: Replacement[] = []
  let converted = 0
  let convertedWord = ''
  for (let i = 0; i < records.length; i++) {
    const record = records[i]
    const text = record && readText(record, e)
    if (!record || text === undefined) continue
    if (record.invalid > 0 && readInvalid(record, e) === 0 && readValid(record, e) > 0) {
      converted++
      convertedWord = record.word
    }
    const start = starts[i] ?? 0
    replacements.push({ start, end: start + record.word.length, text, actual: record.word })
  }
  if (converted >= MIN_PLAIN_CONVERSIONS) return replacements
  return converted > 0 && memo(cache.telling, convertedWord, isTelling) ? replacements : undefined
}

export interface LegacyRepair {
  replacements: Replacement[]
  share: number
}

/**
 * The encodings (indices into LEGACY_ENCODINGS) in the order to try them: first the first one
 * (in their order) that makes the line's first invalid chunk valid, then the rest in their
 * order. The probe is read only until that one is found, and in an encoding that a chunk read
 * already shows to be weak (knownBad) only if no other is one: once it has won with every word
 * valid, a later encoding whose words could at most tie with it is not read at all (see
 * `cannotBeat`). The order changes only how soon a weaker candidate is given up, never which
 * one wins: ties go to the earlier encoding whatever the order (see `beats`).
 */
function tryOrder(records: readonly ChunkRecord[], probe: ChunkRecord | undefined): TryOrder {
  const order = LEGACY_ENCODINGS.map((_, e) => e)
  if (!probe) return { order, likely: -1 }
  const promising = (e: number): boolean => readValid(probe, e) > 0 && readInvalid(probe, e) === 0
  // Encodings that a chunk read already shows to be weak are looked at only if no other is.
  let first = order.findIndex((e) => !knownBad(records, e) && promising(e))
  const likely = first
  if (first < 0) first = order.findIndex(promising)
  if (first > 0) {
    order.copyWithin(1, 0, first)
    order[0] = first
  }
  return { order, likely }
}

interface TryOrder {
  order: number[]
  /** The first encoding of the order when no chunk read shows it weak and the probe reads valid in it; else -1. */
  likely: number
}

interface Best {
  replacements: Replacement[]
  share: number
  valid: number
  encoding: number
}

/** Whether a candidate takes the place of the best so far (ties: the earlier encoding). */
function beats(share: number, valid: number, encoding: number, best: Best | undefined): boolean {
  if (!best || share !== best.share) return !best || share > best.share
  return valid !== best.valid ? valid > best.valid : encoding < best.encoding
}

/**
 * Whether encoding `e`, whose reading has at most `most` words that count (countedWords,
 * summed), cannot take the place of `best` whatever its chunks read as: once the best has every
 * word valid (share 1), only a reading with every word valid and more valid words, or as many
 * in an earlier encoding, can (`beats`). Such an encoding is not read at all.
 */
function cannotBeat(best: Best | undefined, most: number, e: number): boolean {
  if (!best || best.share !== 1) return false
  return most < best.valid || (most === best.valid && e > best.encoding)
}

/**
 * Word replacements that repair the line, or undefined when no encoding convincingly does or
 * none beats a UTF-8 repair with share `utf8Share`. `chunks` are the chunks (chunks.ts) of a
 * line whose every character windows-1252 or Latin-1 can show (the caller has checked).
 */
export function legacyRepair(
  chunks: LineChunks,
  utf8Share: number,
  cache: NormalizeCache,
): LegacyRepair | undefined {
  const { records } = chunks
  const before = scoreOfChunks(records)
  if (before.invalid === 0) return undefined
  const beforeShare = validShare(before)
  const left = wordTotals(records)
  let best: Best | undefined
  const probe = records.find((r) => r.invalid > 0)
  const { order, likely } = tryOrder(records, probe)
  for (const e of order) {
    if (cannotBeat(best, left[e] ?? 0, e)) continue
    const bar = { before, above: Math.max(beforeShare, utf8Share), best }
    const after = candidate(records, e, bar, left[e] ?? 0, probe, e === likely)
    if (!after) continue
    if (after.valid <= before.valid || after.invalid >= before.invalid) continue
    const share = validShare(after)
    if (share < MIN_SHARE || share <= beforeShare) continue
    // Replacements (and the tell-tale test) only for a candidate that would take the lead.
    if (!beats(share, after.valid, e, best)) continue
    const replacements = replacementsOf(chunks, e, cache)
    if (replacements) best = { replacements, share, valid: after.valid, encoding: e }
  }
  return best && { replacements: best.replacements, share: best.share }
}
