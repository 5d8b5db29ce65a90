/**
 * Chrome outside the article: short lines before the headline, and lines after the last
 * paragraph that are not a byline, a credit, a caption or a sentence.
 */
import type { LineNode } from '../../pipeline/tree.js'
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'
import { isProse } from '../layout.js'
import { parseByline } from '../../structure/byline.js'
import { parseCredit } from '../../structure/credit.js'
import { parseCaptionCredit } from '../../structure/caption-credit.js'

const SENTENCE_MIN_WORDS = 5

export const outsideArticle: StripRule = {
  ...stripRuleMeta('strip/outside-article'),
  apply(context) {
    const { title, bodyStart, bodyEnd } = context.layout()
    if (bodyStart === -1) return
    const lines = context.lines
    const top = title === -1 ? bodyStart : title
    for (let i = 0; i < top; i++) {
      const node = lines[i]
      if (node !== undefined && isLive(node) && !isProse(node)) {
        context.drop(node, 'Page chrome above the headline')
      }
    }
    for (let i = bodyEnd + 1; i < lines.length; i++) {
      const node = lines[i]
      if (node !== undefined && isLive(node) && !belongsToArticle(node)) {
        context.drop(node, 'Page chrome after the article')
      }
    }
  },
}

function belongsToArticle(node: LineNode): boolean {
  const text = node.data.text
  if (isProse(node)) return true
  if (node.data.features.endsSentence && node.data.features.words >= SENTENCE_MIN_WORDS) return true
  return (
    parseByline(text) !== null || parseCredit(text) !== null || parseCaptionCredit(text) !== null
  )
}
