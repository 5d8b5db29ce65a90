/**
 * A line cut at its spaces for the encoding repairs: each chunk with its score (decode/score.ts
 * never counts a word across a space, so a line's score is the sum of its chunks') and, filled
 * in only when a legacy repair asks, its strict reading in each legacy encoding. A chunk's
 * record is remembered in the cache, so a word seen before costs one lookup.
 */
import {
  decodeLegacy,
  LEGACY_ENCODINGS,
  legacyByteFlags,
  NON_ASCII_BYTE,
  SEPARATOR_BYTE,
} from '../decode/legacy.js'
import { scoreVietnamese, type VietnameseScore } from '../decode/score.js'
import { encodeWestern, westernByte } from '../decode/western.js'
import { memo, type NormalizeCache } from './cache.js'

/** A chunk decoded strictly in one legacy encoding, and that text's score. */
export interface Reading {
  text: string
  score: Readonly<VietnameseScore>
}

export interface ChunkRecord {
  readonly score: Readonly<VietnameseScore>
  /** Per encoding: countedWords of the chunk's reading (-1 until asked for). */
  readonly counts: Int8Array
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
  counts: new Int8Array(0),
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
    counts: new Int8Array(LEGACY_ENCODINGS.length).fill(-1),
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
    const bytes = encodeWestern(chunk.word)
    const text = bytes && decodeLegacy(bytes, LEGACY_ENCODINGS[e] ?? 'tcvn3', true)
    reading = text === undefined ? undefined : { text, score: scoreOfText(text) }
    readings[e] = reading
  }
  return reading
}

const BYTE_FLAGS = legacyByteFlags()

/**
 * How many words of the chunk's reading in encoding `e` score.ts can count (runs between
 * separators that hold a character beyond ASCII), from the bytes alone: at least the valid and
 * invalid words of the reading together (NFC and VNI's pairs only join characters inside a
 * word), so the reading can have no more valid words than this.
 */
export function countedWords(chunk: Chunk, e: number): number {
  const { readings, score, counts } = chunk.record
  if (readings === null) return score.valid + score.invalid
  const known = counts[e] ?? -1
  if (known >= 0) return known
  const count = countWords(chunk.word, BYTE_FLAGS[e])
  // A chunk long enough to overflow the slot is simply counted again next time.
  if (count <= 127) counts[e] = count
  return count
}

function countWords(word: string, flags: Uint8Array | undefined): number {
  let count = 0
  let inWord = false
  let counted = false
  for (let i = 0; i < word.length; i++) {
    const f = flags?.[westernByte(word.charCodeAt(i))] ?? SEPARATOR_BYTE
    if ((f & SEPARATOR_BYTE) !== 0) {
      if (inWord && counted) count++
      inWord = false
      counted = false
      continue
    }
    inWord = true
    if ((f & NON_ASCII_BYTE) !== 0) counted = true
  }
  return inWord && counted ? count + 1 : count
}
