/** Image alt text printed as a line: `<headline> - 1`, `… TPHCM - Ảnh 1.` */
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'
import { createNearIndex } from '../near-index.js'
import { LENGTH_RATIO_MIN } from '../similarity.js'
import type { LineNode } from '../../pipeline/tree.js'

/** The ` - 1` / ` - Ảnh 1.` tail (text is normalised: single spaces); the stem is what precedes. */
const ALT_TAIL = / [-–] (?:(Ảnh|ảnh|Photo) )?\d{1,3}\.?$/u
const MIN_STEM = 8
/**
 * Comparisons of a stem with other lines, per page: far more than any real page needs (a page
 * of a few hundred lines makes a few dozen), few enough to keep crafted pages linear.
 */
const COMPARISONS_PER_LINE = 2
const COMPARISONS_MIN = 4096

export const imageAlt: StripRule = {
  ...stripRuleMeta('strip/image-alt'),
  // Each tail is compared with the texts of all the lines, removed or not.
  scope: 'text',
  apply(context) {
    const lines = context.lines
    const canonical = context.memo.canonical
    const tails = numberedTails(lines)
    if (tails.length === 0) return
    // Stems of `<text> - 1` tails, canonical; the lines they may be nearly the same as are those
    // of comparable length (`nearlySame`), so only those are indexed.
    const stems = new Map<number, string>()
    for (const { index, stemEnd, photo } of tails) {
      if (!photo) stems.set(index, canonical(lines[index]?.data.text.slice(0, stemEnd) ?? ''))
    }
    // Lengths by a loop: `Math.min(...lengths)` throws on a page of a few hundred thousand tails.
    let shortest = Infinity
    let longest = 0
    for (const stem of stems.values()) {
      shortest = Math.min(shortest, stem.length * LENGTH_RATIO_MIN)
      longest = Math.max(longest, stem.length / LENGTH_RATIO_MIN)
    }
    const budget = COMPARISONS_MIN + COMPARISONS_PER_LINE * lines.length
    // Only `Ảnh N` tails: nothing to look up, no index to build.
    const index =
      stems.size === 0
        ? null
        : createNearIndex(
            lines.map((line) => {
              // A line without a list marker is its content, whose canonical form it keeps.
              const text =
                line.data.content === line.data.text
                  ? context.memo.contentCanonical(line)
                  : canonical(line.data.text)
              return text.length >= shortest && text.length <= longest ? text : ''
            }),
            budget,
          )
    for (const tail of tails) {
      const node = lines[tail.index]
      if (node === undefined) continue
      if (tail.photo) context.drop(node, 'Image alt text (`- Ảnh N`)')
      else if (index?.hasNearlySame(stems.get(tail.index) ?? '', tail.index) === true) {
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

interface NumberedTail {
  index: number
  /** Where the tail starts: the stem is the text before. */
  stemEnd: number
  /** The tail says `Ảnh N` / `Photo N`: alt text whatever the rest of the page. */
  photo: boolean
}

/** Live lines ending in ` - 1` or ` - Ảnh 1.` after a stem of some length. */
function numberedTails(lines: readonly LineNode[]): NumberedTail[] {
  const tails: NumberedTail[] = []
  for (const [index, node] of lines.entries()) {
    if (!isLive(node) || !endsInNumber(node.data.text)) continue
    const match = ALT_TAIL.exec(node.data.text)
    if (match === null || match.index < MIN_STEM) continue
    tails.push({ index, stemEnd: match.index, photo: match[1] !== undefined })
  }
  return tails
}

/** Ends in a digit, or a digit and a full stop: what `ALT_TAIL` needs, tested without scanning. */
function endsInNumber(text: string): boolean {
  const last = text.endsWith('.') ? text.length - 2 : text.length - 1
  const code = text.charCodeAt(last)
  return code >= 0x30 && code <= 0x39
}
