/**
 * The strip stage: runs every enabled strip rule, in registry order, over the lines. A rule that
 * removes lines changes where the article lies (its headline, its body), which earlier rules
 * looked at; so the rules run again, in rounds, until a round removes nothing more. The result
 * is a fixed point: stripping the kept lines once more would remove nothing.
 */
import type { DocumentTree, LineNode } from './tree.js'
import { isBlank } from './tree.js'
import { STRIP_RULES } from '../rules/index.js'
import { createStripContext, type StripRule, type StripState } from '../rules/rule.js'
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
  /** For each rule of line or text scope: how many rewrites it had seen when it last started. */
  const seen = new Map<StripRule, number>()
  /** For each rule without a scope: the count of changes when it last started. */
  const startedAt = new Map<StripRule, number>()
  /** The count of changes the prose marks were made at (the normalise stage made them). */
  let marked = state.changes
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const before = state.changes
    for (const rule of rules) {
      // Nothing removed since the rule last started (not even by the rule itself): it reads the
      // same lines, layout and prose marks, and would decide the same. A page's last round only
      // confirms the rules that ran before the round's last change.
      if (rule.scope === undefined) {
        if (startedAt.get(rule) === state.changes) continue
        startedAt.set(rule, state.changes)
      }
      // A removed line may have ended a wrapped paragraph: what reads as prose changes. Only a
      // rule without a scope reads it (a scope says: not the layout, not other lines' shape).
      if (rule.scope === undefined && marked !== state.changes) {
        markProseParagraphs(lines)
        marked = state.changes
      }
      const from = rule.scope === undefined ? undefined : seen.get(rule)
      if (rule.scope !== undefined) seen.set(rule, state.rewritten.length)
      // A rule of text scope would decide the same as last time while no text has changed.
      if (rule.scope === 'text' && from === state.rewritten.length) continue
      // A rule of line scope decided on every other line already, and would decide the same.
      const scope =
        rule.scope === 'line' && from !== undefined ? rewrittenSince(state, from) : lines
      rule.apply(createStripContext(rule, state, scope))
    }
    if (state.changes === before) break
  }
  // The structure stage reads the marks too.
  if (marked !== state.changes) markProseParagraphs(lines)
}

/** The lines rewritten since the `from`-th rewrite, in source order. */
function rewrittenSince(state: StripState, from: number): LineNode[] {
  if (from === state.rewritten.length) return []
  const changed = new Set(state.rewritten.slice(from))
  return state.lines.filter((node) => changed.has(node))
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
    rewritten: [],
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
