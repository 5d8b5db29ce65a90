/** A strip rule that removes lines matching a phrase list from src/data/boilerplate.json. */
import { createPhraseMatcher, type PhraseList } from '../phrase-matcher.js'
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'

/** Lines longer than this are prose, whatever they start with. */
const MAX_WORDS = 60

export function createPhraseRule(id: string, list: PhraseList, reason: string): StripRule {
  const matcher = createPhraseMatcher(list)
  return {
    ...stripRuleMeta(id),
    scope: 'line',
    apply(context) {
      for (const node of context.lines) {
        if (!isLive(node) || node.data.features.words > MAX_WORDS) continue
        // Without its list marker: a list item is matched as its text is emitted.
        const { memo } = context
        if (matcher.matches(memo.key(node), memo.lower(node))) {
          context.drop(node, reason)
        }
      }
    },
  }
}
