/**
 * Every rule's id, stage, description and default, without the rules' code: what `vnclean
 * rules` lists, what `--enable`/`--disable` and config files are checked against, and what
 * decides which rules run. Loading it loads no part of the pipeline.
 */
import type { RuleMeta } from './rule.js'
import { STRIP_RULE_META } from './strip/catalog.js'
import { NORMALIZE_RULES } from '../normalize/rules.js'
import { STRUCTURE_RULES } from '../structure/rules.js'
import type { Settings } from '../types.js'

export const ALL_RULES: readonly RuleMeta[] = [
  ...NORMALIZE_RULES.map((rule) => ({ ...rule, stage: 'normalise' as const })),
  ...STRIP_RULE_META,
  ...STRUCTURE_RULES,
]

export function isRuleEnabled(rule: RuleMeta, settings: Settings): boolean {
  if (settings.disabled.has(rule.id)) return false
  return rule.defaultOn || settings.enabled.has(rule.id)
}

export function findRule(id: string): RuleMeta | undefined {
  return ALL_RULES.find((rule) => rule.id === id)
}
