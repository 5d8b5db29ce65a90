/** The document tree: a root with one `line` node per physical source line. */
import type { Node, Parent } from 'unist'
import type { BlockType, Removed } from '../types.js'
import type { LineFeatures } from './features.js'
import type { LineKey } from '../rules/line-key.js'

export interface LineData {
  /** Normalised text of the line, trimmed. Empty for a blank line. */
  text: string
  /** Leading list marker (`•`, `-`, `1.`) when the line has one. */
  bullet: string | null
  /** Text without its list marker. */
  content: string
  /** The content in lower case. */
  lower: string
  features: LineFeatures
  /**
   * The text `mayJoin` last judged, and its answer (pipeline/paragraphs.ts): paragraphs are
   * regrouped after every rule that removes lines, and the answer depends on the text alone.
   */
  joinable: { text: string; value: boolean } | null
  /**
   * The match forms the strip rules derived from `text` (rules/line-memo.ts), kept on the line
   * while its text is unchanged: a dozen rules ask for them in every round.
   */
  forms: LineForms | null
  /** Part of a hard-wrapped paragraph (lines joined by `continuesParagraph`) that reads as prose. */
  inProseParagraph: boolean
  /** Rule id that removed the whole line, once decided. */
  drop: string | null
  /** Pieces removed from inside the line. */
  partials: Removed[]
  /** Block type the structure stage gave the line. */
  role: BlockType | null
  /** Photo credit, for captions. */
  credit: string | null
}

export interface LineForms {
  /** The text these forms are of. */
  text: string
  key: LineKey | null
  /** `canonicalLine` of the content. */
  canonical: string | null
}

export interface LineNode extends Node {
  type: 'line'
  /** The raw source line (after decoding), for the audit trail. */
  value: string
  /** 1-based line number. */
  line: number
  data: LineData
}

export interface DocumentTree extends Parent {
  type: 'root'
  children: LineNode[]
}

export function isBlank(node: LineNode): boolean {
  return node.data.text === ''
}

/** Lines still in play: not blank, not removed. */
export function liveLines(tree: DocumentTree): LineNode[] {
  return tree.children.filter((node) => !isBlank(node) && node.data.drop === null)
}
