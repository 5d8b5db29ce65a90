/** Image alt text printed as a line: `<headline> - 1`, `… TPHCM - Ảnh 1.` */
import { isLive, type StripRule } from '../rule.js'
import { canonicalLine, nearlySame } from '../similarity.js'

const ALT = /^(.{8,}?)\s+[-–]\s+(Ảnh\s+|ảnh\s+|Photo\s+)?\d{1,3}\.?$/u

export const imageAlt: StripRule = {
  id: 'strip/image-alt',
  stage: 'strip',
  description: 'image alt text printed as a line (`<headline> - 1`, `<headline> - Ảnh 1.`)',
  defaultOn: true,
  apply(context) {
    const canonical = context.lines.map((node) => canonicalLine(node.data.text))
    for (const [index, node] of context.lines.entries()) {
      if (!isLive(node)) continue
      const match = ALT.exec(node.data.text)
      if (match?.[1] === undefined) continue
      if (match[2] !== undefined) {
        context.drop(node, 'Image alt text (`- Ảnh N`)')
        continue
      }
      const stem = canonicalLine(match[1])
      if (canonical.some((other, i) => i !== index && nearlySame(stem, other))) {
        context.drop(node, 'Image alt text: another line of the page followed by a number')
      }
    }
  },
}
