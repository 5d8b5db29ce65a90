/**
 * Where each character of a line being normalised came from in the input line, kept as
 * segments rather than one entry per character: a run of kept characters maps to consecutive
 * input indices, a replacement's text maps wholly to the index where the replaced text began.
 * A segment is three numbers in a flat array: its start in the current text, the input index
 * of that start, and the step (1 for kept characters, 0 for replacement text).
 */

/** Segments covering the current text in order; null while the text is the input itself. */
export type Origin = readonly number[] | null

/**
 * The input index of characters of a text of length `length`, asked for at indices that never
 * go down (a replacement list is sorted), so the whole list costs one walk over the segments.
 */
export function originReader(origin: Origin, length: number): (index: number) => number {
  let k = 0
  const at = (index: number): number => {
    if (!origin) return index
    if (index >= length) return length === 0 ? 0 : at(length - 1) + 1
    while (k + 3 < origin.length && (origin[k + 3] ?? 0) <= index) k += 3
    return (origin[k + 1] ?? 0) + (origin[k + 2] ?? 0) * (index - (origin[k] ?? 0))
  }
  return at
}

/** Builds the origin of a new text from the origin of the text it is made from. */
export interface OriginBuilder {
  /** Characters [from, to) of the old text come next in the new one. */
  keep(from: number, to: number): void
  /** `count` characters of replacement text for the text that began at input index `from`. */
  replace(count: number, from: number): void
  /** The segments of the new text. */
  done(): number[]
}

export function originBuilder(before: Origin, beforeLength: number): OriginBuilder {
  const out: number[] = []
  let at = 0
  let k = 0 // the old segment that holds the next kept character (kept ranges only go forward)
  const push = (base: number, step: number, count: number): void => {
    out.push(at, base, step)
    at += count
  }
  return {
    keep(from, to) {
      if (to <= from) return
      if (!before) {
        push(from, 1, to - from)
        return
      }
      for (let pos = from; pos < to;) {
        while (k + 3 < before.length && (before[k + 3] ?? 0) <= pos) k += 3
        const start = before[k] ?? 0
        const step = before[k + 2] ?? 0
        const end = Math.min(to, k + 3 < before.length ? (before[k + 3] ?? 0) : beforeLength)
        push((before[k + 1] ?? 0) + step * (pos - start), step, end - pos)
        pos = end
      }
    },
    replace(count, from) {
      if (count > 0) push(from, 0, count)
    },
    done: () => out,
  }
}
