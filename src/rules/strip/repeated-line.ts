/**
 * A line that repeats an earlier one: the next line printed again, exactly or nearly (captions
 * printed twice, `TPHCM` vs `TP. Hồ Chí Minh`, credits), or an exact copy of an earlier line.
 * Compares each line with its neighbour and looks copies up in a map: linear in the lines.
 */
import { isLive, type StripRule } from '../rule.js'
import { canonicalLine, nearlySame } from '../similarity.js'

const MIN_WORDS = 3
const MIN_WORDS_FAR = 5

export const repeatedLine: StripRule = {
  id: 'strip/repeated-line',
  stage: 'strip',
  description:
    'a line printed again: right after itself, exactly or nearly (duplicate captions), or anywhere, exactly',
  defaultOn: true,
  apply(context) {
    const seen = new Set<string>()
    let previous: string | null = null
    for (const node of context.lines) {
      if (!isLive(node)) continue
      const canonical = canonicalLine(node.data.content)
      const words = node.data.features.words
      if (words >= MIN_WORDS && previous !== null && nearlySame(previous, canonical)) {
        context.drop(node, 'Repeats the line before it')
        continue
      }
      if (words >= MIN_WORDS_FAR && seen.has(canonical)) {
        context.drop(node, 'Repeats an earlier line')
        continue
      }
      if (words >= MIN_WORDS_FAR) seen.add(canonical)
      previous = canonical
    }
  },
}
