/**
 * Rules `normalise/nfc` and `normalise/tone-order`: Unicode NFC, and a tone mark typed before
 * the circumflex or breve of the same vowel (`e◌́◌̂`, which NFC alone turns into `é◌̂`, not ế).
 */
import { memo, type NormalizeCache, type UnicodeForms } from './cache.js'
import { lazy } from '../text/lazy.js'
import { isNfcInertIn } from './char-table.js'
import type { Replacement } from './line-state.js'

const TONE_THEN_SHAPE = /([aeo])([\u0300\u0301\u0303\u0309]+)([\u0302\u0306])/gi
const SHAPE_MARK = /[\u0302\u0306]/

export const NFC_RULE = 'normalise/nfc'
export const TONE_ORDER_RULE = 'normalise/tone-order'

/** NFC of a word, with a tone mark typed before its circumflex or breve put after it. */
export function composeWord(word: string): string {
  return word.normalize('NFD').replace(TONE_THEN_SHAPE, '$1$3$2').normalize('NFC')
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
  if (isNfcInertIn(text, 0, text.length)) return []
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
    if (!isNfcInertIn(text, start, end)) {
      const word = text.slice(start, end)
      // Only a circumflex or breve after a tone mark can need reordering.
      const forms =
        shaped && mayReorder(text, start, end) ? memo(cache.unicodeForms, word, formsOf) : undefined
      if (forms && order && forms.reordered !== undefined) {
        out.push({ start, end, text: forms.reordered, ruleId: TONE_ORDER_RULE })
      } else {
        const composed = forms ? forms.nfc : nfcLine.slice(at, nfcEnd)
        if (nfc && composed !== word) {
          out.push({ start, end, text: composed, ruleId: NFC_RULE })
        }
      }
    }
    start = end
    at = nfcEnd
  }
  return out
}

/**
 * Per code unit below U+0250 and in U+1E00–U+1EFF: 1 when NFD splits it (a letter with a mark
 * on it). Built on first use.
 */
const decomposes = lazy((): Uint8Array => {
  const table = new Uint8Array(0x1f00)
  for (let c = 0x80; c < 0x1f00; c++) {
    if (c >= 0x250 && c < 0x1e00) continue
    const char = String.fromCharCode(c)
    if (char.normalize('NFD') !== char) table[c] = 1
  }
  return table
})

/**
 * Whether text[start, end) may hold a tone mark typed before a circumflex or breve once in NFD
 * (TONE_THEN_SHAPE): some U+0302 or U+0306 follows a mark or a character NFD splits (any other
 * beyond U+024F outside U+1E00–U+1EFF counts as one). After a plain letter it cannot: in NFD the
 * marks that could come between (the tone marks, combining class 230 as these two are) keep
 * their order after it, and the ones that move in front (dot below, horn) are no tone marks.
 */
function mayReorder(text: string, start: number, end: number): boolean {
  const split = decomposes()
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x302 && c !== 0x306) continue
    const before = text.charCodeAt(i - 1)
    if (before >= 0x250 && (before < 0x1e00 || before >= 0x1f00)) return true
    if (split[before] === 1) return true
  }
  return false
}

/** A space or a tab: what separates the chunks (`[^ \t]+`) the rule works on. */
function isChunkBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  return c === 0x20 || c === 0x09
}
