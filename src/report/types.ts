/**
 * What `vnclean check` reports, as data: files, each with its messages. Reporters are pure
 * functions from a Report to a string (stylish, json, github, junit).
 */

export type Severity = 'error' | 'warning' | 'info'

/** One hunk of a unified diff between an expected file (old) and the actual output (new). */
export interface DiffHunk {
  oldStart: number
  oldLines: number
  newStart: number
  newLines: number
  /** Lines prefixed with ' ', '-' or '+' (and '\' for "No newline at end of file"). */
  lines: string[]
}

export interface ReportMessage {
  ruleId: string
  severity: Severity
  reason: string
  /** 1-based place in the file; line 1 column 1 when the message is about the whole file. */
  line: number
  column: number
  endLine?: number
  endColumn?: number
  /** The text found, and what it should be (for lint messages). */
  actual?: string
  expected?: string
  /** For a fixture whose output differs: expected file → actual output. */
  diff?: DiffHunk[]
}

export interface ReportFile {
  /** Path as shown (relative to the working folder when below it). */
  path: string
  messages: ReportMessage[]
}

export interface Report {
  /** What was run: fixtures compared, or cleaned files linted. */
  kind: 'fixtures' | 'lint'
  files: ReportFile[]
}

export interface ReportCounts {
  files: number
  /** Files with at least one error. */
  failed: number
  errors: number
  warnings: number
  infos: number
}

export function countReport(report: Report): ReportCounts {
  const counts: ReportCounts = {
    files: report.files.length,
    failed: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
  }
  for (const file of report.files) {
    let failed = false
    for (const message of file.messages) {
      if (message.severity === 'error') {
        counts.errors++
        failed = true
      } else if (message.severity === 'warning') counts.warnings++
      else counts.infos++
    }
    if (failed) counts.failed++
  }
  return counts
}

/** The unified-diff text of hunks (`@@ -a,b +c,d @@` headers, then the lines). */
export function formatHunks(hunks: readonly DiffHunk[]): string {
  return hunks
    .map((hunk) =>
      [
        `@@ -${String(hunk.oldStart)},${String(hunk.oldLines)} +${String(hunk.newStart)},${String(hunk.newLines)} @@`,
        ...hunk.lines,
      ].join('\n'),
    )
    .join('\n')
}
