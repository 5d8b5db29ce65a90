/**
 * Word-level tone logic: move a misplaced or doubled tone mark to the one vowel the syllable
 * model allows, and convert open `oa`/`oe`/`uy` syllables between old and new style.
 */
import { composeVowel, TONE_NONE } from './letters.js'
import {
  isStyleSyllable,
  parseSyllable,
  toneTargets,
  type Letter,
  type Syllable,
} from './syllable.js'

/** One letter written out: a vowel with `tone` on it, a consonant in its case. */
function spellLetter(letter: Letter, tone: number): string {
  const { base, upper } = letter
  if (isVowelBase(base)) return composeVowel(base, tone, upper)
  return upper ? base.toUpperCase() : base
}

function isVowelBase(base: string): boolean {
  return 'aăâeêioôơuưy'.includes(base)
}

/** The syllable written with its tone on letter `index` alone (letter by letter, no copies). */
function withToneAt(syllable: Syllable, index: number): string {
  const { letters, tone } = syllable
  let out = ''
  for (let i = 0; i < letters.length; i++) {
    const letter = letters[i]
    if (letter) out += spellLetter(letter, i === index ? tone : TONE_NONE)
  }
  return out
}

/**
 * The word with its tone on the right vowel, or undefined when it is already right or is not a
 * Vietnamese syllable (José, Piauí, đổí with two different tones are left alone).
 */
export function fixTonePlacement(word: string): string | undefined {
  const syllable = parseSyllable(word)
  if (!syllable || syllable.toned.length === 0) return undefined
  const targets = toneTargets(syllable)
  const [only] = syllable.toned
  if (syllable.toned.length === 1 && only !== undefined && targets.includes(only)) return undefined
  const kept = syllable.toned.find((i) => targets.includes(i)) ?? targets[0]
  if (kept === undefined) return undefined
  const fixed = withToneAt(syllable, kept)
  return fixed === word ? undefined : fixed
}

export type WrittenStyle = 'old' | 'new'

/** The style an open `oa`/`oe`/`uy` syllable is written in; undefined for any other word. */
export function writtenStyle(
  word: string,
): { style: WrittenStyle; syllable: Syllable } | undefined {
  const syllable = parseSyllable(word)
  if (!syllable || syllable.toned.length !== 1 || !isStyleSyllable(syllable)) return undefined
  const at = syllable.toned[0]
  if (at === syllable.nucleusStart) return { style: 'old', syllable }
  if (at === syllable.nucleusStart + 1) return { style: 'new', syllable }
  return undefined
}

/** Rewrite an open `oa`/`oe`/`uy` syllable in the given style (hòa ↔ hoà). */
export function toStyle(syllable: Syllable, style: WrittenStyle): string {
  return withToneAt(syllable, syllable.nucleusStart + (style === 'old' ? 0 : 1))
}
