/**
 * Where each character of a line being normalised came from in the input line, kept as
 * segments rather than one entry per character: a run of kept characters maps to consecutive
 * input indices, a replacement's text maps wholly to the index where the replaced text began.
 * A segment is three numbers in a flat array: its start in the current text, the input index
 * of that start, and the step (1 for kept characters, 0 for replacement text).
 *
 * The reader and the builder are plain records with functions over them (no closures): a line
 * makes one of each per rule that changes it.
 */

/** Segments covering the current text in order; null while the text is the input itself. */
export type Origin = readonly number[] | null

/**
 * Reads the input index of characters of a text of length `length`, asked for at indices that
 * never go down (a replacement list is sorted), so the whole list costs one walk over the
 * segments.
 */
export interface OriginReader {
  readonly origin: Origin
  readonly length: number
  /** The segment that held the last index asked for. */
  k: number
}

export function originReader(origin: Origin, length: number): OriginReader {
  return { origin, length, k: 0 }
}

/** The input index of character `index` of the text (or of its end). */
export function originAt(reader: OriginReader, index: number): number {
  const { origin, length } = reader
  if (!origin) return index
  if (index >= length) return length === 0 ? 0 : originAt(reader, length - 1) + 1
  let k = reader.k
  while (k + 3 < origin.length && (origin[k + 3] ?? 0) <= index) k += 3
  reader.k = k
  return (origin[k + 1] ?? 0) + (origin[k + 2] ?? 0) * (index - (origin[k] ?? 0))
}

/** Builds the origin of a new text from the origin of the text it is made from. */
export interface OriginBuilder {
  readonly before: Origin
  readonly beforeLength: number
  /** The segments of the new text so far: `out[0, used)`. */
  readonly out: number[]
  used: number
  /** The length of the new text so far. */
  at: number
  /** The old segment that holds the next kept character (kept ranges only go forward). */
  k: number
}

/**
 * A builder for `replacements` replacements: made with room for the segments they make of a
 * text with no origin yet (a kept run before each and after the last, and each one's text), so
 * that the array does not grow as it fills; a text with one grows it where it needs more.
 */
export function originBuilder(
  before: Origin,
  beforeLength: number,
  replacements: number,
): OriginBuilder {
  const out = new Array<number>(3 * (2 * replacements + 1))
  return { before, beforeLength, out, used: 0, at: 0, k: 0 }
}

function push(builder: OriginBuilder, base: number, step: number, count: number): void {
  const { out, used } = builder
  out[used] = builder.at
  out[used + 1] = base
  out[used + 2] = step
  builder.used = used + 3
  builder.at += count
}

/** The segments of the new text (the builder is done with). */
export function builtOrigin(builder: OriginBuilder): number[] {
  const { out } = builder
  out.length = builder.used
  return out
}

/** Characters [from, to) of the old text come next in the new one. */
export function keepOrigin(builder: OriginBuilder, from: number, to: number): void {
  if (to <= from) return
  const { before, beforeLength } = builder
  if (!before) {
    push(builder, from, 1, to - from)
    return
  }
  let k = builder.k
  for (let pos = from; pos < to;) {
    while (k + 3 < before.length && (before[k + 3] ?? 0) <= pos) k += 3
    const start = before[k] ?? 0
    const step = before[k + 2] ?? 0
    const end = Math.min(to, k + 3 < before.length ? (before[k + 3] ?? 0) : beforeLength)
    push(builder, (before[k + 1] ?? 0) + step * (pos - start), step, end - pos)
    pos = end
  }
  builder.k = k
}

/** `count` characters of replacement text for the text that began at input index `from`. */
export function replaceOrigin(builder: OriginBuilder, count: number, from: number): void {
  if (count > 0) push(builder, from, 0, count)
}
