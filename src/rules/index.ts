/** The rule registry: every rule id, in the order the strip stage runs them. */
import type { RuleMeta, StripRule } from './rule.js'
import { sitePhrase } from './strip/site-phrase.js'
import {
  commentWidget,
  counter,
  mediaPrompt,
  pageWidget,
  poll,
  siteFooter,
} from './strip/widgets.js'
import { imageAlt } from './strip/image-alt.js'
import { timestamp } from './strip/timestamp.js'
import { doubledLabel } from './strip/doubled-label.js'
import { doubledText } from './strip/doubled-text.js'
import { repeatedLine } from './strip/repeated-line.js'
import { sidebar } from './strip/sidebar.js'
import { relatedNews } from './strip/related-news.js'
import { navMenu } from './strip/nav-menu.js'
import { breadcrumb } from './strip/breadcrumb.js'
import { outsideArticle } from './strip/outside-article.js'
import { NORMALIZE_RULES } from '../normalize/index.js'
import { STRUCTURE_RULES } from '../structure/rules.js'
import type { Settings } from '../types.js'

/** Strip rules in running order: exact phrases first, then repeats, then layout-driven rules. */
export const STRIP_RULES: readonly StripRule[] = [
  sitePhrase,
  pageWidget,
  commentWidget,
  counter,
  poll,
  mediaPrompt,
  siteFooter,
  imageAlt,
  timestamp,
  doubledLabel,
  doubledText,
  repeatedLine,
  sidebar,
  relatedNews,
  navMenu,
  breadcrumb,
  outsideArticle,
]

export const ALL_RULES: readonly RuleMeta[] = [
  ...NORMALIZE_RULES.map((rule) => ({ ...rule, stage: 'normalise' as const })),
  ...STRIP_RULES.map(({ id, stage, description, defaultOn }) => ({
    id,
    stage,
    description,
    defaultOn,
  })),
  ...STRUCTURE_RULES,
]

export function isRuleEnabled(rule: RuleMeta, settings: Settings): boolean {
  if (settings.disabled.has(rule.id)) return false
  return rule.defaultOn || settings.enabled.has(rule.id)
}

export function findRule(id: string): RuleMeta | undefined {
  return ALL_RULES.find((rule) => rule.id === id)
}
