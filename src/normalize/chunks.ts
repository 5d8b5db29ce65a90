/**
 * A line cut at its spaces for the encoding repairs: each chunk with its score (decode/score.ts
 * never counts a word across a space, so a line's score is the sum of its chunks') and, filled
 * in only when a legacy repair asks, its strict reading in each legacy encoding. A chunk's
 * record is remembered in the cache, so a word seen before costs one lookup.
 */
import {
  decodeWesternStrict,
  LEGACY_ENCODINGS,
  legacyByteFlags,
  NON_ASCII_BYTE,
  SEPARATOR_BYTE,
} from '../decode/legacy.js'
import { scoreVietnamese, type VietnameseScore } from '../decode/score.js'
import { westernByte } from '../decode/western.js'
import { memo, type NormalizeCache } from './cache.js'

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

/** The record of a chunk (no space in it), from the cache. */
export function chunkRecord(cache: NormalizeCache, word: string): ChunkRecord {
  if (isPrintableAscii(word)) return PRINTABLE
  return memo(cache.chunks, word, (text) => ({
    score: scoreVietnamese(text),
    counts: [-1, -1, -1, -1],
    readings: [null, null, null, null],
  }))
}

/** The non-empty space-separated chunks of a line (the matches of /[^ ]+/g), with records. */
export function lineChunks(text: string, cache: NormalizeCache): Chunk[] {
  const chunks: Chunk[] = []
  for (let start = 0; start < text.length;) {
    let end = text.indexOf(' ', start)
    if (end < 0) end = text.length
    if (end > start) {
      const word = text.slice(start, end)
      chunks.push({ word, start, record: chunkRecord(cache, word) })
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
  const totals = LEGACY_ENCODINGS.map(() => 0)
  for (const chunk of chunks) {
    for (let e = 0; e < totals.length; e++) totals[e] = (totals[e] ?? 0) + countedWords(chunk, e)
  }
  return totals
}

/**
 * Per Western byte, the flags of its character in every encoding of LEGACY_ENCODINGS at once:
 * bit 2e is SEPARATOR_BYTE and bit 2e + 1 NON_ASCII_BYTE of encoding e.
 */
function buildByteFlags(): Uint8Array {
  const all = new Uint8Array(256)
  legacyByteFlags().forEach((flags, e) => {
    for (let b = 0; b < 256; b++) all[b] = (all[b] ?? 0) | ((flags[b] ?? 0) << (2 * e))
  })
  return all
}

const BYTE_FLAGS = buildByteFlags()

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

/** Fill counts[e] for every encoding e (a character with no Western byte separates words). */
function countWords(word: string, counts: number[]): void {
  const encodings = LEGACY_ENCODINGS.length
  for (let e = 0; e < encodings; e++) counts[e] = 0
  // Per encoding, bit e: inside a word; bit 4 + e: the word has a character beyond ASCII.
  let state = 0
  for (let i = 0; i < word.length; i++) {
    const byte = westernByte(word.charCodeAt(i))
    const f = byte < 0 ? 0x55 : (BYTE_FLAGS[byte] ?? 0)
    for (let e = 0; e < encodings; e++) {
      const flags = f >> (2 * e)
      if ((flags & SEPARATOR_BYTE) !== 0) {
        if ((state & (0x10 << e)) !== 0) counts[e] = (counts[e] ?? 0) + 1
        state &= ~((1 << e) | (0x10 << e))
        continue
      }
      state |= 1 << e
      if ((flags & NON_ASCII_BYTE) !== 0) state |= 0x10 << e
    }
  }
  for (let e = 0; e < encodings; e++) {
    if ((state & (0x10 << e)) !== 0) counts[e] = (counts[e] ?? 0) + 1
  }
}
