/**
 * Rules `normalise/nfc` and `normalise/tone-order`: Unicode NFC, and a tone mark typed before
 * the circumflex or breve of the same vowel (`e◌́◌̂`, which NFC alone turns into `é◌̂`, not ế).
 */
import { memo, type NormalizeCache, type UnicodeForms } from './cache.js'
import { CHARS, NFC_INERT } from './char-table.js'
import type { Replacement } from './line-state.js'

const TONE_THEN_SHAPE = /([aeo])([\u0300\u0301\u0303\u0309]+)([\u0302\u0306])/gi
const SHAPE_MARK = /[\u0302\u0306]/

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
  const nfcLine = text.normalize('NFC')
  const shaped = SHAPE_MARK.test(text)
  if (nfcLine === text && !shaped) return []
  const order = isEnabled(TONE_ORDER_RULE)
  const nfc = isEnabled(NFC_RULE)
  const out: Replacement[] = []
  // NFC never composes across a space or tab and never makes one, so the chunks of the line's
  // NFC are the NFC of its chunks, in order: `at` walks them alongside.
  let at = 0
  for (let start = 0; start < text.length;) {
    if (isChunkBreak(text, start)) {
      start++
      continue
    }
    let end = start + 1
    while (end < text.length && !isChunkBreak(text, end)) end++
    while (isChunkBreak(nfcLine, at)) at++
    let nfcEnd = at + 1
    while (nfcEnd < nfcLine.length && !isChunkBreak(nfcLine, nfcEnd)) nfcEnd++
    const word = text.slice(start, end)
    const forms = isNfcInert(word)
      ? undefined
      : // Only a literal circumflex or breve after a tone mark can need reordering.
        shaped && SHAPE_MARK.test(word)
        ? memo(cache.unicodeForms, word, formsOf)
        : { reordered: undefined, nfc: nfcLine.slice(at, nfcEnd) }
    if (forms && order && forms.reordered !== undefined) {
      out.push({ start, end, text: forms.reordered, ruleId: TONE_ORDER_RULE })
    } else if (forms && nfc && forms.nfc !== word) {
      out.push({ start, end, text: forms.nfc, ruleId: NFC_RULE })
    }
    start = end
    at = nfcEnd
  }
  return out
}

/** A space or a tab: what separates the chunks (`[^ \t]+`) the rule works on. */
function isChunkBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c === 0x20 || c === 0x09
}
