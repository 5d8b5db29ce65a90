/**
 * What the strip rules derive from a line's text (its match key, its canonical form),
 * computed once per document and text. The rules run in rounds over the same lines, and several
 * rules ask for the same forms: a line keeps its forms on itself while its text is
 * unchanged (a field read, where a lookup by text would hash into a table as large as the page),
 * and lines of the same text share one computation through tables keyed by the text itself, so
 * a line whose text changes (a piece removed from it) simply gets fresh values.
 */
import { lineKey, type LineKey } from './line-key.js'
import { canonicalLine, canonicalOfLower, distinctWords, nearlySame } from './similarity.js'
import type { LineForms, LineNode } from '../pipeline/tree.js'

export interface LineMemo {
  /** `lineKey` of the line's text. */
  key(node: LineNode): LineKey
  /** `canonicalLine` of the line's content (text without list marker). */
  contentCanonical(node: LineNode): string
  /** `canonicalLine(text)`, for any text (a line's, a stem, lines joined). */
  canonical(text: string): string
  /**
   * `nearlySame` of two canonical lines, each line's distinct words listed once per document
   * (a line is compared with the one before it and the one after it, in every round).
   */
  nearlySame(a: string, b: string): boolean
}

export function createLineMemo(): LineMemo {
  const keys = remember(lineKey)
  const canonicals = remember(canonicalLine)
  const lowerCanonicals = remember(canonicalOfLower)
  const words = remember(distinctWords)
  return {
    key(node) {
      const forms = formsOf(node)
      return (forms.key ??= keys(node.data.text))
    },
    contentCanonical(node) {
      const forms = formsOf(node)
      return (forms.canonical ??= lowerCanonicals(node.data.lower))
    },
    canonical: canonicals,
    nearlySame: (a, b) => nearlySame(a, b, words),
  }
}

/** The forms kept on the line, emptied when its text has changed since they were made. */
function formsOf(node: LineNode): LineForms {
  const data = node.data
  if (data.forms === null || data.forms.text !== data.text) {
    data.forms = { text: data.text, key: null, canonical: null }
  }
  return data.forms
}

/**
 * Distinct texts a table keeps, at most. Lines that repeat are few and come early (captions,
 * widgets); a page of hundreds of thousands of distinct lines would only grow the table, whose
 * lookups then miss the processor's caches and cost more than computing the form again.
 */
const SHARED_TEXTS_MAX = 4096

function remember<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>()
  return (text) => {
    let value = known.get(text)
    if (value === undefined) {
      value = compute(text)
      if (known.size < SHARED_TEXTS_MAX) known.set(text, value)
    }
    return value
  }
}
