/**
 * Expected file vs actual output. JSON is compared as data (key order and indentation do not
 * matter), Markdown as text with line ends normalised; a mismatch carries the line diff.
 */
import { isDeepStrictEqual } from 'node:util'
import { structuredPatch } from 'diff'
import type { DiffHunk } from '../report/types.js'
import type { ExpectedKind } from './fixtures.js'

export interface Comparison {
  equal: boolean
  /** The only difference is the input's path (`file` in JSON, `source:` in Markdown). */
  pathOnly: boolean
  /** Expected → actual, when they differ. */
  hunks: DiffHunk[]
  /** First line of the expected file that differs (1 when unknown). */
  line: number
}

const CONTEXT_LINES = 3

export function compareOutput(kind: ExpectedKind, expected: string, actual: string): Comparison {
  const want = expected.replace(/\r\n?/gu, '\n')
  const equal = kind === 'json' ? sameJson(want, actual) : want === actual
  if (equal) return { equal, pathOnly: false, hunks: [], line: 1 }
  const pathOnly =
    kind === 'json'
      ? sameJson(want, actual, (value) => ({ ...(value as object), file: null }))
      : withoutSource(want) === withoutSource(actual)
  const patch = structuredPatch('expected', 'actual', want, actual, undefined, undefined, {
    context: CONTEXT_LINES,
  })
  const hunks = patch.hunks.map(({ oldStart, oldLines, newStart, newLines, lines }) => ({
    oldStart,
    oldLines,
    newStart,
    newLines,
    lines,
  }))
  return { equal, pathOnly, hunks, line: firstChangedLine(hunks) }
}

function sameJson(
  expected: string,
  actual: string,
  adjust: (value: unknown) => unknown = (value) => value,
): boolean {
  try {
    return isDeepStrictEqual(adjust(JSON.parse(expected)), adjust(JSON.parse(actual)))
  } catch {
    return false
  }
}

/** Markdown without its front matter's `source:` line. */
function withoutSource(markdown: string): string {
  return markdown.replace(/^source: .*$/mu, '')
}

function firstChangedLine(hunks: readonly DiffHunk[]): number {
  const hunk = hunks[0]
  if (hunk === undefined) return 1
  let line = hunk.oldStart
  for (const text of hunk.lines) {
    if (text.startsWith('-') || text.startsWith('+')) return Math.max(1, line)
    line++
  }
  return Math.max(1, hunk.oldStart)
}
