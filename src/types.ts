/** Shared types of the vnclean library: the article it emits and the settings it runs with. */

/** Kinds of block an article is made of. */
export type BlockType =
  'title' | 'category' | 'heading' | 'paragraph' | 'list-item' | 'caption' | 'byline' | 'source'

/** One kept piece of the article, with the source lines it came from (1-based). */
export interface Block {
  type: BlockType
  text: string
  line: number
  endLine?: number
  /** Photo credit of a caption (`Việt Dũng` from `(Ảnh: Việt Dũng)`). */
  credit?: string
  /** For list items: whether the list is numbered. */
  ordered?: boolean
}

/** One dropped source line (or, with `partial`, a piece dropped from inside a kept line). */
export interface Removed {
  line: number
  rule: string
  text: string
  partial?: true
}

/** How the tone marks of a document's open `oa`, `oe`, `uy` syllables are placed. */
export type ToneStyle = 'old' | 'new' | 'mixed' | 'none'

export interface NormalizationReport {
  /** Source encoding the bytes were decoded from (`utf-8`, `utf-16le`, `tcvn3`, …). */
  encoding: string
  /** Number of changes by normalisation rule id. */
  changes: Record<string, number>
  /** Tone style of the text as written (before any `--tone-style` conversion). */
  toneStyle: ToneStyle
}

export interface Stats {
  /** Non-blank source lines. */
  lines: number
  /** Non-blank source lines kept inside a block. */
  kept: number
  /** Non-blank source lines removed whole. */
  removed: number
}

/** The JSON document vnclean emits for one input. */
export interface Article {
  schemaVersion: string
  file: string | null
  id?: string
  lang: string
  title: string | null
  category: string | null
  outlet: string | null
  date: string | null
  place: string | null
  authors: string[]
  blocks: Block[]
  removed: Removed[]
  normalization: NormalizationReport
  stats: Stats
  /** Fields of a JSON Lines input record other than its id and text, carried through. */
  extra?: Record<string, unknown>
}

export type ToneStyleOption = 'preserve' | 'old' | 'new'

/** Settings of one run, resolved once (defaults ← config file ← command line) and passed down. */
export interface Settings {
  /** Rule ids switched off. */
  disabled: ReadonlySet<string>
  /** Rule ids switched on that are off by default. */
  enabled: ReadonlySet<string>
  toneStyle: ToneStyleOption
  /** Force a source encoding instead of detecting it. */
  encoding: string | null
  /** Extra boilerplate lines to strip, from the user's config (exact phrases, case-insensitive). */
  sitePhrases: readonly string[]
  /** Extra boilerplate patterns to strip, from the user's config (regular expressions). */
  sitePatterns: readonly RegExp[]
}
