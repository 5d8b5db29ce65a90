/** The structure stage and the compiler: the stripped tree becomes an Article. */
import type { DocumentTree } from './tree.js'
import { isBlank } from './tree.js'
import { computeLayout } from '../rules/layout.js'
import { assignRoles } from '../structure/assign-roles.js'
import { extractMetadata } from '../structure/metadata.js'
import { buildBlocks } from '../structure/blocks.js'
import { detectLanguage } from '../lang/detect.js'
import type { Article, Removed } from '../types.js'
import type { NormaliseResult } from './normalise.js'
import { SCHEMA_VERSION } from '../schema-version.js'

export interface CompileInput {
  tree: DocumentTree
  file: string | null
  encoding: string
  normalisation: NormaliseResult
  isEnabled: (ruleId: string) => boolean
}

export function compileArticle(input: CompileInput): Article {
  const lines = input.tree.children.filter((node) => !isBlank(node))
  const layout = computeLayout(lines)
  assignRoles(lines, layout, { isEnabled: input.isEnabled })
  const metadata = extractMetadata(lines, layout)
  const blocks = buildBlocks(lines, input.isEnabled('structure/paragraph-join'))
  const removed: Removed[] = []
  for (const node of lines) {
    if (node.data.drop !== null)
      removed.push({ line: node.line, rule: node.data.drop, text: node.data.text })
    removed.push(...node.data.partials)
  }
  const removedLines = lines.filter((node) => node.data.drop !== null).length
  return {
    schemaVersion: SCHEMA_VERSION,
    file: input.file,
    lang: detectLanguage(blocks.map((block) => block.text)),
    ...metadata,
    blocks,
    removed,
    normalization: {
      encoding: input.encoding,
      changes: input.normalisation.changes,
      toneStyle: input.normalisation.toneStyle,
    },
    stats: { lines: lines.length, kept: lines.length - removedLines, removed: removedLines },
  }
}
