/** What a rule is: an id, a stage, a one-line description, whether it is on by default, and its work. */
import type { VFile } from 'vfile'
import type { LineNode } from '../pipeline/tree.js'
import { addMessage } from '../pipeline/audit.js'
import { setLineText } from '../pipeline/line-text.js'
import type { Settings } from '../types.js'
import type { Layout } from './layout.js'
import type { LineMemo } from './line-memo.js'

export type RuleStage = 'normalise' | 'strip' | 'structure'

export interface RuleMeta {
  id: string
  stage: RuleStage
  description: string
  defaultOn: boolean
}

export interface StripContext {
  /** Non-blank lines in source order; removed ones keep their place with `data.drop` set. */
  readonly lines: readonly LineNode[]
  readonly settings: Settings
  /** Where the headline and the article body are, from the lines still in play. */
  layout(): Layout
  /** Forms of a line's text the rules match on, computed once per document. */
  readonly memo: LineMemo
  /** Remove a whole line, with the reason; a line already removed stays with its first rule. */
  drop(node: LineNode, reason: string): void
  /** Remove a piece from inside a kept line: `kept` is what stays. */
  dropPart(node: LineNode, removed: string, kept: string, reason: string): void
  /** Report that the rule stopped short (a work bound on a pathological page); nothing is dropped. */
  warn(reason: string): void
}

export interface StripRule extends RuleMeta {
  stage: 'strip'
  /**
   * `line`: each decision depends on the line alone (its text, marker and features), not on
   * other lines or the layout. Such a rule need not see a line again until its text changes.
   * `text`: its decisions depend on the texts of all the lines, not on which of them are still
   * live nor on the layout. Until some line's text changes, running it again decides nothing new.
   * A rule of either scope reads neither the layout nor which lines read as prose (`isProse`):
   * the strip stage brings those up to date only for rules without a scope.
   */
  scope?: 'line' | 'text'
  apply(context: StripContext): void
}

export function isLive(node: LineNode): boolean {
  return node.data.drop === null
}

/** What every rule of one document's strip stage shares. */
export interface StripState {
  readonly lines: readonly LineNode[]
  readonly settings: Settings
  readonly file: VFile
  /** Report each decision as a message on `file`. */
  readonly report: boolean
  readonly memo: LineMemo
  /** Lines whose text changed (a piece removed), in the order it happened; repeats allowed. */
  readonly rewritten: LineNode[]
  /** Counts the lines and pieces removed so far: whatever was computed from the lines at
   * another count is out of date. */
  changes: number
  /** The layout, computed at most once per count of changes. */
  layout(): Layout
}

/** The context a strip rule runs in, reporting each decision as a vfile message. */
export function createStripContext(
  rule: RuleMeta,
  state: StripState,
  lines: readonly LineNode[] = state.lines,
): StripContext {
  const { settings, file, memo } = state
  return {
    lines,
    settings,
    memo,
    layout: () => state.layout(),
    drop(node, reason) {
      if (node.data.drop !== null) return
      node.data.drop = rule.id
      state.changes++
      if (!state.report) return
      const message = addMessage(file, 'info', reason, {
        place: node.position,
        ruleId: rule.id,
        source: 'vnclean',
      })
      message.actual = node.data.text
    },
    dropPart(node, removed, kept, reason) {
      node.data.partials.push({ line: node.line, rule: rule.id, text: removed, partial: true })
      state.changes++
      state.rewritten.push(node)
      // What is left is measured again: half a doubled caption is no longer a line of prose.
      setLineText(node.data, kept)
      if (!state.report) return
      const message = addMessage(file, 'info', reason, {
        place: node.position,
        ruleId: rule.id,
        source: 'vnclean',
      })
      message.actual = removed
      message.expected = []
    },
    warn(reason) {
      addMessage(file, 'warning', reason, { ruleId: rule.id, source: 'vnclean' })
    },
  }
}
