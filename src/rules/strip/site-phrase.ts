/** Site-specific boilerplate from the user's config: exact phrases and regular expressions. */
import { lineKey } from '../line-key.js'
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'

export const sitePhrase: StripRule = {
  ...stripRuleMeta('strip/site-phrase'),
  scope: 'line',
  apply(context) {
    const { sitePhrases, sitePatterns } = context.settings
    if (sitePhrases.length === 0 && sitePatterns.length === 0) return
    const phrases = new Set(sitePhrases.map((phrase) => lineKey(phrase).key))
    for (const node of context.lines) {
      if (!isLive(node)) continue
      const text = node.data.text
      if (phrases.has(context.memo.key(node).key)) context.drop(node, 'Phrase from the site config')
      else if (sitePatterns.some((pattern) => pattern.test(text))) {
        context.drop(node, 'Pattern from the site config')
      }
    }
  },
}
