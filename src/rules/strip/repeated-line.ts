/**
 * A line that repeats an earlier one: the next line printed again, exactly or nearly (captions
 * printed twice, `TPHCM` vs `TP. Hồ Chí Minh`, credits), or an exact copy of an earlier line.
 * A hard-wrapped paragraph counts as one line (so a wrapped copy of a paragraph is found, as it
 * would be once its lines are joined). Compares each line with its neighbour and looks copies
 * up in a map: linear in the lines.
 */
import { isLive, type StripRule } from '../rule.js'
import { nearlySame } from '../similarity.js'
import { wrappedParagraphs } from '../../pipeline/paragraphs.js'

const MIN_WORDS = 3
const MIN_WORDS_FAR = 5

export const repeatedLine: StripRule = {
  id: 'strip/repeated-line',
  stage: 'strip',
  description:
    'a line printed again: right after itself, exactly or nearly (duplicate captions), or anywhere, exactly',
  defaultOn: true,
  apply(context) {
    const headline = context.lines[context.layout().title]
    const canonicalLine = context.memo.canonical
    // A line of a wrapped paragraph printed twice: the copy goes, the paragraph joins up again.
    for (const paragraph of wrappedParagraphs(context.lines.filter(isLive), headline)) {
      let before = canonicalLine(paragraph[0]?.data.content ?? '')
      for (const node of paragraph.slice(1)) {
        const canonical = canonicalLine(node.data.content)
        if (node.data.features.words >= MIN_WORDS && nearlySame(before, canonical)) {
          context.drop(node, 'Repeats the line before it')
        } else before = canonical
      }
    }
    const seen = new Set<string>()
    let previous: string | null = null
    for (const paragraph of wrappedParagraphs(context.lines.filter(isLive), headline)) {
      const canonical = canonicalLine(paragraph.map((node) => node.data.content).join(' '))
      let words = 0
      for (const node of paragraph) words += node.data.features.words
      const drop = (reason: string): void => {
        for (const node of paragraph) context.drop(node, reason)
      }
      if (words >= MIN_WORDS && previous !== null && nearlySame(previous, canonical)) {
        drop('Repeats the line before it')
        continue
      }
      if (words >= MIN_WORDS_FAR && seen.has(canonical)) {
        drop('Repeats an earlier line')
        continue
      }
      if (words >= MIN_WORDS_FAR) seen.add(canonical)
      previous = canonical
    }
  },
}
