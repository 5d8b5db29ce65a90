/**
 * Markdown (as vnclean writes it, or close to it) → plain lines for linting, one for one, so
 * line numbers hold: front matter, fences and thematic breaks become blank; heading and quote
 * markers, whole-line emphasis and backslash escapes are dropped. List markers stay (the
 * pipeline knows them). Each plain line keeps where its characters came from, for columns.
 */
import { splitLines } from '../pipeline/parse.js'

export interface PlainText {
  /** The plain lines joined with `\n`. */
  text: string
  /** Per line: the 0-based source column of each plain character (null: the line is as is). */
  origins: (number[] | null)[]
}

const FENCE = /^ {0,3}(?:`{3,}|~{3,})/u
const THEMATIC_BREAK = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/u
const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/u
const QUOTE = /^ {0,3}>[ \t]?/u
const LIST_MARKER = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]+/u
const ESCAPABLE = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/u

export function markdownToPlain(source: string): PlainText {
  const lines = splitLines(source)
  const out: string[] = []
  const origins: (number[] | null)[] = []
  const blank = (): void => {
    out.push('')
    origins.push(null)
  }
  let index = 0
  if (lines[0] === '---') {
    const close = lines.findIndex((line, i) => i > 0 && (line === '---' || line === '...'))
    if (close !== -1) for (; index <= close; index++) blank()
  }
  let fence: string | null = null
  for (; index < lines.length; index++) {
    const line = lines[index] ?? ''
    const opening = FENCE.exec(line)
    if (fence !== null || opening !== null) {
      if (fence === null) fence = (opening?.[0] ?? '').trim().slice(0, 3)
      else if (line.trim().startsWith(fence)) fence = null
      blank()
      continue
    }
    if (THEMATIC_BREAK.test(line)) {
      blank()
      continue
    }
    const plain = plainLine(line)
    out.push(plain.text)
    origins.push(plain.origin)
  }
  return { text: out.join('\n'), origins }
}

function plainLine(line: string): { text: string; origin: number[] } {
  let start = 0
  let end = line.length
  for (let quote = QUOTE.exec(line); quote !== null; quote = QUOTE.exec(line.slice(start))) {
    start += quote[0].length
  }
  const heading = HEADING.exec(line.slice(start))
  if (heading !== null) {
    start += heading[0].length
    end = closingHashesStart(line, start, end)
  }
  const marker = LIST_MARKER.exec(line.slice(start))
  const keepFrom = start
  const contentStart = marker === null ? start : start + marker[0].length
  let inner = [contentStart, end] as const
  for (const wrap of ['**', '__', '*', '_']) {
    const content = line.slice(inner[0], inner[1])
    if (content.length > wrap.length * 2 && content.startsWith(wrap) && content.endsWith(wrap)) {
      inner = [inner[0] + wrap.length, inner[1] - wrap.length]
      break
    }
  }
  let text = ''
  const origin: number[] = []
  const take = (from: number, to: number): void => {
    for (let i = from; i < to; i++) {
      // A backslash escape stands for the character after it.
      if (line[i] === '\\' && i + 1 < to && ESCAPABLE.test(line[i + 1] ?? '')) i++
      text += line[i] ?? ''
      origin.push(i)
    }
  }
  take(keepFrom, contentStart)
  take(inner[0], inner[1])
  return { text, origin }
}

/** Where an ATX heading's optional closing `#`s (and the spaces before them) start. */
function closingHashesStart(line: string, start: number, end: number): number {
  let i = end
  while (i > start && (line[i - 1] === ' ' || line[i - 1] === '\t')) i--
  const trimmed = i
  while (i > start && line[i - 1] === '#') i--
  if (i === trimmed) return trimmed
  if (i === start) return start
  return line[i - 1] === ' ' || line[i - 1] === '\t' ? i - 1 : trimmed
}
