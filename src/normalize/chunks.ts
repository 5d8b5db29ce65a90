/**
 * A line cut at its spaces for the encoding repairs: each chunk with its score (decode/score.ts
 * never counts a word across a space, so a line's score is the sum of its chunks') and, filled
 * in only when a legacy repair asks, its strict reading in each legacy encoding. A chunk's
 * record is remembered in the cache (chunk-table.ts), so a word seen before costs one lookup.
 */
import { lazy } from '../text/lazy.js'
import {
  decodeWesternStrict,
  LEGACY_ENCODINGS,
  legacyByteFlags,
  NON_ASCII_BYTE,
  SEPARATOR_BYTE,
} from '../decode/legacy.js'
import { scoreVietnamese, type VietnameseScore } from '../decode/score.js'
import { westernByte } from '../decode/western.js'
import type { NormalizeCache } from './cache.js'
import { addChunk, findChunk, HASH_SEED, hashStep } from './chunk-table.js'

/** A chunk decoded strictly in one legacy encoding, and that text's score. */
export interface Reading {
  text: string
  score: Readonly<VietnameseScore>
}

export interface ChunkRecord {
  readonly score: Readonly<VietnameseScore>
  /** Per encoding: countedWords of the chunk's reading (all -1 until first asked for). */
  readonly counts: number[]
  /**
   * Per encoding of LEGACY_ENCODINGS: null until asked for, undefined when the chunk does not
   * decode; null for the whole array when the chunk is printable ASCII (it reads as itself).
   */
  readonly readings: (Reading | undefined | null)[] | null
}

export interface Chunk {
  word: string
  start: number
  record: ChunkRecord
}

const NONE: Readonly<VietnameseScore> = Object.freeze({ valid: 0, invalid: 0 })
/** Printable ASCII: no word is counted, and every legacy encoding reads it as itself. */
const PRINTABLE: ChunkRecord = Object.freeze({
  score: NONE,
  counts: Object.freeze([]) as unknown as number[],
  readings: null,
})

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 || c > 0x7e) return false
  }
  return true
}

function scoreOfText(text: string): Readonly<VietnameseScore> {
  return isPrintableAscii(text) ? NONE : scoreVietnamese(text)
}

/** The record of a chunk (no space in it) that is not printable ASCII, made anew. */
function newRecord(word: string): ChunkRecord {
  return {
    score: scoreVietnamese(word),
    counts: [-1, -1, -1, -1],
    readings: [null, null, null, null],
  }
}

/**
 * The non-empty space-separated chunks of a line (the matches of /[^ ]+/g), with records from
 * the cache's chunk table (chunk-table.ts): each chunk is hashed as it is scanned.
 */
export function lineChunks(text: string, cache: NormalizeCache): Chunk[] {
  const table = cache.chunks
  const chunks: Chunk[] = []
  const n = text.length
  for (let start = 0; start < n;) {
    let hash = HASH_SEED
    let printable = true
    let end = start
    for (; end < n; end++) {
      const c = text.charCodeAt(end)
      if (c === 0x20) break
      hash = hashStep(hash, c)
      if (c < 0x20 || c > 0x7e) printable = false
    }
    if (end > start) {
      const slot = findChunk(table, text, start, end, hash)
      let word = table.keys[slot]
      let record = table.records[slot]
      if (word === undefined || record === undefined) {
        word = text.slice(start, end)
        record = printable ? PRINTABLE : newRecord(word)
        addChunk(table, slot, word, hash, record)
      }
      chunks.push({ word, start, record })
    }
    start = end + 1
  }
  return chunks
}

/** scoreVietnamese of the line the chunks were cut from. */
export function scoreOfChunks(chunks: readonly Chunk[]): VietnameseScore {
  let valid = 0
  let invalid = 0
  for (const { record } of chunks) {
    valid += record.score.valid
    invalid += record.score.invalid
  }
  return { valid, invalid }
}

/** The chunk decoded strictly in encoding `e` of LEGACY_ENCODINGS; undefined if it does not. */
export function readingOf(chunk: Chunk, e: number): Reading | undefined {
  const { readings } = chunk.record
  if (readings === null) return { text: chunk.word, score: chunk.record.score }
  let reading = readings[e]
  if (reading === null) {
    const text = decodeWesternStrict(chunk.word, LEGACY_ENCODINGS[e] ?? 'tcvn3')
    reading = text === undefined ? undefined : { text, score: scoreOfText(text) }
    readings[e] = reading
  }
  return reading
}

/** countedWords summed over the chunks, for each encoding e of LEGACY_ENCODINGS. */
export function wordTotals(chunks: readonly Chunk[]): number[] {
  const totals = [0, 0, 0, 0]
  for (const chunk of chunks) {
    const { readings, score, counts } = chunk.record
    if (readings === null) {
      // Printable ASCII reads as itself in every encoding (and counts no word).
      const words = score.valid + score.invalid
      for (let e = 0; e < 4; e++) totals[e] = (totals[e] ?? 0) + words
      continue
    }
    if ((counts[0] ?? -1) < 0) countWords(chunk.word, counts)
    for (let e = 0; e < 4; e++) totals[e] = (totals[e] ?? 0) + (counts[e] ?? 0)
  }
  return totals
}

/**
 * Per Western byte, its character's flags in every encoding of LEGACY_ENCODINGS at once: bit e
 * is SEPARATOR_BYTE of encoding e, bit 4 + e NON_ASCII_BYTE. Entry 256 is a character with no
 * Western byte, which separates words in every encoding.
 */
function buildByteFlags(): Uint8Array {
  if (LEGACY_ENCODINGS.length !== 4) throw new Error('chunks.ts counts words in four encodings')
  const all = new Uint8Array(257)
  legacyByteFlags().forEach((flags, e) => {
    for (let b = 0; b < 256; b++) {
      const f = flags[b] ?? 0
      if ((f & SEPARATOR_BYTE) !== 0) all[b] = (all[b] ?? 0) | (1 << e)
      if ((f & NON_ASCII_BYTE) !== 0) all[b] = (all[b] ?? 0) | (0x10 << e)
    }
  })
  all[256] = 0x0f
  return all
}

/** Built on first use: it decodes every byte in four encodings (a clean page needs none). */
const byteFlags = lazy(buildByteFlags)

/**
 * How many words of the chunk's reading in encoding `e` score.ts can count (runs between
 * separators that hold a character beyond ASCII), from the bytes alone: at least the valid and
 * invalid words of the reading together (NFC and VNI's pairs only join characters inside a
 * word), so the reading can have no more valid words than this. Every encoding is tried on
 * most lines, so the first question counts the words of all four in one pass.
 */
export function countedWords(chunk: Chunk, e: number): number {
  const { readings, score, counts } = chunk.record
  if (readings === null) return score.valid + score.invalid
  if ((counts[0] ?? -1) < 0) countWords(chunk.word, counts)
  return counts[e] ?? 0
}

/**
 * Fill counts[e] for every encoding e (a character with no Western byte separates words). The
 * four encodings are followed at once, one bit each: `open` has bit e while the word being read
 * in encoding e holds a character beyond ASCII, so that a separator closes a counted word.
 */
function countWords(word: string, counts: number[]): void {
  const flagsOf = byteFlags()
  let open = 0
  let c0 = 0
  let c1 = 0
  let c2 = 0
  let c3 = 0
  for (let i = 0; i < word.length; i++) {
    const byte = westernByte(word.charCodeAt(i))
    const f = flagsOf[byte < 0 ? 256 : byte] ?? 0
    const separators = f & 0x0f
    const closed = open & separators
    if (closed !== 0) {
      c0 += closed & 1
      c1 += (closed >> 1) & 1
      c2 += (closed >> 2) & 1
      c3 += (closed >> 3) & 1
    }
    // A separator ends the word; any other character beyond ASCII opens a counted one.
    open = (open | (f >> 4)) & ~separators
  }
  counts[0] = c0 + (open & 1)
  counts[1] = c1 + ((open >> 1) & 1)
  counts[2] = c2 + ((open >> 2) & 1)
  counts[3] = c3 + ((open >> 3) & 1)
}
