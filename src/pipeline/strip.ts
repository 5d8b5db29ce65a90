/**
 * The strip stage: runs every enabled strip rule, in registry order, over the lines. A rule that
 * removes lines changes where the article lies (its headline, its body), which earlier rules
 * looked at; so the rules run again, in rounds, until a round removes nothing more. The result
 * is a fixed point: stripping the kept lines once more would remove nothing.
 */
import type { DocumentTree, LineNode } from './tree.js'
import { isBlank } from './tree.js'
import { STRIP_RULES } from '../rules/index.js'
import { createStripContext, type StripState } from '../rules/rule.js'
import { computeLayout, type Layout } from '../rules/layout.js'
import { createLineMemo } from '../rules/line-memo.js'
import { markProseParagraphs } from './paragraphs.js'
import type { StageOptions } from './stage.js'

/** Rounds at most; real pages settle in two (the second removes nothing). */
const MAX_ROUNDS = 4

export function stripTree(tree: DocumentTree, stage: StageOptions): void {
  const lines = tree.children.filter((node) => !isBlank(node))
  const rules = STRIP_RULES.filter((rule) => stage.isEnabled(rule.id))
  const state = createStripState(lines, stage)
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = state.changes
    for (const rule of rules) {
      const count = state.changes
      rule.apply(createStripContext(rule, state))
      // A removed line may have ended a wrapped paragraph: what reads as prose changes.
      if (state.changes !== count) markProseParagraphs(lines)
    }
    if (state.changes === before) break
  }
}

function createStripState(lines: readonly LineNode[], stage: StageOptions): StripState {
  let layout: Layout | null = null
  let layoutAt = -1
  const state: StripState = {
    lines,
    settings: stage.settings,
    file: stage.file,
    report: stage.report,
    memo: createLineMemo(),
    changes: 0,
    layout() {
      if (layout === null || layoutAt !== state.changes) {
        layout = computeLayout(lines)
        layoutAt = state.changes
      }
      return layout
    },
  }
  return state
}
