// Validates vnclean's JSON output against schema/article.schema.json (the published schema),
// plus the one rule a schema cannot state: the accounting of source lines.
import { Ajv2020 } from 'ajv/dist/2020.js'
import { readFileSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')
const schema = JSON.parse(readFileSync(path.join(root, 'schema/article.schema.json'), 'utf8'))
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
  schema,
)

/** Problems with one article (an empty list when it is valid). */
export function articleProblems(value: unknown): string[] {
  if (!validate(value)) {
    return (validate.errors ?? []).map(
      (error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`,
    )
  }
  return accountingProblems(value as AccountedArticle)
}

/** Throws with every problem listed when `value` is not a valid article. */
export function assertValidArticle(value: unknown): void {
  const problems = articleProblems(value)
  if (problems.length > 0) throw new Error(`invalid article:\n${problems.join('\n')}`)
}

/** Each line of a JSON Lines output, parsed and validated. */
export function assertValidJsonLines(output: string): unknown[] {
  const lines = output.split('\n').filter((line) => line !== '')
  return lines.map((line) => {
    const article: unknown = JSON.parse(line)
    assertValidArticle(article)
    return article
  })
}

interface AccountedArticle {
  blocks: { line: number; endLine?: number }[]
  removed: { line: number; partial?: true }[]
  stats: { lines: number; kept: number; removed: number }
}

/** Every non-blank line once: inside a block's range or as a whole-line removal. */
function accountingProblems(article: AccountedArticle): string[] {
  const problems: string[] = []
  const seen = new Map<number, number>()
  for (const block of article.blocks) {
    const end = block.endLine ?? block.line
    if (end < block.line)
      problems.push(`/blocks: endLine ${String(end)} before line ${String(block.line)}`)
    for (let line = block.line; line <= end; line++) seen.set(line, (seen.get(line) ?? 0) + 1)
  }
  const removedWhole = article.removed.filter((entry) => entry.partial !== true)
  for (const entry of removedWhole) seen.set(entry.line, (seen.get(entry.line) ?? 0) + 1)
  for (const [line, count] of seen) {
    if (count > 1) problems.push(`line ${String(line)} is accounted for ${String(count)} times`)
  }
  if (article.stats.removed !== removedWhole.length) {
    problems.push(
      `/stats/removed is ${String(article.stats.removed)}, removed[] has ${String(removedWhole.length)} whole lines`,
    )
  }
  if (seen.size !== article.stats.lines) {
    problems.push(
      `${String(seen.size)} lines accounted for, /stats/lines is ${String(article.stats.lines)}`,
    )
  }
  if (article.stats.kept + article.stats.removed !== article.stats.lines) {
    problems.push('/stats: kept + removed is not lines')
  }
  return problems
}
