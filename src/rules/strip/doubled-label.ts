/** A widget label printed twice on one line: `Video Video`, `Thông tin lý luận Thông tin lý luận`. */
import { doubledPrefixLength } from '../line-key.js'
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'

const MAX_LABEL_WORDS = 8

export const doubledLabel: StripRule = {
  ...stripRuleMeta('strip/doubled-label'),
  scope: 'line',
  apply(context) {
    for (const node of context.lines) {
      if (!isLive(node) || node.data.features.endsSentence) continue
      const tokens = node.data.content.split(' ')
      if (tokens.length % 2 !== 0 || tokens.length > MAX_LABEL_WORDS * 2) continue
      if (doubledPrefixLength(tokens, MAX_LABEL_WORDS) * 2 === tokens.length) {
        context.drop(node, 'Widget label printed twice')
      }
    }
  },
}
