/**
 * `vnclean explain` output: the extracted metadata, then every source line with its number, a
 * marker (`-` removed, `~` changed inside), its block type or the rule that removed it, and its
 * text. Removed lines are struck through and dimmed, pieces removed from inside a line are
 * shown as `[-…-]`, characters the normaliser put in are highlighted, and each normalisation
 * is listed under its line. Pure: the chalk instance carries the colour level; without colour
 * the same text comes out, minus the styling.
 */
import type { ChalkInstance } from 'chalk'
import type { ExplainedLine, Explanation, Span } from '../check/explanation.js'
import { shownActual, visible } from '../check/lint-reasons.js'

export function renderExplanation(explanation: Explanation, chalk: ChalkInstance): string {
  const out = [...renderMetadata(explanation, chalk), '']
  const numberWidth = String(explanation.lines.length).length
  const labelWidth = Math.max(0, ...explanation.lines.map((line) => label(line).length))
  const indent = ' '.repeat(numberWidth + 5 + labelWidth)
  for (const line of explanation.lines) {
    const number = chalk.dim(String(line.line).padStart(numberWidth))
    const marker =
      line.status === 'removed' ? '-' : line.partials.length + line.edits.length > 0 ? '~' : ' '
    if (line.status === 'blank') {
      out.push(number)
      continue
    }
    const name = label(line).padEnd(labelWidth)
    const styledName =
      line.status === 'removed'
        ? chalk.red(name)
        : line.continued
          ? chalk.dim(name)
          : chalk.cyan(name)
    const text =
      line.status === 'removed' ? chalk.dim.strikethrough(line.text) : renderKept(line, chalk)
    out.push(`${number} ${marker} ${styledName}  ${text}`.trimEnd())
    for (const edit of line.edits) {
      out.push(
        `${indent}${chalk.dim(`${edit.ruleId} (col ${String(edit.column)}):`)} ${chalk.red(shownActual(edit.ruleId, edit.actual))} ${chalk.dim('→')} ${chalk.green(visible(edit.expected))}`,
      )
    }
    for (const partial of line.partials) {
      out.push(`${indent}${chalk.dim(`${partial.rule} removed`)} ${chalk.red(partial.text)}`)
    }
  }
  return `${out.join('\n')}\n`
}

function label(line: ExplainedLine): string {
  if (line.status === 'removed') return line.rule ?? ''
  if (line.status === 'blank') return ''
  if (line.continued) return '│'
  return line.block ?? '(unplaced)'
}

function renderMetadata(explanation: Explanation, chalk: ChalkInstance): string[] {
  const { article } = explanation
  const show = (value: string | null): string => (value === null || value === '' ? '—' : value)
  const { stats, normalization } = article
  const changes = Object.values(normalization.changes).reduce((sum, count) => sum + count, 0)
  const rows: [string, string][] = [
    ['title', show(article.title)],
    ['category', show(article.category)],
    ['outlet', show(article.outlet)],
    ['date', show(article.date)],
    ['place', show(article.place)],
    ['authors', show(article.authors.join(', '))],
    ['lang', article.lang],
    ['encoding', normalization.encoding],
    ['tone style', normalization.toneStyle],
    [
      'lines',
      `${String(stats.lines)} non-blank: ${String(stats.kept)} kept, ${String(stats.removed)} removed; ${String(changes)} normalised`,
    ],
  ]
  const width = Math.max(...rows.map(([key]) => key.length))
  return [
    chalk.bold.underline(article.file ?? '<stdin>'),
    ...rows.map(([key, value]) => `  ${chalk.dim(key.padEnd(width))}  ${value}`),
  ]
}

/** A kept line's text: inserted characters highlighted, removed pieces as `[-…-]`. */
function renderKept(line: ExplainedLine, chalk: ChalkInstance): string {
  const { text } = line
  const cuts = new Set([0, text.length])
  for (const span of [...line.changed, ...line.partials]) {
    cuts.add(span.start)
    cuts.add(span.end)
  }
  const points = [...cuts].filter((cut) => cut >= 0 && cut <= text.length).sort((a, b) => a - b)
  const inside = (spans: readonly Span[], at: number): boolean =>
    spans.some((span) => span.start <= at && at < span.end)
  let out = ''
  let open = false
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0
    const end = points[i + 1] ?? start
    const removed = inside(line.partials, start)
    if (removed !== open) {
      out += chalk.dim(removed ? '[-' : '-]')
      open = removed
    }
    const piece = text.slice(start, end)
    out += removed
      ? chalk.red.strikethrough(piece)
      : inside(line.changed, start)
        ? chalk.black.bgYellow(piece)
        : piece
  }
  if (open) out += chalk.dim('-]')
  return out
}
