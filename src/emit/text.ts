/** Article → plain text: the kept blocks, one per paragraph, blank lines between. */
import type { Article } from '../types.js'

export function emitText(article: Article): string {
  if (article.blocks.length === 0) return ''
  return `${article.blocks.map((block) => block.text).join('\n\n')}\n`
}
