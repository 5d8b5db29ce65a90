/** The strip rules' code, in the order the strip stage runs them (their metadata: catalog.ts). */
import type { StripRule } from './rule.js'
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

export { ALL_RULES, findRule, isRuleEnabled } from './catalog.js'
