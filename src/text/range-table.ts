/**
 * A table of string keys looked up by a range of a text rather than by a string: the caller
 * works out the range's hash as it scans (hashStep, or hashOfRange), and a key held is compared
 * in place, so a lookup costs no slice and no Map lookup. Open addressing with linear probing;
 * grown by doubling, emptied when it holds `limit` entries. It holds the normaliser's chunk
 * records (normalize/chunks.ts: most chunks of a page are words it has used before) and the
 * function words (lang/stopwords.ts: every word of every line is looked up).
 */

/**
 * Slots once the first key comes (a page's distinct chunks are a few hundred to a few
 * thousand: growing from a small table cost more than the lookups; with 1024 most pages of the
 * bench corpus, 400-750 distinct chunks, grew once more: 0.5-3 % of a legacy page's
 * instructions); a table is made with one empty slot, so that a cache whose lines never need
 * it allocates nothing.
 */
const FIRST_CAPACITY = 2048

export interface RangeTable<R> {
  /** Entries held. */
  size: number
  /** Slot count minus one (a power of two minus one). */
  mask: number
  keys: (string | undefined)[]
  /** Per slot, its key's hash, or 0 when it is free (a hash of 0 is kept as 1). */
  hashes: Int32Array
  records: (R | undefined)[]
  /** Entries at which the table is emptied (Infinity: never). */
  readonly limit: number
}

export function createRangeTable<R>(limit: number): RangeTable<R> {
  return {
    size: 0,
    mask: 0,
    keys: [undefined],
    hashes: new Int32Array(1),
    records: [undefined],
    limit,
  }
}

/** One step of the hash of a range (FNV-1a over UTF-16 code units). */
export const hashStep = (hash: number, code: number): number => Math.imul(hash ^ code, 16777619)
/** The hash of an empty range. */
export const HASH_SEED = -2128831035

/** The hash of text[start, end), as hashStep makes it code unit by code unit. */
export function hashOfRange(text: string, start: number, end: number): number {
  let hash = HASH_SEED
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i))
  return hash
}

/** Whether text[start, start + key.length) is key. */
function sameRange(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  }
  return true
}

/** The slot holding text[start, end) (hash `hash`), or the empty slot where it would go. */
export function findRange<R>(
  table: RangeTable<R>,
  text: string,
  start: number,
  end: number,
  hash: number,
): number {
  const { keys, hashes, mask } = table
  const length = end - start
  const mark = occupied(hash)
  // The marks are read first: a slot's key only on a match (a string, and its characters, are
  // each somewhere else in memory).
  for (let slot = mark & mask; ; slot = (slot + 1) & mask) {
    const held = hashes[slot] ?? 0
    if (held === 0) return slot
    if (held !== mark) continue
    const key = keys[slot] as string
    if (key.length === length && sameRange(key, text, start)) return slot
  }
}

/** What a slot holding a chunk of hash `hash` has in `hashes`: never 0, the mark of a free slot. */
const occupied = (hash: number): number => hash | 0 || 1

/**
 * Hold `record` for `key` (hash `hash`), which findRange just did not find, giving `slot`
 * (another slot is found if the table has to grow or be emptied first).
 */
export function addRange<R>(
  table: RangeTable<R>,
  slot: number,
  key: string,
  hash: number,
  record: R,
): void {
  const full = table.size >= table.limit
  if (full) empty(table)
  // At most half the slots are used, so that a probe ends soon at an empty one.
  const crowded = (table.size + 1) * 2 > table.mask + 1
  if (crowded) grow(table)
  if (full || crowded) slot = findRange(table, key, 0, key.length, hash)
  table.keys[slot] = key
  table.hashes[slot] = occupied(hash)
  table.records[slot] = record
  table.size++
}

function empty<R>(table: RangeTable<R>): void {
  table.size = 0
  table.mask = 0
  table.keys = [undefined]
  table.hashes = new Int32Array(1)
  table.records = [undefined]
}

function grow<R>(table: RangeTable<R>): void {
  const { keys, hashes, records } = table
  const capacity = Math.max((table.mask + 1) * 2, FIRST_CAPACITY)
  table.mask = capacity - 1
  table.keys = new Array<string | undefined>(capacity).fill(undefined)
  table.hashes = new Int32Array(capacity)
  table.records = new Array<R | undefined>(capacity).fill(undefined)
  for (let slot = 0; slot < keys.length; slot++) {
    const key = keys[slot]
    if (key === undefined) continue
    // The probe starts at the mark, as findRange's does.
    const mark = hashes[slot] ?? 0
    let to = mark & table.mask
    while (table.hashes[to] !== 0) to = (to + 1) & table.mask
    table.keys[to] = key
    table.hashes[to] = mark
    table.records[to] = records[slot]
  }
}
