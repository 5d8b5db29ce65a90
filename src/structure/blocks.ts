/** Kept lines → blocks; hard-wrapped paragraph lines are joined into one block with `endLine`. */
import type { LineNode } from '../pipeline/tree.js'
import type { Block } from '../types.js'
import { isOrderedBullet } from '../pipeline/bullet.js'
import { carriesOn } from '../pipeline/paragraphs.js'

export function buildBlocks(lines: readonly LineNode[], joinParagraphs: boolean): Block[] {
  const blocks: Block[] = []
  let previous: LineNode | null = null
  for (const node of lines) {
    const role = node.data.role
    if (node.data.drop !== null || role === null) continue
    const last = blocks[blocks.length - 1]
    if (joinParagraphs && last !== undefined && previous !== null && continues(previous, node)) {
      last.text = `${last.text} ${node.data.text}`
      last.endLine = node.line
      previous = node
      continue
    }
    const text = role === 'list-item' ? node.data.content : node.data.text
    const block: Block = { type: role, text, line: node.line }
    if (role === 'caption' && node.data.credit !== null) block.credit = node.data.credit
    if (role === 'list-item' && node.data.bullet !== null)
      block.ordered = isOrderedBullet(node.data.bullet)
    blocks.push(block)
    previous = node
  }
  return blocks
}

/** The next source line carries on the same paragraph. */
function continues(previous: LineNode, node: LineNode): boolean {
  return (
    previous.data.role === 'paragraph' &&
    node.data.role === 'paragraph' &&
    carriesOn(previous, node)
  )
}
