/**
 * The GitHub Actions reporter: one workflow command per message
 * (`::error file=…,line=…,col=…,title=rule::message`), which the runner turns into annotations
 * on the pull request. Files without messages print nothing.
 */
import { formatHunks, type Report, type Severity } from './types.js'

const COMMANDS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' }

export function githubReport(report: Report): string {
  const lines: string[] = []
  for (const file of report.files) {
    for (const message of file.messages) {
      const properties = [
        `file=${escapeProperty(file.path)}`,
        `line=${String(message.line)}`,
        `col=${String(message.column)}`,
        ...(message.endLine === undefined ? [] : [`endLine=${String(message.endLine)}`]),
        ...(message.endColumn === undefined ? [] : [`endColumn=${String(message.endColumn)}`]),
        `title=${escapeProperty(message.ruleId)}`,
      ]
      const body =
        message.diff === undefined
          ? message.reason
          : `${message.reason}\n\n${formatHunks(message.diff)}`
      lines.push(`::${COMMANDS[message.severity]} ${properties.join(',')}::${escapeData(body)}`)
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`
}

/** Message text: `%`, CR and LF are escaped. */
export function escapeData(text: string): string {
  return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A')
}

/** Property values: also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C')
}
