/**
 * Navigation menus: runs of short, link-shaped lines outside the article body (the category
 * menu opening a page, footer link lists), and one-line menus (`Thời sự | Kinh tế | Thế giới`).
 * The last entries of a run that repeat earlier entries, right before the headline, are the
 * breadcrumb and are left to `strip/breadcrumb`.
 */
import type { LineNode } from '../../pipeline/tree.js'
import { isLive, type StripRule } from '../rule.js'
import { TRAIL_SEPARATORS } from '../layout.js'

const MIN_RUN = 3
const BREADCRUMB_MAX = 2
const ONE_LINE_MENU = /^[^|·]{1,40}(?:\s[|·]\s[^|·]{1,40}){2,}$/u

export const navMenu: StripRule = {
  id: 'strip/nav-menu',
  stage: 'strip',
  description:
    'navigation menus: runs of short link-like lines outside the article, one-line menus',
  defaultOn: true,
  apply(context) {
    const { title, bodyStart, bodyEnd } = context.layout()
    const lines = context.lines
    const inBody = (i: number): boolean => bodyStart !== -1 && i >= bodyStart && i <= bodyEnd
    let run: number[] = []
    const flush = (): void => {
      if (run.length >= MIN_RUN) {
        const keep = run[run.length - 1] === title - 1 ? breadcrumbTail(lines, run) : 0
        for (const i of run.slice(0, run.length - keep)) {
          const node = lines[i]
          if (node !== undefined) context.drop(node, 'Navigation menu entry')
        }
      }
      run = []
    }
    for (let i = 0; i < lines.length; i++) {
      const node = lines[i]
      if (node === undefined || !isLive(node)) continue
      if (ONE_LINE_MENU.test(node.data.text) && !node.data.features.endsSentence) {
        context.drop(node, 'One-line navigation menu')
        continue
      }
      const trail = TRAIL_SEPARATORS.test(node.data.text)
      if (i !== title && !inBody(i) && !trail && node.data.features.linkLike) run.push(i)
      else flush()
    }
    flush()
  },
}

/** How many of the run's last entries repeat an earlier entry of the run (at most two). */
function breadcrumbTail(lines: readonly LineNode[], run: readonly number[]): number {
  const seen = new Set<string>()
  const keys = run.map((i) => lines[i]?.data.content.toLowerCase() ?? '')
  let count = 0
  for (let k = keys.length - 1; k >= 0 && count < BREADCRUMB_MAX; k--) {
    const key = keys[k] ?? ''
    if (!keys.slice(0, k).includes(key) || seen.has(key)) break
    seen.add(key)
    count++
  }
  return count
}
