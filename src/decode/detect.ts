/**
 * Choose the encoding of bytes that are not valid UTF-8: nearly-UTF-8 (a few broken bytes),
 * one of the legacy Vietnamese encodings (the decoding with the clearly highest share of
 * valid syllables), or windows-1252 when no Vietnamese reading is convincing.
 */
import { decodeLegacy, LEGACY_ENCODINGS } from './legacy.js'
import { scoreVietnamese, validShare } from './score.js'
import type { EncodingName } from './encodings.js'

/** Bytes scored per candidate; enough for any real page. */
const SAMPLE_BYTES = 256 * 1024
/** A legacy reading must make at least this share of non-ASCII words valid syllables … */
const MIN_SHARE = 0.6
/** … and at least this many of them. */
const MIN_VALID = 3
/** Broken UTF-8 still counts as UTF-8 while it has this many good non-ASCII characters per bad byte. */
const UTF8_GOOD_PER_BAD = 20

function nearlyUtf8(bytes: Uint8Array): boolean {
  const text = new TextDecoder('utf-8').decode(bytes)
  let bad = 0
  let good = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0xfffd) bad++
    else if (code >= 0x80) good++
  }
  return good >= UTF8_GOOD_PER_BAD * bad
}

/** The best guess for non-UTF-8 bytes (never `utf-8` strict: the caller tried that). */
export function detectEncoding(bytes: Uint8Array): EncodingName {
  const sample = bytes.subarray(0, SAMPLE_BYTES)
  if (nearlyUtf8(sample)) return 'utf-8'
  let best: { encoding: EncodingName; share: number; valid: number } | undefined
  for (const encoding of LEGACY_ENCODINGS) {
    const text = decodeLegacy(sample, encoding, false) ?? ''
    const score = scoreVietnamese(text)
    const share = validShare(score)
    if (!best || share > best.share || (share === best.share && score.valid > best.valid)) {
      best = { encoding, share, valid: score.valid }
    }
  }
  if (best && best.share >= MIN_SHARE && best.valid >= MIN_VALID) return best.encoding
  return 'windows-1252'
}
