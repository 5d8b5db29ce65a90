/**
 * Photo credits inside a lower-cased line, replaced by a space: `(ảnh: x)`, `(nguồn: x)`, and a
 * ` - ảnh: x` tail. It does what
 * `/\((?:ảnh|đồ họa|đồ hoạ|nguồn|photo|video)\s*:[^()]*\)|\s[-–—]\s(?:ảnh|photo)\s*:.*$/giu`
 * replaced, by a scan: on a line of megabytes that pattern overflows V8's backtracking stack.
 */
import { isLineTerminator, isSpace } from '../text/line-breaks.js'
import { isWhiteSpace } from '../normalize/char-table.js'

const IN_BRACKETS = ['ảnh', 'đồ họa', 'đồ hoạ', 'nguồn', 'photo', 'video']
const AFTER_DASH = ['ảnh', 'photo']
const DASHES = '-–—'
/**
 * What every credit has: a bracket right before a keyword, or a dash one character before one
 * (most lines have neither; a prose line often has a bracket, a dash and `ảnh` apart). A line
 * without it is given back after one pass of this pattern, which cannot backtrack.
 */
const OPENING = new RegExp(
  `\\((?:${IN_BRACKETS.join('|')})|[${DASHES}].(?:${AFTER_DASH.join('|')})`,
  'su',
)

export function removePhotoCredits(lower: string): string {
  if (!OPENING.test(lower)) return lower
  let out = ''
  let copied = 0
  for (let p = 0; p < lower.length; p++) {
    const code = lower.charCodeAt(p)
    let end = -1
    if (code === 0x28) end = bracketedCredit(lower, p)
    if (end === -1 && isWhiteSpace(code)) end = creditTail(lower, p)
    if (end === -1) continue
    out += `${lower.slice(copied, p)} `
    copied = end
    p = end - 1
  }
  return copied === 0 ? lower : out + lower.slice(copied)
}

/** End of `(keyword\s*:[^()]*)` opening at `p`, or -1. */
function bracketedCredit(text: string, p: number): number {
  const colon = afterKeyword(text, p + 1, IN_BRACKETS)
  if (colon === -1) return -1
  for (let i = colon; i < text.length; i++) {
    const char = text.charAt(i)
    if (char === ')') return i + 1
    if (char === '(') return -1
  }
  return -1
}

/** End (the end of the line) of `\s[-–—]\s(ảnh|photo)\s*:.*$` opening at `p`, or -1. */
function creditTail(text: string, p: number): number {
  if (!DASHES.includes(text.charAt(p + 1)) || text.charAt(p + 1) === '') return -1
  if (!isSpace(text.charAt(p + 2))) return -1
  const colon = afterKeyword(text, p + 3, AFTER_DASH)
  if (colon === -1) return -1
  for (let i = colon; i < text.length; i++) if (isLineTerminator(text.charCodeAt(i))) return -1
  return text.length
}

/** After one of `keywords` at `start`, white space and a colon: the index after the colon. */
function afterKeyword(text: string, start: number, keywords: readonly string[]): number {
  const keyword = keywords.find((word) => text.startsWith(word, start))
  if (keyword === undefined) return -1
  let i = start + keyword.length
  while (i < text.length && isSpace(text.charAt(i))) i++
  return text.charAt(i) === ':' ? i + 1 : -1
}
