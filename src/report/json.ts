/** The JSON reporter: the report as one JSON document, with a summary of the counts. */
import { countReport, type Report } from './types.js'

export function jsonReport(report: Report): string {
  return `${JSON.stringify({ kind: report.kind, summary: countReport(report), files: report.files }, null, 2)}\n`
}
