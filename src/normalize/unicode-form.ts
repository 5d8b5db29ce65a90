/**
 * Rules `normalise/nfc` and `normalise/tone-order`: Unicode NFC, and a tone mark typed before
 * the circumflex or breve of the same vowel (`e◌́◌̂`, which NFC alone turns into `é◌̂`, not ế).
 */
import { memo, type NormalizeCache, type UnicodeForms } from './cache.js'
import { CHARS, NFC_INERT } from './char-table.js'
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

/**
 * Whether the text holds only code units below U+0300, Vietnamese letters and common symbols:
 * each is its own NFC form and none composes with its neighbour, so the text is NFC as it is
 * (test/normalize/scanners.test.ts checks every pair).
 */
function isNfcInert(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    if (((CHARS[text.charCodeAt(i)] ?? 0) & NFC_INERT) === 0) return false
  }
  return true
}

function formsOf(word: string): UnicodeForms {
  const nfd = word.normalize('NFD')
  const reordered = nfd.replace(TONE_THEN_SHAPE, '$1$3$2')
  return {
    reordered: reordered === nfd ? undefined : reordered.normalize('NFC'),
    nfc: word.normalize('NFC'),
  }
}

/**
 * Per-chunk replacements (each tagged with its rule), or none when the text is already fine.
 * A chunk of NFC-inert characters is left at once: it is its own NFC, and no such character
 * decomposes to a tone mark followed by a shape mark.
 */
export function unicodeFormReplacements(
  text: string,
  isEnabled: (ruleId: string) => boolean,
  cache: NormalizeCache,
): Replacement[] {
  if (isNfcInert(text)) return []
  if (text.normalize('NFC') === text && !SHAPE_MARK.test(text)) return []
  const order = isEnabled(TONE_ORDER_RULE)
  const nfc = isEnabled(NFC_RULE)
  const out: Replacement[] = []
  for (const chunk of text.matchAll(CHUNK)) {
    const word = chunk[0]
    if (isNfcInert(word)) continue
    const start = chunk.index
    const end = start + word.length
    const forms = memo(cache.unicodeForms, word, formsOf)
    if (order && forms.reordered !== undefined) {
      out.push({ start, end, text: forms.reordered, ruleId: TONE_ORDER_RULE })
      continue
    }
    if (nfc && forms.nfc !== word) out.push({ start, end, text: forms.nfc, ruleId: NFC_RULE })
  }
  return out
}
