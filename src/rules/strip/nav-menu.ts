/**
 * Navigation menus: runs of short, link-shaped lines outside the article body (the category
 * menu opening a page, footer link lists), and one-line menus (`Thời sự | Kinh tế | Thế giới`).
 * The last entries of a run that repeat earlier entries, right before the headline, are the
 * breadcrumb and are left to `strip/breadcrumb`.
 */
import type { LineNode } from '../../pipeline/tree.js'
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'
import { hasTrailSeparators } from '../layout.js'
import { containsAny, isSpace } from '../../text/line-breaks.js'

const MIN_RUN = 3
const BREADCRUMB_MAX = 2
const MENU_SEPARATORS = '|·'
const MENU_ENTRY_MAX = 40

export const navMenu: StripRule = {
  ...stripRuleMeta('strip/nav-menu'),
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
      if (isOneLineMenu(node.data.text) && !node.data.features.endsSentence) {
        context.drop(node, 'One-line navigation menu')
        continue
      }
      const trail = hasTrailSeparators(node.data.text)
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

/**
 * Three or more entries of 1 to 40 characters (code points) between `|` or `·` separators with
 * white space on both sides: what `/^[^|·]{1,40}(?:\s[|·]\s[^|·]{1,40}){2,}$/u` matches, by a
 * scan that a line of megabytes cannot push into a stack overflow.
 */
export function isOneLineMenu(text: string): boolean {
  if (!containsAny(text, MENU_SEPARATORS)) return false
  let entryStart = 0
  let separators = 0
  for (let i = 0; i < text.length; i++) {
    if (!MENU_SEPARATORS.includes(text.charAt(i))) continue
    if (!isSpace(text.charAt(i - 1)) || !isSpace(text.charAt(i + 1))) return false
    if (!isEntry(text, entryStart, i - 1)) return false
    entryStart = i + 2
    separators++
  }
  return separators >= 2 && isEntry(text, entryStart, text.length)
}

function isEntry(text: string, start: number, end: number): boolean {
  let codePoints = 0
  for (let i = start; i < end && codePoints <= MENU_ENTRY_MAX; i++) {
    const code = text.charCodeAt(i)
    // The second half of a surrogate pair is part of the code point before it.
    if (code < 0xdc00 || code > 0xdfff || i === start || !isHighSurrogate(text, i - 1)) codePoints++
  }
  return codePoints >= 1 && codePoints <= MENU_ENTRY_MAX
}

function isHighSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0xd800 && code <= 0xdbff
}
