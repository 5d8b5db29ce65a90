/**
 * Article → Markdown: YAML front matter (title, authors, outlet, date, place, category, lang,
 * source file), then the blocks as mdast, serialised by mdast-util-to-markdown.
 */
import type { BlockContent, List, ListItem, Root, RootContent } from 'mdast'
import { toMarkdown } from 'mdast-util-to-markdown'
import { stringify } from 'yaml'
import type { Article, Block } from '../types.js'

export function emitMarkdown(article: Article): string {
  const front = stringify(frontMatter(article), { lineWidth: 0 }).trimEnd()
  const body = toMarkdown(toMdast(article.blocks), { bullet: '-', rule: '-' })
  return `---\n${front}\n---\n\n${body}`
}

function frontMatter(article: Article): Record<string, unknown> {
  return {
    title: article.title,
    authors: article.authors,
    outlet: article.outlet,
    date: article.date,
    place: article.place,
    category: article.category,
    lang: article.lang,
    source: article.file,
  }
}

function toMdast(blocks: readonly Block[]): Root {
  const children: RootContent[] = []
  let list: List | null = null
  for (const block of blocks) {
    if (block.type === 'list-item') {
      const ordered = block.ordered === true
      if (list === null || list.ordered !== ordered) {
        list = { type: 'list', ordered, spread: false, children: [] }
        children.push(list)
      }
      const item: ListItem = { type: 'listItem', spread: false, children: [paragraph(block.text)] }
      list.children.push(item)
      continue
    }
    list = null
    children.push(blockNode(block))
  }
  return { type: 'root', children }
}

function blockNode(block: Block): BlockContent {
  switch (block.type) {
    case 'title':
      return { type: 'heading', depth: 1, children: [{ type: 'text', value: block.text }] }
    case 'heading':
      return { type: 'heading', depth: 2, children: [{ type: 'text', value: block.text }] }
    case 'caption':
      return {
        type: 'paragraph',
        children: [{ type: 'emphasis', children: [{ type: 'text', value: block.text }] }],
      }
    case 'byline':
    case 'source':
      return {
        type: 'paragraph',
        children: [{ type: 'strong', children: [{ type: 'text', value: block.text }] }],
      }
    default:
      return paragraph(block.text)
  }
}

function paragraph(text: string): BlockContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] }
}
