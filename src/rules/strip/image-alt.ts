/** Image alt text printed as a line: `<headline> - 1`, `… TPHCM - Ảnh 1.` */
import { isLive, type StripRule } from '../rule.js'
import { canonicalLine, nearlySame } from '../similarity.js'

/** The ` - 1` / ` - Ảnh 1.` tail (text is normalised: single spaces); the stem is what precedes. */
const ALT_TAIL = / [-–] (?:(Ảnh|ảnh|Photo) )?\d{1,3}\.?$/u
const MIN_STEM = 8

export const imageAlt: StripRule = {
  id: 'strip/image-alt',
  stage: 'strip',
  description: 'image alt text printed as a line (`<headline> - 1`, `<headline> - Ảnh 1.`)',
  defaultOn: true,
  apply(context) {
    const canonical = context.lines.map((node) => canonicalLine(node.data.text))
    for (const [index, node] of context.lines.entries()) {
      if (!isLive(node)) continue
      const match = ALT_TAIL.exec(node.data.text)
      if (match === null || match.index < MIN_STEM) continue
      if (match[1] !== undefined) {
        context.drop(node, 'Image alt text (`- Ảnh N`)')
        continue
      }
      const stem = canonicalLine(node.data.text.slice(0, match.index))
      if (canonical.some((other, i) => i !== index && nearlySame(stem, other))) {
        context.drop(node, 'Image alt text: another line of the page followed by a number')
      }
    }
  },
}
