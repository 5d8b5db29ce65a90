/**
 * A line cut at its spaces for the encoding repairs: each chunk with its score (decode/score.ts
 * never counts a word across a space, so a line's score is the sum of its chunks') and, filled
 * in only when a legacy repair asks, its strict reading in each legacy encoding. A chunk's
 * record is remembered in the cache (text/range-table.ts), so a word seen before costs one lookup;
 * chunks of printable ASCII, which count no word and read as themselves, are left out.
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
import { addRange, findRange, HASH_SEED, hashStep } from '../text/range-table.js'

/** numbers[READ_VALID + e] before the chunk is read in encoding e, and when it does not decode. */
const UNREAD = -2
/** numbers[COUNTS] before the words of the chunk's readings are counted. */
const UNCOUNTED = -1
export const UNDECODABLE = -1
/** Where each part of ChunkRecord.numbers begins (each has one entry per encoding). */
const COUNTS = 0
const READ_VALID = 4
const READ_INVALID = 8

/**
 * A chunk and what the encoding repairs want to know of it, in flat arrays (a line reads one
 * number of each of its chunks per encoding tried).
 */
export interface ChunkRecord {
  readonly word: string
  /** The chunk's own score (score.ts). */
  readonly valid: number
  readonly invalid: number
  /**
   * Per encoding e of LEGACY_ENCODINGS: at COUNTS + e, countedWords of the chunk's reading; at
   * READ_VALID + e and READ_INVALID + e, that reading's score once read (UNREAD before,
   * UNDECODABLE when the chunk does not decode).
   */
  readonly numbers: number[]
  /** Per encoding: the reading's text, once read, when it differs from the chunk. */
  readonly texts: (string | undefined)[]
}

/**
 * The chunks of a line that can count a word (those with a character beyond printable ASCII,
 * or a control character), as two lists: each one's record and its start in the line. A chunk
 * of printable ASCII counts no word and every legacy encoding reads it as itself, so it adds
 * nothing to any score or bound, and is left out altogether.
 */
export interface LineChunks {
  readonly records: ChunkRecord[]
  readonly starts: number[]
}

function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x20 || c > 0x7e) return false
  }
  return true
}

/** The record of a chunk (no space in it) that is not printable ASCII, made anew. */
function newRecord(word: string): ChunkRecord {
  const { valid, invalid } = scoreVietnamese(word)
  const numbers = [UNCOUNTED, 0, 0, 0, UNREAD, UNREAD, UNREAD, UNREAD, 0, 0, 0, 0]
  const texts = [undefined, undefined, undefined, undefined]
  return { word, valid, invalid, numbers, texts }
}

/**
 * The chunks of a line that can count a word: the matches of /[^ ]+/g that are not printable
 * ASCII, with records from the cache's chunk table (text/range-table.ts). Each code unit is read
 * once, for the hash and the printable test together (`outside` goes negative at a code unit
 * outside U+0021–U+007E); only a chunk that is not printable is looked up.
 */
export function lineChunks(text: string, cache: NormalizeCache): LineChunks {
  const table = cache.chunks
  const records: ChunkRecord[] = []
  const starts: number[] = []
  const n = text.length
  for (let start = 0; start < n;) {
    // One read of each code unit: the chunk's hash, and whether it is printable ASCII.
    let hash = HASH_SEED
    let outside = 0
    let end = start
    for (; end < n; end++) {
      const c = text.charCodeAt(end)
      if (c === 0x20) break
      hash = hashStep(hash, c)
      outside |= (c - 0x21) | (0x7e - c)
    }
    if (outside < 0) {
      const slot = findRange(table, text, start, end, hash)
      let record = table.records[slot]
      if (record === undefined) {
        const word = text.slice(start, end)
        record = newRecord(word)
        addRange(table, slot, word, hash, record)
      }
      records.push(record)
      starts.push(start)
    }
    start = end + 1
  }
  return { records, starts }
}

/** scoreVietnamese of the line the chunks were cut from. */
export function scoreOfChunks(records: readonly ChunkRecord[]): VietnameseScore {
  let valid = 0
  let invalid = 0
  for (const record of records) {
    valid += record.valid
    invalid += record.invalid
  }
  return { valid, invalid }
}

/**
 * The valid words of the chunk decoded strictly in encoding `e` of LEGACY_ENCODINGS (read on
 * first asking), or UNDECODABLE; readInvalid and readText give the rest of that reading.
 */
export function readValid(record: ChunkRecord, e: number): number {
  const { numbers } = record
  const valid = numbers[READ_VALID + e] ?? UNREAD
  return valid !== UNREAD ? valid : read(record, e)
}

/** Whether the chunk has been read in encoding `e` (readValid then reads nothing). */
export function isRead(record: ChunkRecord, e: number): boolean {
  return record.numbers[READ_VALID + e] !== UNREAD
}

/** The invalid words of a reading that readValid has found decodable. */
export function readInvalid(record: ChunkRecord, e: number): number {
  return record.numbers[READ_INVALID + e] ?? 0
}

/** The text of a reading that readValid has found decodable, undefined when it is the chunk. */
export function readText(record: ChunkRecord, e: number): string | undefined {
  return record.texts[e]
}

function read(record: ChunkRecord, e: number): number {
  const { word, numbers } = record
  const text = decodeWesternStrict(word, LEGACY_ENCODINGS[e] ?? 'tcvn3')
  if (text === undefined) {
    numbers[READ_VALID + e] = UNDECODABLE
    return UNDECODABLE
  }
  // Printable ASCII counts no word.
  const { valid, invalid } = isPrintableAscii(text) ? NO_WORDS : scoreVietnamese(text)
  numbers[READ_VALID + e] = valid
  numbers[READ_INVALID + e] = invalid
  if (text !== word) record.texts[e] = text
  return valid
}

const NO_WORDS: Readonly<VietnameseScore> = { valid: 0, invalid: 0 }

/**
 * countedWords summed over the chunks, for each encoding e of LEGACY_ENCODINGS (the words of
 * a chunk are counted here, the first time: a chunk that only the UTF-8 repair reads needs none).
 */
export function wordTotals(records: readonly ChunkRecord[]): number[] {
  let t0 = 0
  let t1 = 0
  let t2 = 0
  let t3 = 0
  for (const { word, numbers } of records) {
    if (numbers[COUNTS] === UNCOUNTED) countWords(word, numbers)
    t0 += numbers[COUNTS] ?? 0
    t1 += numbers[COUNTS + 1] ?? 0
    t2 += numbers[COUNTS + 2] ?? 0
    t3 += numbers[COUNTS + 3] ?? 0
  }
  return [t0, t1, t2, t3]
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
 * most lines, so wordTotals counts the words of all four in one pass, the first time.
 */
export function countedWords(record: ChunkRecord, e: number): number {
  // wordTotals has counted the words of every chunk of the line.
  return record.numbers[COUNTS + e] ?? 0
}

/**
 * Fill counts[COUNTS + e] for every encoding e (a character with no Western byte separates words). The
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
  counts[COUNTS] = c0 + (open & 1)
  counts[COUNTS + 1] = c1 + ((open >> 1) & 1)
  counts[COUNTS + 2] = c2 + ((open >> 2) & 1)
  counts[COUNTS + 3] = c3 + ((open >> 3) & 1)
}
