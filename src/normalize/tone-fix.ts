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

function spell(letters: readonly Letter[]): string {
  return letters
    .map((l) => {
      if (isVowelBase(l.base)) return composeVowel(l.base, l.tone, l.upper)
      return l.upper ? l.base.toUpperCase() : l.base
    })
    .join('')
}

function isVowelBase(base: string): boolean {
  return 'aăâeêioôơuưy'.includes(base)
}

function withToneAt(syllable: Syllable, index: number): string {
  const letters = syllable.letters.map((l, i) => ({
    ...l,
    tone: i === index ? syllable.tone : TONE_NONE,
  }))
  return spell(letters)
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
