/**
 * The default reporter, in the manner of vfile-reporter: each file underlined, its messages
 * as aligned `line:column  severity  reason  rule` rows (a mismatch followed by its diff),
 * files without messages as `path: no issues found`, and a summary line. Pure: colour comes
 * in as a chalk instance whose level the CLI decided.
 */
import type { ChalkInstance } from 'chalk'
import {
  countReport,
  type DiffHunk,
  type Report,
  type ReportMessage,
  type Severity,
} from './types.js'

export interface StylishOptions {
  chalk: ChalkInstance
  /** Leave out files without messages. */
  quiet: boolean
}

const SYMBOLS = { error: '✖', warning: '⚠', info: 'ℹ', ok: '✔' } as const

export function stylish(report: Report, options: StylishOptions): string {
  const { chalk } = options
  const paint: Record<Severity, (text: string) => string> = {
    error: chalk.red,
    warning: chalk.yellow,
    info: chalk.blue,
  }
  const rows = report.files.flatMap((file) => file.messages.map((message) => place(message)))
  const placeWidth = Math.max(0, ...rows.map((row) => row.length))
  const reasonWidth = Math.max(
    0,
    ...report.files.flatMap((file) => file.messages.map((m) => firstLine(m.reason).length)),
  )
  const blocks: string[] = []
  let lastPassed = false
  for (const file of report.files) {
    if (file.messages.length === 0) {
      if (options.quiet) continue
      const line = `${chalk.underline(file.path)}: no issues found`
      // Passing files are listed one per line, without blank lines between them.
      if (lastPassed) blocks[blocks.length - 1] += `\n${line}`
      else blocks.push(line)
      lastPassed = true
      continue
    }
    lastPassed = false
    const lines = [chalk.underline(file.path)]
    for (const message of file.messages) {
      const severity = message.severity.padEnd(7)
      lines.push(
        `  ${place(message).padEnd(placeWidth)}  ${paint[message.severity](severity)}  ${firstLine(message.reason).padEnd(reasonWidth)}  ${chalk.dim(message.ruleId)}`.trimEnd(),
      )
      // A loop, not `push(...)`: a diff of a large fixture has more lines than a call has room
      // for arguments.
      if (message.diff !== undefined)
        for (const line of renderDiff(message.diff, chalk)) lines.push(line)
    }
    blocks.push(lines.join('\n'))
  }
  blocks.push(summary(report, chalk))
  return `${blocks.join('\n\n')}\n`
}

function place(message: ReportMessage): string {
  const start = `${String(message.line)}:${String(message.column)}`
  if (message.endLine === undefined) return start
  return `${start}-${String(message.endLine)}:${String(message.endColumn ?? 1)}`
}

function firstLine(text: string): string {
  const end = text.indexOf('\n')
  return end === -1 ? text : text.slice(0, end)
}

function renderDiff(hunks: readonly DiffHunk[], chalk: ChalkInstance): string[] {
  const lines = [`    ${chalk.red('- expected')} ${chalk.green('+ actual')}`]
  for (const hunk of hunks) {
    lines.push(
      `    ${chalk.cyan(`@@ -${String(hunk.oldStart)},${String(hunk.oldLines)} +${String(hunk.newStart)},${String(hunk.newLines)} @@`)}`,
    )
    for (const line of hunk.lines) {
      const sign = line[0]
      const shown = `    ${line}`
      lines.push(
        sign === '-' ? chalk.red(shown) : sign === '+' ? chalk.green(shown) : chalk.dim(shown),
      )
    }
  }
  return lines
}

function summary(report: Report, chalk: ChalkInstance): string {
  const counts = countReport(report)
  const what = report.kind === 'lint' ? 'files linted' : 'files checked'
  const parts: string[] = []
  if (counts.errors > 0) parts.push(chalk.red(`${SYMBOLS.error} ${plural(counts.errors, 'error')}`))
  if (counts.warnings > 0) {
    parts.push(chalk.yellow(`${SYMBOLS.warning} ${plural(counts.warnings, 'warning')}`))
  }
  if (counts.infos > 0) parts.push(chalk.blue(`${SYMBOLS.info} ${plural(counts.infos, 'note')}`))
  if (counts.errors === 0) {
    return [chalk.green(`${SYMBOLS.ok} ${String(counts.files)} ${what}`), ...parts].join(', ')
  }
  return `${parts.join(', ')} in ${String(counts.failed)} of ${String(counts.files)} files`
}

function plural(count: number, noun: string): string {
  return `${String(count)} ${noun}${count === 1 ? '' : 's'}`
}
