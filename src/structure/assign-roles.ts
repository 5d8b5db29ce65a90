/** Gives each kept line its block type, from the final layout of the page. */
import type { LineNode } from '../pipeline/tree.js'
import type { Layout } from '../rules/layout.js'
import { isProse } from '../rules/layout.js'
import { isLive } from '../rules/rule.js'
import type { BlockType } from '../types.js'
import { parseByline } from './byline.js'
import { parseCredit } from './credit.js'
import { parseCaptionCredit, isCreditOnly } from './caption-credit.js'

const HEADING_MAX_WORDS = 20

export interface RoleOptions {
  isEnabled: (ruleId: string) => boolean
}

export function assignRoles(
  lines: readonly LineNode[],
  layout: Layout,
  options: RoleOptions,
): void {
  const on = options.isEnabled
  for (let i = 0; i < lines.length; i++) {
    const node = lines[i]
    if (node === undefined || !isLive(node)) continue
    node.data.role = roleOf(lines, i, layout, on)
    if (node.data.role === 'caption') {
      node.data.credit = parseCaptionCredit(node.data.text)?.credit ?? null
    }
  }
}

function roleOf(
  lines: readonly LineNode[],
  i: number,
  layout: Layout,
  on: (ruleId: string) => boolean,
): BlockType {
  const node = lines[i] as LineNode
  const text = node.data.text
  if (i === layout.title && on('structure/title')) return 'title'
  const outsideBody = layout.bodyStart === -1 || i < layout.bodyStart || i > layout.bodyEnd
  if (on('structure/credit') && parseCredit(text) !== null) return 'source'
  if (on('structure/byline') && outsideBody && parseByline(text) !== null) return 'byline'
  if (on('structure/caption') && isCaption(lines, i)) return 'caption'
  if (on('structure/list') && node.data.bullet !== null && !outsideBody) return 'list-item'
  if (on('structure/heading') && !outsideBody && isHeading(node)) return 'heading'
  return 'paragraph'
}

function isCaption(lines: readonly LineNode[], i: number): boolean {
  const node = lines[i] as LineNode
  if (parseCaptionCredit(node.data.text) !== null || isCreditOnly(node.data.text)) return true
  // Captions are what scrapers print twice (alt text and caption run together).
  if (node.data.partials.some((part) => part.rule === 'strip/doubled-text')) return true
  // The line printed under an image whose alt text was removed (unless it is a list item).
  const before = lines[i - 1]
  return (
    node.data.bullet === null &&
    before?.data.drop === 'strip/image-alt' &&
    before.line === node.line - 1
  )
}

function isHeading(node: LineNode): boolean {
  const { words, endsSentence, upperRatio } = node.data.features
  if (isProse(node) || words > HEADING_MAX_WORDS) return false
  const text = node.data.text
  if (upperRatio > 0.8 && words >= 2) return true
  return !endsSentence || text.endsWith('?') || text.endsWith(':')
}
