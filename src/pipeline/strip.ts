/**
 * The strip stage: runs every enabled strip rule, in registry order, over the lines. A rule that
 * removes lines changes where the article lies (its headline, its body), which earlier rules
 * looked at; so the rules run again, in rounds, until a round removes nothing more. The result
 * is a fixed point: stripping the kept lines once more would remove nothing.
 */
import type { VFile } from 'vfile'
import type { DocumentTree, LineNode } from './tree.js'
import { isBlank } from './tree.js'
import { STRIP_RULES } from '../rules/index.js'
import { createStripContext } from '../rules/rule.js'
import { computeLayout } from '../rules/layout.js'
import { markProseParagraphs } from './paragraphs.js'
import type { Settings } from '../types.js'

/** Rounds at most; real pages settle in two (the second removes nothing). */
const MAX_ROUNDS = 4

export function stripTree(
  tree: DocumentTree,
  file: VFile,
  settings: Settings,
  isEnabled: (ruleId: string) => boolean,
): void {
  const lines = tree.children.filter((node) => !isBlank(node))
  const layout = () => computeLayout(lines)
  const rules = STRIP_RULES.filter((rule) => isEnabled(rule.id))
  let count = removals(lines)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = count
    for (const rule of rules) {
      rule.apply(createStripContext(rule, lines, settings, file, layout))
      const after = removals(lines)
      // A removed line may have ended a wrapped paragraph: what reads as prose changes.
      if (after !== count) markProseParagraphs(lines)
      count = after
    }
    if (count === before) break
  }
}

/** Lines and pieces removed so far. */
function removals(lines: readonly LineNode[]): number {
  let count = 0
  for (const node of lines) count += (node.data.drop === null ? 0 : 1) + node.data.partials.length
  return count
}
