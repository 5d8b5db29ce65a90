/**
 * The JUnit XML reporter, for CI systems that collect test results: one <testsuite> with one
 * <testcase> per file; a file with errors gets a <failure> (or an <error> when the file could
 * not be processed at all) holding every message and diff as text.
 */
import { countReport, formatHunks, type Report, type ReportFile } from './types.js'

/** Rule ids that mean "could not run", reported as <error> rather than <failure>. */
const ERROR_RULES = new Set(['check/error'])

export function junitReport(report: Report): string {
  const counts = countReport(report)
  const name = report.kind === 'lint' ? 'vnclean check --lint' : 'vnclean check'
  const errored = report.files.filter((file) => isErrored(file)).length
  const totals = `tests="${String(counts.files)}" failures="${String(counts.failed - errored)}" errors="${String(errored)}"`
  const cases = report.files.map((file) => testcase(file, report.kind)).join('')
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="${escapeAttribute(name)}" ${totals}>\n` +
    `  <testsuite name="${escapeAttribute(name)}" ${totals} skipped="0">\n${cases}  </testsuite>\n` +
    `</testsuites>\n`
  )
}

function isErrored(file: ReportFile): boolean {
  return file.messages.some((m) => m.severity === 'error' && ERROR_RULES.has(m.ruleId))
}

function testcase(file: ReportFile, kind: Report['kind']): string {
  const slash = file.path.lastIndexOf('/')
  const classname = slash === -1 ? kind : file.path.slice(0, slash)
  const open = `    <testcase classname="${escapeAttribute(classname)}" name="${escapeAttribute(file.path)}" file="${escapeAttribute(file.path)}"`
  const errors = file.messages.filter((m) => m.severity === 'error')
  if (errors.length === 0) return `${open}/>\n`
  const element = isErrored(file) ? 'error' : 'failure'
  const first = errors[0]
  const text = errors
    .map((m) => {
      const head = `${String(m.line)}:${String(m.column)} ${m.ruleId} ${m.reason}`
      return m.diff === undefined ? head : `${head}\n${formatHunks(m.diff)}`
    })
    .join('\n')
  return (
    `${open}>\n` +
    `      <${element} message="${escapeAttribute(first?.reason ?? '')}" type="${escapeAttribute(first?.ruleId ?? '')}">${escapeXml(text)}</${element}>\n` +
    `    </testcase>\n`
  )
}

/** Escape for XML text; drop characters XML 1.0 cannot hold at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}

/** Escape for a double-quoted attribute: quotes, and the whitespace parsers would flatten. */
export function escapeAttribute(text: string): string {
  return escapeXml(text)
    .replaceAll('"', '&quot;')
    .replaceAll('\t', '&#9;')
    .replaceAll('\n', '&#10;')
    .replaceAll('\r', '&#13;')
}
