/**
 * Rules `normalise/nfc` and `normalise/tone-order`: Unicode NFC, and a tone mark typed before
 * the circumflex or breve of the same vowel (`e◌́◌̂`, which NFC alone turns into `é◌̂`, not ế).
 */
import type { Replacement } from './line-state.js'

const TONE_THEN_SHAPE = /([aeo])([\u0300\u0301\u0303\u0309]+)([\u0302\u0306])/gi
const SHAPE_MARK = /[\u0302\u0306]/
const CHUNK = /[^ \t]+/g

export const NFC_RULE = 'normalise/nfc'
export const TONE_ORDER_RULE = 'normalise/tone-order'

/** NFC of a word, with a tone mark typed before its circumflex or breve put after it. */
export function composeWord(word: string): string {
  return word.normalize('NFD').replace(TONE_THEN_SHAPE, '$1$3$2').normalize('NFC')
}

/** Per-chunk replacements (each tagged with its rule), or none when the text is already fine. */
export function unicodeFormReplacements(
  text: string,
  isEnabled: (ruleId: string) => boolean,
): Replacement[] {
  if (text.normalize('NFC') === text && !SHAPE_MARK.test(text)) return []
  const order = isEnabled(TONE_ORDER_RULE)
  const nfc = isEnabled(NFC_RULE)
  const out: Replacement[] = []
  for (const chunk of text.matchAll(CHUNK)) {
    const word = chunk[0]
    const start = chunk.index
    const end = start + word.length
    const nfd = word.normalize('NFD')
    const reordered = nfd.replace(TONE_THEN_SHAPE, '$1$3$2')
    if (order && reordered !== nfd) {
      out.push({ start, end, text: reordered.normalize('NFC'), ruleId: TONE_ORDER_RULE })
      continue
    }
    const composed = word.normalize('NFC')
    if (nfc && composed !== word) out.push({ start, end, text: composed, ruleId: NFC_RULE })
  }
  return out
}
