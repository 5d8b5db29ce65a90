/** unified transformer: normalise every line, report each change as a message, count them. */
import type { DocumentTree } from './tree.js'
import {
  createNormalizeCache,
  normalizeLine,
  type TextEdit,
  type ToneCounts,
} from '../normalize/index.js'
import { addMessage } from './audit.js'
import { setLineText } from './line-text.js'
import { markProseParagraphs } from './paragraphs.js'
import type { ToneStyle } from '../types.js'
import type { StageOptions } from './stage.js'

export interface NormaliseResult {
  changes: Record<string, number>
  toneStyle: ToneStyle
}

export function normaliseTree(tree: DocumentTree, stage: StageOptions): NormaliseResult {
  const { file, settings, isEnabled, report } = stage
  const edits: TextEdit[] = []
  const tones: ToneCounts = { old: 0, new: 0 }
  const options = { toneStyle: settings.toneStyle, isEnabled }
  // Word-level decisions, shared by the document's lines. The edits are read only once every
  // line is done, so a remembered line may keep its edits uncopied.
  const cache = createNormalizeCache(true)
  for (const node of tree.children) {
    setLineText(
      node.data,
      normalizeLine(node.value, node.line, options, edits, tones, cache).trim(),
    )
  }
  markProseParagraphs(tree.children)
  const changes: Record<string, number> = {}
  for (const edit of edits) {
    changes[edit.ruleId] = (changes[edit.ruleId] ?? 0) + 1
    if (!report) continue
    const message = addMessage(
      file,
      'info',
      `Normalised \`${edit.actual}\` to \`${edit.expected}\``,
      {
        place: { line: edit.line, column: edit.column },
        ruleId: edit.ruleId,
        source: 'vnclean',
      },
    )
    message.actual = edit.actual
    message.expected = [edit.expected]
  }
  return { changes, toneStyle: toneStyleOf(tones) }
}

function toneStyleOf(tones: ToneCounts): ToneStyle {
  if (tones.old > 0 && tones.new > 0) return 'mixed'
  if (tones.old > 0) return 'old'
  if (tones.new > 0) return 'new'
  return 'none'
}
