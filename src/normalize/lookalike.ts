/**
 * Rule `normalise/lookalike`: Ð (U+00D0), Ɖ (U+0189) and ð (U+00F0) inside a word that then
 * reads as a Vietnamese syllable become Đ/đ; Cyrillic or Greek letters that look like Latin
 * ones, inside a word that also has Latin letters and no other non-Latin letter, become Latin.
 * Whole Cyrillic or Greek words are left alone.
 */
import { parseSyllable } from './syllable.js'
import { composeWord } from './unicode-form.js'

const ETH = /[\u00d0\u0189\u00f0]/
const ETH_ALL = /[\u00d0\u0189\u00f0]/g
const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  х: 'x',
  у: 'y',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  // Greek
  ο: 'o',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
}
const NON_LATIN_LOOKALIKE = /[\u0370-\u03ff\u0400-\u04ff]/
const NON_LATIN_LOOKALIKE_ALL = /[\u0370-\u03ff\u0400-\u04ff]/g
const LATIN = /\p{Script=Latin}/u
/** Letters of scripts other than Latin, Cyrillic and Greek. */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{M}]/u

export const LOOKALIKE_HINT = /[\u00d0\u0189\u00f0\u0370-\u03ff\u0400-\u04ff]/

/** The word with its look-alike letters replaced, or undefined to leave it. */
export function fixLookalike(word: string): string | undefined {
  let out = word
  if (NON_LATIN_LOOKALIKE.test(out) && LATIN.test(out) && !OTHER_SCRIPT.test(out)) {
    const mapped = out.replace(NON_LATIN_LOOKALIKE_ALL, (c) => CONFUSABLES[c] ?? c)
    // A Latin letter in place of a Cyrillic one can meet marks that only now compose.
    if (!NON_LATIN_LOOKALIKE.test(mapped)) out = composeWord(mapped)
  }
  if (ETH.test(out)) {
    const mapped = out.replace(ETH_ALL, (c) => (c === '\u00f0' ? 'đ' : 'Đ'))
    if (parseSyllable(composeWord(mapped))) out = mapped
  }
  return out === word ? undefined : out
}
