/**
 * Rule `normalise/legacy-encoding`: a line of TCVN3, VNI, VISCII or Windows-1258 bytes that a
 * scraper decoded as Western text (`Th«ng tin`, `Tieáng Vieät`). The line's characters are
 * turned back into bytes, each candidate encoding decodes them strictly with an exact round
 * trip, and the best candidate is accepted only when it clearly raises the share of valid
 * Vietnamese syllables and either turns a tell-tale word (`Th«ng`, `Thoâng`, `kiêìn`) into
 * Vietnamese or turns at least two (so a lone loanword such as `choòng` is left alone).
 */
import { decodeLegacy, LEGACY_ENCODINGS, type LegacyEncoding } from '../decode/legacy.js'
import { scoreVietnamese, validShare, type VietnameseScore } from '../decode/score.js'
import { encodeWestern } from '../decode/western.js'
import type { Replacement } from './line-state.js'
import { classOf, VIETNAMESE_LETTERS, vowelInfo } from './letters.js'
import { NON_ASCII } from './patterns.js'

/** The repaired line must have at least this share of valid words. */
const MIN_SHARE = 0.6
/** Without a tell-tale character, this many words must turn valid. */
const MIN_PLAIN_CONVERSIONS = 2
const CHUNK = /[^ ]+/g
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

interface Chunk {
  word: string
  start: number
  score: VietnameseScore
}

interface Candidate {
  replacements: Replacement[]
  score: VietnameseScore
  /** Words that were invalid and became valid, and how many of them had a tell-tale character. */
  converted: number
  telling: number
}

/** The line's space-separated chunks (every one, so that they line up with the decoded line). */
function chunksOf(text: string): Chunk[] {
  return [...text.matchAll(CHUNK)].map((m) => ({
    word: m[0],
    start: m.index,
    score: NON_ASCII.test(m[0]) ? scoreVietnamese(m[0]) : { valid: 0, invalid: 0 },
  }))
}

/**
 * Decode the whole line strictly (spaces are ASCII in every candidate and no letter spans one,
 * so decoded chunks line up with the input's); undefined when it does not decode.
 */
function candidate(
  bytes: Uint8Array,
  chunks: readonly Chunk[],
  total: VietnameseScore,
  encoding: LegacyEncoding,
): Candidate | undefined {
  const decoded = decodeLegacy(bytes, encoding, true)?.match(CHUNK) ?? undefined
  if (!decoded || decoded.length !== chunks.length) return undefined
  const replacements: Replacement[] = []
  let { valid, invalid } = total
  let converted = 0
  let telling = 0
  chunks.forEach(({ word, start, score }, i) => {
    const text = decoded[i] ?? word
    if (text === word) return
    const after = scoreVietnamese(text)
    valid += after.valid - score.valid
    invalid += after.invalid - score.invalid
    if (score.invalid > 0 && after.invalid === 0 && after.valid > 0) {
      converted++
      if (isTelling(word)) telling++
    }
    replacements.push({ start, end: start + word.length, text })
  })
  return { replacements, score: { valid, invalid }, converted, telling }
}

export interface LegacyRepair {
  replacements: Replacement[]
  share: number
}

/** Word replacements that repair the line, or undefined when no encoding convincingly does. */
export function legacyRepair(text: string): LegacyRepair | undefined {
  const bytes = encodeWestern(text)
  if (!bytes) return undefined
  const chunks = chunksOf(text)
  const before = chunks.reduce(
    (sum, c) => ({ valid: sum.valid + c.score.valid, invalid: sum.invalid + c.score.invalid }),
    { valid: 0, invalid: 0 },
  )
  if (before.invalid === 0) return undefined
  const beforeShare = validShare(before)
  let best: (LegacyRepair & { valid: number }) | undefined
  for (const encoding of LEGACY_ENCODINGS) {
    const found = candidate(bytes, chunks, before, encoding)
    if (!found || (found.telling === 0 && found.converted < MIN_PLAIN_CONVERSIONS)) continue
    const { replacements, score: after } = found
    const share = validShare(after)
    if (after.valid <= before.valid || after.invalid >= before.invalid) continue
    if (share < MIN_SHARE || share <= beforeShare) continue
    if (!best || share > best.share || (share === best.share && after.valid > best.valid)) {
      best = { replacements, share, valid: after.valid }
    }
  }
  return best && { replacements: best.replacements, share: best.share }
}
