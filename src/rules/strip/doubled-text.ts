/**
 * Text printed twice inside one line: `X phát biểu. X phát biểu.` The line is cut into
 * sentences by retext (parse-latin), only when a cheap test says a repeat is possible.
 */
import { createRequire } from 'node:module'
import { unified } from 'unified'
import { toString } from 'nlcst-to-string'
import type { Root, Sentence } from 'nlcst'
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'
import { canonicalLine } from '../similarity.js'
import { endsLikeSentence } from '../../pipeline/features.js'
import { isSpace } from '../../text/line-breaks.js'

/** retext-latin (parse-latin) loads, in ~30 ms, only when a line may hold a doubled sentence. */
const load = createRequire(import.meta.url)
const MIN_WORDS = 3
/**
 * Longest line cut into sentences: a paragraph printed twice fits (real lines stay under 2,000
 * characters); retext's sentence merging slows down more than linearly on far longer lines.
 */
const MAX_SENTENCE_CHARS = 4000

export const doubledText: StripRule = {
  ...stripRuleMeta('strip/doubled-text'),
  scope: 'line',
  apply(context) {
    for (const node of context.lines) {
      if (!isLive(node) || node.data.features.words < MIN_WORDS * 2) continue
      const content = node.data.content
      if (!mayRepeat(content)) continue
      const kept = removeRepeats(content)
      if (kept !== null && kept !== content) {
        const removed = content.slice(kept.length).trim()
        context.dropPart(node, removed, prefixBullet(node.data.bullet, kept), 'Text printed twice')
      }
    }
  },
}

/** The line's opening words, which a line printed twice has again further on. */
function openingOf(content: string): string {
  return content.split(' ', MIN_WORDS).join(' ')
}

function mayRepeat(content: string): boolean {
  const opening = openingOf(content)
  return content.indexOf(opening, opening.length) !== -1
}

/**
 * The opening words occur again where a sentence starts (after a sentence end and white
 * space): the sentences printed twice are read (by retext, at ~2 MB/s) only then.
 */
function repeatsAtSentenceStart(content: string): boolean {
  const opening = openingOf(content)
  for (let at = content.indexOf(opening, 1); at !== -1; at = content.indexOf(opening, at + 1)) {
    let end = at
    while (end > 0 && isSpace(content.charAt(end - 1))) end--
    if (endsLikeSentence(content, end)) return true
  }
  return false
}

/** The line with a trailing repeat removed, or null when there is none. */
function removeRepeats(content: string): string | null {
  const half = halves(content)
  if (half !== null) return half
  if (content.length > MAX_SENTENCE_CHARS || !repeatsAtSentenceStart(content)) return null
  const { default: retextLatin } = load('retext-latin') as typeof import('retext-latin')
  const tree = unified().use(retextLatin).parse(content) as Root
  const sentences: Sentence[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences.push(child)
  }
  if (sentences.length < 2) return null
  const middle = sentences.length / 2
  if (!Number.isInteger(middle)) return null
  const first = sentences.slice(0, middle)
  const second = sentences.slice(middle)
  const same = first.every((sentence, i) => {
    const other = second[i]
    return (
      other !== undefined && canonicalLine(toString(sentence)) === canonicalLine(toString(other))
    )
  })
  const cut = second[0]?.position?.start.offset
  if (!same || cut === undefined) return null
  return content.slice(0, cut).trimEnd()
}

/** A line whose two word-halves are the same text. */
function halves(content: string): string | null {
  const tokens = content.split(' ')
  if (tokens.length % 2 !== 0) return null
  const size = tokens.length / 2
  const first = tokens.slice(0, size).join(' ')
  return canonicalLine(first) === canonicalLine(tokens.slice(size).join(' ')) ? first : null
}

function prefixBullet(bullet: string | null, text: string): string {
  return bullet === null ? text : `${bullet} ${text}`
}
