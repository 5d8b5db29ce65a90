/**
 * One fixture's verdict, as report files: each expected file compared with the output made
 * from input.txt; with `update`, the files to (re)write instead. Pure: the caller reads and
 * writes the files.
 */
import type { ReportFile } from '../report/types.js'
import { compareOutput } from './compare.js'
import { EXPECTED_FILES, type ExpectedKind } from './fixtures.js'

export interface FixtureOutputs {
  /** The fixture folder as shown. */
  shown: string
  /** What vnclean makes of input.txt now, by kind. */
  actual: Record<ExpectedKind, string>
  /** The expected files' contents, for the kinds that exist. */
  expected: Partial<Record<ExpectedKind, string>>
  update: boolean
}

export interface FixtureVerdict {
  files: ReportFile[]
  /** Files to write (with `update`): kind and new contents. */
  writes: { kind: ExpectedKind; text: string }[]
}

const KINDS: readonly ExpectedKind[] = ['json', 'md']

export function judgeFixture(outputs: FixtureOutputs): FixtureVerdict {
  const present = KINDS.filter((kind) => outputs.expected[kind] !== undefined)
  const fileOf = (kind: ExpectedKind): string => `${outputs.shown}/${EXPECTED_FILES[kind]}`
  if (present.length === 0) {
    if (!outputs.update) {
      return {
        files: [
          {
            path: fileOf('json'),
            messages: [
              {
                ruleId: 'check/missing',
                severity: 'error',
                reason: `no ${EXPECTED_FILES.json} or ${EXPECTED_FILES.md} in the fixture; \`vnclean check --update\` writes them`,
                line: 1,
                column: 1,
              },
            ],
          },
        ],
        writes: [],
      }
    }
    return {
      files: KINDS.map((kind) => ({ path: fileOf(kind), messages: [written(kind, 'written')] })),
      writes: KINDS.map((kind) => ({ kind, text: outputs.actual[kind] })),
    }
  }
  const verdict: FixtureVerdict = { files: [], writes: [] }
  for (const kind of present) {
    const expected = outputs.expected[kind] ?? ''
    const actual = outputs.actual[kind]
    if (outputs.update) {
      const changed = expected !== actual
      if (changed) verdict.writes.push({ kind, text: actual })
      verdict.files.push({
        path: fileOf(kind),
        messages: changed ? [written(kind, 'rewritten')] : [],
      })
      continue
    }
    const comparison = compareOutput(kind, expected, actual)
    verdict.files.push({
      path: fileOf(kind),
      messages: comparison.equal
        ? []
        : [
            {
              ruleId: 'check/mismatch',
              severity: 'error',
              reason: comparison.pathOnly
                ? `${EXPECTED_FILES[kind]} differs only in the input's path (paths are relative to the working folder)`
                : `${EXPECTED_FILES[kind]} differs from the output for input.txt`,
              line: comparison.line,
              column: 1,
              diff: comparison.hunks,
            },
          ],
    })
  }
  return verdict
}

function written(kind: ExpectedKind, how: 'written' | 'rewritten') {
  return {
    ruleId: 'check/update',
    severity: 'info' as const,
    reason: `${EXPECTED_FILES[kind]} ${how}`,
    line: 1,
    column: 1,
  }
}
