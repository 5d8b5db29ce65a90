/** A strip rule that removes lines matching a phrase list from src/data/boilerplate.json. */
import { createPhraseMatcher, type PhraseList } from '../phrase-matcher.js'
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'

export function createPhraseRule(id: string, list: PhraseList, reason: string): StripRule {
  const matcher = createPhraseMatcher(list)
  return {
    ...stripRuleMeta(id),
    scope: 'line',
    apply(context) {
      for (const node of context.lines) {
        if (isLive(node) && matcher.matches(node, context.memo)) context.drop(node, reason)
      }
    },
  }
}
