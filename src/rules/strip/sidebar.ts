/** Sidebar boxes inside the text: a box title (`Nhân vật liên quan`) and the entries under it. */
import boilerplate from '../../data/boilerplate.json' with { type: 'json' }
import { createPhraseMatcher } from '../phrase-matcher.js'
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'
import { isProse } from '../layout.js'

const matcher = createPhraseMatcher(boilerplate['strip/sidebar'])

export const sidebar: StripRule = {
  ...stripRuleMeta('strip/sidebar'),
  apply(context) {
    let inBox = false
    for (const node of context.lines) {
      if (!isLive(node)) continue
      if (matcher.matches(node, context.memo)) {
        context.drop(node, 'Sidebar box title')
        inBox = true
      } else if (
        inBox &&
        (node.data.bullet !== null || node.data.features.linkLike) &&
        !isProse(node)
      ) {
        context.drop(node, 'Sidebar box entry')
      } else if (inBox && node.data.bullet !== null && node.data.features.words <= 25) {
        context.drop(node, 'Sidebar box entry')
      } else {
        inBox = false
      }
    }
  },
}
