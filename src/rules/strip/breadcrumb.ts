/** Breadcrumbs and category labels: `Trang chủ > Tin tức > Xã hội`, short labels above the headline. */
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'
import { isProse } from '../layout.js'

const TRAIL = /^[^>»›]{1,40}(?:\s?[>»›]\s?[^>»›]{1,40}){1,6}$/u
const LABEL_MAX_WORDS = 6

export const breadcrumb: StripRule = {
  ...stripRuleMeta('strip/breadcrumb'),
  apply(context) {
    const { title, bodyStart } = context.layout()
    const lines = context.lines
    // Without a body the "headline" is only the first line left, which may be the trail itself.
    const keep = bodyStart === -1 ? -1 : title
    for (const [i, node] of lines.entries()) {
      if (!isLive(node) || isProse(node) || i === keep) continue
      if (TRAIL.test(node.data.text)) context.drop(node, 'Breadcrumb trail')
    }
    if (title <= 0) return
    // Labels stacked right above the headline, up to the menu or the page top.
    for (let i = title - 1; i >= 0; i--) {
      const node = lines[i]
      if (node === undefined || !isLive(node)) continue
      if (isProse(node) || node.data.features.words > LABEL_MAX_WORDS || i >= bodyStart) break
      context.drop(node, 'Category label above the headline')
    }
  },
}
