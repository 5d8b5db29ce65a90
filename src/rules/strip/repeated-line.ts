/**
 * A line that repeats an earlier one: the next line printed again, exactly or nearly (captions
 * printed twice, `TPHCM` vs `TP. Hồ Chí Minh`, credits), or an exact copy of an earlier line.
 * A hard-wrapped paragraph counts as one line (so a wrapped copy of a paragraph is found, as it
 * would be once its lines are joined). Compares each line with its neighbour and looks copies
 * up in a map: linear in the lines.
 */
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'
import { LENGTH_RATIO_MIN } from '../similarity.js'
import type { LineMemo } from '../line-memo.js'
import { wrappedParagraphs } from '../../pipeline/paragraphs.js'

const MIN_WORDS = 3
const MIN_WORDS_FAR = 5

export const repeatedLine: StripRule = {
  ...stripRuleMeta('strip/repeated-line'),
  apply(context) {
    const headline = context.lines[context.layout().title]
    const { memo } = context
    // A line of a wrapped paragraph printed twice: the copy goes, the paragraph joins up again.
    for (const paragraph of wrappedParagraphs(context.lines.filter(isLive), headline)) {
      const kept: string[] = []
      for (const node of paragraph) {
        const canonical = memo.contentCanonical(node)
        if (node.data.features.words >= MIN_WORDS && repeatsLinesBefore(kept, canonical, memo)) {
          context.drop(node, 'Repeats the line before it')
        } else kept.push(canonical)
      }
    }
    const seen = new Set<string>()
    let previous: string | null = null
    for (const paragraph of wrappedParagraphs(context.lines.filter(isLive), headline)) {
      const [first] = paragraph
      const canonical =
        paragraph.length === 1 && first !== undefined
          ? memo.contentCanonical(first)
          : memo.canonical(paragraph.map((node) => node.data.content).join(' '))
      let words = 0
      for (const node of paragraph) words += node.data.features.words
      const drop = (reason: string): void => {
        for (const node of paragraph) context.drop(node, reason)
      }
      if (words >= MIN_WORDS && previous !== null && memo.nearlySame(previous, canonical)) {
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

/** Lines of a wrapped paragraph a repeat may span (`a b` / `c d` printed again as `a b c d`). */
const MAX_SPANNED = 8

/**
 * `canonical` says again what the paragraph's last kept line says, or its last few lines joined
 * (a copy of a wrapped sentence printed on one line: the copy goes, as it would once joined).
 */
function repeatsLinesBefore(kept: readonly string[], canonical: string, memo: LineMemo): boolean {
  let joined = ''
  for (let i = kept.length - 1; i >= 0 && i >= kept.length - MAX_SPANNED; i--) {
    joined = joined === '' ? (kept[i] ?? '') : `${kept[i] ?? ''} ${joined}`
    if (memo.nearlySame(joined, canonical)) return true
    // Longer still, it can no longer be nearly the same.
    if (joined.length * LENGTH_RATIO_MIN > canonical.length) return false
  }
  return false
}
