/**
 * Trim characters of some classes from both ends of a string in linear time. A regex such as
 * `/[\p{P}]+$/` retries from every position of a long run of punctuation that does not reach
 * the end (quadratic on adversarial lines); a scan from each end never does.
 */
import { classOfCodePoint } from './char-class.js'

/**
 * `text` without the leading and trailing code points in any of `classes` (bits of
 * char-class.ts: `PUNCTUATION_OR_SYMBOL`, `SPACE | PUNCTUATION_OR_SYMBOL`…).
 */
export function trimEdges(text: string, classes: number): string {
  const [start, end] = edgeTrimmedRange(text, 0, text.length, classes)
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

/**
 * The range `[from, to)` of `text` narrowed past the code points in any of `classes` at both
 * ends, as a `[start, end]` pair: `trimEdges` of a piece of a string, without slicing it out.
 */
export function edgeTrimmedRange(
  text: string,
  from: number,
  to: number,
  classes: number,
): [number, number] {
  let start = from
  while (start < to) {
    const code = text.charCodeAt(start)
    const next = text.charCodeAt(start + 1)
    const pair =
      code >= 0xd800 && code <= 0xdbff && start + 1 < to && next >= 0xdc00 && next <= 0xdfff
    if ((classOfCodePoint(pair ? (text.codePointAt(start) ?? code) : code) & classes) === 0) break
    start += pair ? 2 : 1
  }
  let end = to
  while (end > start) {
    const low = text.charCodeAt(end - 1)
    const high = text.charCodeAt(end - 2)
    const pair =
      low >= 0xdc00 && low <= 0xdfff && end - 2 >= start && high >= 0xd800 && high <= 0xdbff
    const codePoint = pair ? (text.codePointAt(end - 2) ?? low) : low
    if ((classOfCodePoint(codePoint) & classes) === 0) break
    end -= pair ? 2 : 1
  }
  return [start, end]
}
