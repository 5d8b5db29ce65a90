/**
 * Characters and separators found by scanning instead of by regular expression: on a line of
 * megabytes, a pattern such as `\s>\s.*\s>\s` makes V8 keep a backtracking entry per character
 * and throws `RangeError: Maximum call stack size exceeded`; a scan never does.
 */
import { isWhiteSpace } from '../normalize/char-table.js'

/** White space as `\s` means it (one UTF-16 unit; `\s` has nothing outside the BMP). */
export function isSpace(char: string): boolean {
  return char.length === 1 && isWhiteSpace(char.charCodeAt(0))
}

/** What `.` does not match: the line terminators. */
export function isLineTerminator(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029
}

/**
 * `text` has two separators `\s<mark>\s` (one of `marks` between white space), the second
 * starting after the first ends, with no line terminator between them: what
 * `/\s[marks]\s.*\s[marks]\s/u` matches, in linear time.
 */
export function hasTwoSeparators(text: string, marks: string): boolean {
  if (!containsAny(text, marks)) return false
  /** Latest end of a separator that ended at or before `p`; -1 before the first. */
  let latestEnd = -1
  /** Ends of separators still running over `p` (at most three). */
  let running: number[] = []
  /** Last line terminator before `p`. */
  let lastBreak = -1
  for (let p = 0; p + 2 < text.length; p++) {
    if (running.length > 0) {
      for (const end of running) if (end <= p) latestEnd = Math.max(latestEnd, end)
      running = running.filter((end) => end > p)
    }
    const separator =
      marks.includes(text.charAt(p + 1)) && isSpace(text.charAt(p)) && isSpace(text.charAt(p + 2))
    // The latest separator to end is the best first one: the least text lies between.
    if (separator && latestEnd !== -1 && lastBreak < latestEnd) return true
    if (separator) running.push(p + 3)
    if (isLineTerminator(text.charCodeAt(p))) lastBreak = p
  }
  return false
}

/** One of the characters of `chars` (each one UTF-16 unit) occurs in `text`. */
export function containsAny(text: string, chars: string): boolean {
  for (const char of chars) if (text.includes(char)) return true
  return false
}
