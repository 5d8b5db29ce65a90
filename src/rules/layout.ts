/**
 * Where the article is: the prose lines (jusText-style "good" lines), the body they span,
 * and the headline before it. Recomputed from the lines still in play whenever a rule asks.
 */
import type { LineNode } from '../pipeline/tree.js'
import { parseCaptionCredit } from '../structure/caption-credit.js'
import { parseDateline } from '../structure/dateline.js'
import { hasTwoSeparators } from '../text/line-breaks.js'

export interface Layout {
  /** Index into the non-blank lines of the headline, or -1. */
  title: number
  /** First and last index of prose, or -1 when the page has none. */
  bodyStart: number
  bodyEnd: number
}

const GOOD_MIN_WORDS = 10
const GOOD_MIN_CHARS = 120
const TITLE_MIN_WORDS = 3
const TITLE_MAX_WORDS = 40
const TITLE_FULL_WORDS = 5
const TRAIL_MARKS = '>»›'

/** Two breadcrumb separators (` > `, ` » `, ` › `) make a trail, not a headline. */
export function hasTrailSeparators(text: string): boolean {
  return hasTwoSeparators(text, TRAIL_MARKS)
}

/** A line of running prose (or a line of a hard-wrapped paragraph that is prose). */
export function isProse(node: LineNode): boolean {
  const { words, chars, endsSentence } = node.data.features
  return node.data.inProseParagraph || isProseShape(words, chars, endsSentence)
}

/** Running prose: long enough, sentence-shaped or long, not a menu. */
export function isProseShape(words: number, chars: number, endsSentence: boolean): boolean {
  return words >= GOOD_MIN_WORDS && (endsSentence || chars >= GOOD_MIN_CHARS)
}

export function computeLayout(lines: readonly LineNode[]): Layout {
  let bodyStart = -1
  let bodyEnd = -1
  for (let i = 0; i < lines.length; i++) {
    const node = lines[i]
    if (node === undefined || node.data.drop !== null || !isProse(node)) continue
    if (bodyStart === -1) bodyStart = i
    bodyEnd = i
  }
  if (bodyStart === -1) return { title: firstLive(lines, 0, lines.length), bodyStart, bodyEnd }
  let title = findTitleBefore(lines, bodyStart)
  if (title === -1) title = titleAtTop(lines, bodyStart)
  if (title === bodyStart) {
    bodyStart = nextProse(lines, bodyStart + 1, bodyEnd)
    if (bodyStart === -1) bodyEnd = -1
  }
  return { title, bodyStart, bodyEnd }
}

function isTitleShaped(node: LineNode): boolean {
  const { words } = node.data.features
  return (
    node.data.drop === null &&
    node.data.bullet === null &&
    words >= TITLE_MIN_WORDS &&
    words <= TITLE_MAX_WORDS &&
    parseCaptionCredit(node.data.text) === null &&
    !hasTrailSeparators(node.data.text)
  )
}

/**
 * The headline right before the body: the nearest full headline; when full headlines are
 * stacked (headline, then a subtitle or an upper-case repeat), the first of the stack.
 */
function findTitleBefore(lines: readonly LineNode[], bodyStart: number): number {
  let short = -1
  for (let i = bodyStart - 1; i >= 0; i--) {
    const node = lines[i]
    if (node === undefined || !isTitleShaped(node)) continue
    if (node.data.features.words >= TITLE_FULL_WORDS) return firstOfStack(lines, i)
    if (short === -1) short = i
  }
  return short
}

function firstOfStack(lines: readonly LineNode[], index: number): number {
  let first = index
  for (let i = index - 1; i >= 0; i--) {
    const node = lines[i]
    if (node === undefined || node.data.drop !== null) continue
    if (
      !isTitleShaped(node) ||
      node.data.features.linkLike ||
      node.data.features.words < TITLE_FULL_WORDS
    )
      break
    first = i
  }
  return first
}

/** A page that opens straight with its headline, sentence-shaped or not. */
function titleAtTop(lines: readonly LineNode[], bodyStart: number): number {
  const first = firstLive(lines, 0, lines.length)
  const node = lines[first]
  if (first !== bodyStart || node === undefined || !isTitleShaped(node)) return -1
  if (parseDateline(node.data.text) !== null) return -1
  return first
}

function firstLive(lines: readonly LineNode[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (lines[i]?.data.drop === null) return i
  return -1
}

function nextProse(lines: readonly LineNode[], from: number, to: number): number {
  for (let i = from; i <= to; i++) {
    const node = lines[i]
    if (node !== undefined && node.data.drop === null && isProse(node)) return i
  }
  return -1
}
