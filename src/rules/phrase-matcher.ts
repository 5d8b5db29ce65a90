/** Matches lines against one rule's phrase lists (see src/data/boilerplate.json). */
import type { LineNode } from '../pipeline/tree.js'
import type { LineMemo } from './line-memo.js'
import { hasMoreWords } from '../text/word-count.js'

export interface PhraseList {
  lines?: readonly string[]
  weak?: readonly string[]
  prefixes?: readonly string[]
  patterns?: readonly string[]
}

export interface PhraseMatcher {
  /** The line (its key, read through `memo`, and its lower-cased content) is on the lists. */
  matches(node: LineNode, memo: LineMemo): boolean
}

/**
 * Lines of more words than this are prose, whatever they start with: no phrase list is tried on
 * them (so their key and lower case, a pass over most of a page's text, are never computed).
 */
export const PHRASE_MAX_WORDS = 60
/** Longest line (in words) a prefix phrase may open and still be taken for chrome. */
const PREFIX_MAX_WORDS = 40

export function createPhraseMatcher(list: PhraseList): PhraseMatcher {
  const lines = new Set(list.lines ?? [])
  const weak = new Set(list.weak ?? [])
  const prefixes = byFirstUnit(list.prefixes ?? [])
  const patterns = (list.patterns ?? []).map((source) => new RegExp(source, 'u'))
  return {
    matches(node, memo) {
      if (node.data.features.words > PHRASE_MAX_WORDS) return false
      const key = memo.key(node)
      if (lines.has(key.key)) return true
      if (key.hasNumber && weak.has(key.key)) return true
      const lowerText = node.data.lower
      const opening = prefixes.get(lowerText.charCodeAt(0))
      if (opening?.some((prefix) => lowerText.startsWith(prefix)) === true) {
        if (!hasMoreWords(lowerText, PREFIX_MAX_WORDS)) return true
      }
      for (const pattern of patterns) if (pattern.test(lowerText)) return true
      return false
    },
  }
}

/** The phrases by their first code unit: a line is tried only on those it may start with. */
function byFirstUnit(phrases: readonly string[]): Map<number, string[]> {
  const groups = new Map<number, string[]>()
  for (const phrase of phrases) {
    const first = phrase.charCodeAt(0)
    groups.set(first, [...(groups.get(first) ?? []), phrase])
  }
  return groups
}
