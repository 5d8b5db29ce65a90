/**
 * A rule's catalog entry, on by default: what the stages' catalogs list (kept apart from the
 * rules' code, so that listing or checking rule ids loads no pipeline).
 */
import type { RuleMeta, RuleStage } from './rule.js'

export function defaultOnRule<S extends RuleStage>(
  stage: S,
  id: string,
  description: string,
): RuleMeta & { stage: S } {
  return { id, stage, description, defaultOn: true }
}
