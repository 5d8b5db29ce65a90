/** Image alt text printed as a line: `<headline> - 1`, `… TPHCM - Ảnh 1.` */
import { isLive, type StripRule } from '../rule.js'
import { createNearIndex, type NearIndex } from '../near-index.js'

/** The ` - 1` / ` - Ảnh 1.` tail (text is normalised: single spaces); the stem is what precedes. */
const ALT_TAIL = / [-–] (?:(Ảnh|ảnh|Photo) )?\d{1,3}\.?$/u
const MIN_STEM = 8
/**
 * Comparisons of a stem with other lines, per page: far more than any real page needs (a page
 * of a few hundred lines makes a few dozen), few enough to keep crafted pages linear.
 */
const COMPARISONS_PER_LINE = 16
const COMPARISONS_MIN = 4096

export const imageAlt: StripRule = {
  id: 'strip/image-alt',
  stage: 'strip',
  description: 'image alt text printed as a line (`<headline> - 1`, `<headline> - Ảnh 1.`)',
  defaultOn: true,
  apply(context) {
    const lines = context.lines
    const canonical = context.memo.canonical
    const budget = COMPARISONS_MIN + COMPARISONS_PER_LINE * lines.length
    // Built when a line first has a numbered tail: most pages have none.
    let index: NearIndex | null = null
    for (const [i, node] of lines.entries()) {
      if (!isLive(node)) continue
      const match = ALT_TAIL.exec(node.data.text)
      if (match === null || match.index < MIN_STEM) continue
      if (match[1] !== undefined) {
        context.drop(node, 'Image alt text (`- Ảnh N`)')
        continue
      }
      index ??= createNearIndex(
        lines.map((line) => canonical(line.data.text)),
        budget,
      )
      if (index.hasNearlySame(canonical(node.data.text.slice(0, match.index)), i)) {
        context.drop(node, 'Image alt text: another line of the page followed by a number')
      }
    }
    if (index?.exhausted === true) {
      context.warn(
        `Compared ${String(budget)} lines for image alt text; the lines left unchecked are kept`,
      )
    }
  },
}
