/** Article → JSON: one line per document (JSON Lines), or indented with `pretty`. */
import type { Article } from '../types.js'

export function emitJson(article: Article, pretty: boolean): string {
  return `${JSON.stringify(article, null, pretty ? 2 : undefined)}\n`
}
