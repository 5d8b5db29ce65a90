/**
 * unified parser: text → a root with one `line` node per physical line (LF, CRLF or CR). The
 * normalise stage, which always follows, gives each line its normalised text, list marker and
 * features: measured here, a line would be measured twice whenever normalising changed it.
 */
import type { Processor } from 'unified'
import type { DocumentTree, LineNode } from './tree.js'
import { UNMEASURED } from './features.js'

const LINE_BREAK = /\r\n|\r|\n/

export function splitLines(text: string): string[] {
  const lines = text.split(LINE_BREAK)
  // A final line break ends the last line; it does not open an empty one.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  return lines
}

export function createLineNode(raw: string, line: number): LineNode {
  const text = raw.trim()
  return {
    type: 'line',
    value: raw,
    line,
    position: {
      start: { line, column: 1 },
      end: { line, column: raw.length + 1 },
    },
    data: {
      text,
      bullet: null,
      content: text,
      lower: '',
      features: UNMEASURED,
      joinable: null,
      forms: null,
      inProseParagraph: false,
      drop: null,
      partials: [],
      role: null,
      credit: null,
    },
  }
}

export function parseDocument(text: string): DocumentTree {
  const children = splitLines(text).map((raw, index) => createLineNode(raw, index + 1))
  return { type: 'root', children }
}

export function vncleanParse(this: Processor): void {
  // unified's parser slot: a function from the file's text to a tree.
  this.parser = (document: string) => parseDocument(document) as never
}
