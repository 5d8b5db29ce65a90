/** The strip stage: runs every enabled strip rule, in registry order, over the lines. */
import type { VFile } from 'vfile'
import type { DocumentTree } from './tree.js'
import { isBlank } from './tree.js'
import { STRIP_RULES } from '../rules/index.js'
import { createStripContext } from '../rules/rule.js'
import { computeLayout } from '../rules/layout.js'
import type { Settings } from '../types.js'

export function stripTree(
  tree: DocumentTree,
  file: VFile,
  settings: Settings,
  isEnabled: (ruleId: string) => boolean,
): void {
  const lines = tree.children.filter((node) => !isBlank(node))
  const layout = () => computeLayout(lines)
  for (const rule of STRIP_RULES) {
    if (!isEnabled(rule.id)) continue
    rule.apply(createStripContext(rule, lines, settings, file, layout))
  }
}
