/**
 * Memo tables for word-level decisions (is this word a syllable, where does its tone go, what
 * do these bytes decode to), so that a document's few thousand distinct words are each worked
 * out once. Every entry is a pure function of its key, so one cache may serve any number of
 * lines and options; it is created by the caller (one per normalizeText call or per document)
 * and passed down, never kept in a module. Each table is bounded: when it is full it is
 * emptied, so endless distinct words cost memory once, not without end.
 */
import { createRangeTable, type RangeTable } from '../text/range-table.js'
import type { ChunkRecord } from './chunks.js'
import type { LineTable } from './line-cache.js'
import type { WrittenStyle } from './tone-fix.js'
import type { Syllable } from './syllable.js'

/** Entries per table before it is emptied. */
export const CACHE_LIMIT = 20_000

/** Stands for a remembered `undefined`, so that a hit costs one lookup. */
const UNDEFINED = Symbol('undefined')

/** A memo table: values as computed, `undefined` stored as a marker. */
export type MemoTable<V> = Map<string, V | typeof UNDEFINED>

/** A chunk's forms for the rules normalise/tone-order and normalise/nfc. */
export interface UnicodeForms {
  /** NFC with a tone mark typed before its circumflex or breve put after; undefined if none was. */
  reordered: string | undefined
  nfc: string
}

export interface NormalizeCache {
  /** A space-separated chunk → its score and its legacy readings (chunks.ts, text/range-table.ts). */
  readonly chunks: RangeTable<ChunkRecord>
  /** Whether a word shows a tell-tale sign of mis-decoding. */
  readonly telling: MemoTable<boolean>
  /** A word → the word with its tone placed right (undefined: leave it). */
  readonly tonePlacement: MemoTable<string | undefined>
  /** A word → its written tone style, when it is an open oa/oe/uy syllable. */
  readonly styles: MemoTable<{ style: WrittenStyle; syllable: Syllable } | undefined>
  /** A chunk → its NFC form and, when a tone mark precedes a shape mark, the reordered form. */
  readonly unicodeForms: MemoTable<UnicodeForms>
  /** A line that needed the slow path → its result (line-cache.ts). */
  readonly lines: LineTable
  /**
   * Whether the edits handed to the lines of this cache stay with the normaliser until every
   * line is done (normalizeText's own cache): a remembered line then keeps its edits as they
   * are, since no caller can change them before a repeat is replayed (as fresh copies).
   */
  readonly holdsEdits: boolean
  /** Scratch: where the line being classified has style hints (emptied for every line). */
  readonly styleHints: number[]
  /**
   * Scratch: the style hints of a repaired text found settled (repairs.ts), apart from
   * styleHints, which still hold the line's own while the line is unchanged.
   */
  readonly settledHints: number[]
}

export function createNormalizeCache(holdsEdits = false): NormalizeCache {
  return {
    holdsEdits,
    chunks: createRangeTable(CACHE_LIMIT),
    telling: new Map(),
    tonePlacement: new Map(),
    styles: new Map(),
    unicodeForms: new Map(),
    lines: new Map(),
    styleHints: [],
    settledHints: [],
  }
}

/** `compute(key)`, remembered in `table` (values may be undefined). */
export function memo<V>(table: MemoTable<V>, key: string, compute: (key: string) => V): V {
  const hit = table.get(key)
  if (hit !== undefined) return hit === UNDEFINED ? (undefined as V) : hit
  const value = compute(key)
  if (table.size >= CACHE_LIMIT) table.clear()
  table.set(key, value === undefined ? UNDEFINED : value)
  return value
}
