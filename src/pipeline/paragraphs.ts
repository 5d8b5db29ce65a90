/**
 * Hard-wrapped paragraphs: a line that does not end a sentence, carried on by the next source
 * line in lower case. The structure stage joins such lines into one block; the layout must see
 * them the same way, or a page wrapped at 80 columns (no line long enough to count as prose on
 * its own) would be laid out one way here and another way once its output is cleaned again.
 */
import type { LineNode } from './tree.js'
import { isProseShape } from '../rules/layout.js'
import { isCreditOnly, parseCaptionCredit } from '../structure/caption-credit.js'
import { parseCredit } from '../structure/credit.js'

const STARTS_LOWER = /^\p{Ll}/u
const MIN_WORDS_BEFORE_WRAP = 6

/**
 * `node` is the source line right after `previous` and carries on its sentence; neither is a
 * list item, a caption or a credit line (which the structure stage never joins to a paragraph).
 */
export function carriesOn(previous: LineNode, node: LineNode): boolean {
  return (
    node.line === previous.line + 1 &&
    !previous.data.features.endsSentence &&
    previous.data.features.words >= MIN_WORDS_BEFORE_WRAP &&
    STARTS_LOWER.test(node.data.text) &&
    mayJoin(previous) &&
    mayJoin(node)
  )
}

function mayJoin(node: LineNode): boolean {
  // Text printed twice in one line is a caption (see structure/assign-roles.ts).
  if (node.data.bullet !== null || node.data.partials.length > 0) return false
  const text = node.data.text
  const known = node.data.joinable
  if (known !== null && known.text === text) return known.value
  const value =
    parseCaptionCredit(text) === null && !isCreditOnly(text) && parseCredit(text) === null
  node.data.joinable = { text, value }
  return value
}

/**
 * The lines still in play, grouped into paragraphs: each group is one line, or the lines of a
 * hard-wrapped paragraph (consecutive source lines, each carrying on the one before).
 */
export function wrappedParagraphs(
  lines: readonly LineNode[],
  headline: LineNode | undefined,
): LineNode[][] {
  const groups: LineNode[][] = []
  forEachParagraph(lines, headline, (group) => groups.push([...group]))
  return groups
}

/**
 * Calls `visit` with each paragraph of `wrappedParagraphs`, in order, in one array reused from
 * call to call (most paragraphs are one line: no array is made for each).
 */
function forEachParagraph(
  lines: readonly LineNode[],
  headline: LineNode | undefined,
  visit: (group: readonly LineNode[]) => void,
): void {
  let group: LineNode[] = []
  for (const node of lines) {
    if (node.data.drop !== null || isBlankLine(node)) continue
    const last = group[group.length - 1]
    // The headline stands alone, as its block does.
    if (last !== undefined && last !== headline && carriesOn(last, node)) {
      group.push(node)
      continue
    }
    if (group.length > 0) visit(group)
    if (group.length === 1) group[0] = node
    else group = [node]
  }
  if (group.length > 0) visit(group)
}

/**
 * Marks the lines of every wrapped paragraph (of the lines still in play) whose joined text
 * reads as prose; called again whenever lines are removed, since a removed line ends the
 * paragraph it was part of.
 */
export function markProseParagraphs(lines: readonly LineNode[]): void {
  for (const node of lines) node.data.inProseParagraph = false
  forEachParagraph(lines, undefined, (group) => {
    if (group.length < 2) return
    let words = 0
    let chars = -1
    for (const node of group) {
      words += node.data.features.words
      chars += node.data.features.chars + 1
    }
    const endsSentence = group[group.length - 1]?.data.features.endsSentence ?? false
    if (!isProseShape(words, chars, endsSentence)) return
    for (const node of group) node.data.inProseParagraph = true
  })
}

function isBlankLine(node: LineNode): boolean {
  return node.data.text === ''
}
