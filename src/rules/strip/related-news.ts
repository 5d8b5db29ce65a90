/**
 * Related-news boxes and tails: a marker (`Các tin khác`, `Tin liên quan`, `Xem nhiều nhất`,
 * `Xem thêm: …`) and the linked headlines under it, until prose starts again.
 */
import boilerplate from '../../data/boilerplate.json' with { type: 'json' }
import type { LineNode } from '../../pipeline/tree.js'
import { createPhraseMatcher } from '../phrase-matcher.js'
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'
import { isProse } from '../layout.js'
import { parseByline } from '../../structure/byline.js'
import { parseCredit } from '../../structure/credit.js'

const list = boilerplate['strip/related-news']
const marker = createPhraseMatcher({ lines: list.lines })
const single = createPhraseMatcher({ prefixes: list.prefixes })
const DATED = /\(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\)$|\d{1,2}\/\d{1,2}\/\d{4}$/u

export const relatedNews: StripRule = {
  ...stripRuleMeta('strip/related-news'),
  apply(context) {
    const lines = context.lines
    let inTail = false
    for (let i = 0; i < lines.length; i++) {
      const node = lines[i]
      if (node === undefined || !isLive(node)) continue
      if (marker.matches(node, context.memo)) {
        context.drop(node, 'Related-news marker')
        inTail = true
      } else if (single.matches(node, context.memo)) {
        context.drop(node, 'Link to another article')
      } else if (inTail && isListedHeadline(node) && !opensSection(lines, i)) {
        context.drop(node, 'Headline listed under a related-news marker')
      } else {
        inTail = false
      }
    }
  },
}

function isListedHeadline(node: LineNode): boolean {
  const text = node.data.text
  if (parseByline(text) !== null || parseCredit(text) !== null) return false
  if (DATED.test(text)) return true
  return !(isProse(node) && node.data.features.endsSentence)
}

/** A heading that prose follows is the article going on, not a listed headline. */
function opensSection(lines: readonly LineNode[], index: number): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    const next = lines[i]
    if (next === undefined || !isLive(next)) continue
    return isProse(next) && next.data.features.endsSentence && !DATED.test(next.data.text)
  }
  return false
}
