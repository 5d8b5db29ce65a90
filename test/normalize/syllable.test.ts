/**
 * The allocation-free syllable test (isWellFormedSyllable, used to score every word) gives the
 * answer of its definition, the syllable parse (isWellFormedByParse), on every word.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isWellFormedByParse, isWellFormedSyllable } from '../../src/normalize/syllable.js'
import { vectorsDir } from './helpers.js'

const VOWELS = 'aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ'
const LOWER = [...`${VOWELS}bcdđghklmnpqrstvx`]
const LETTERS = [...LOWER, ...LOWER.map((c) => c.toUpperCase())]

function expectSame(word: string): void {
  const fast = isWellFormedSyllable(word)
  if (fast !== isWellFormedByParse(word)) expect([word, fast]).toEqual([word, !fast])
}

describe('isWellFormedSyllable', () => {
  it('answers as the parse does on the hunspell-vi words, in every case', () => {
    const words = readFileSync(path.join(vectorsDir, 'vi-hunspell-words.txt'), 'utf8')
      .trimEnd()
      .split(/[\n ]/u)
    let valid = 0
    for (const word of words) {
      for (const w of [word, word.toUpperCase(), (word[0] ?? '').toUpperCase() + word.slice(1)]) {
        expectSame(w)
        if (isWellFormedSyllable(w)) valid++
      }
    }
    expect(valid).toBeGreaterThan(words.length * 2) // most of them are syllables
  })

  it('answers as the parse does on every string of one or two letters, and of three in lower case', () => {
    for (const a of LETTERS) {
      expectSame(a)
      for (const b of LETTERS) expectSame(a + b)
    }
    for (const a of LOWER) for (const b of LOWER) for (const c of LOWER) expectSame(a + b + c)
  })

  it('answers as the parse does on random strings, with non-letters and surrogates', () => {
    const char = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...LETTERS) },
      { weight: 1, arbitrary: fc.constantFrom('\u212a', 'İ', 'ß', 'º', 'Ç', '\u0301', '1', '-') },
      { weight: 1, arbitrary: fc.constantFrom('\ud835\udc00', '\ud835', '\udc00', 'ǅ') },
    )
    fc.assert(
      fc.property(fc.array(char, { minLength: 0, maxLength: 9 }), (chars) => {
        expectSame(chars.join(''))
      }),
      { numRuns: 100_000 },
    )
  })

  it.each([
    ['quý', true],
    ['qúy', false],
    ['già', true],
    ['gìa', false],
    ['hoà', true],
    ['hòa', true],
    ['người', true],
    ['ngừơi', false],
    ['đổí', false],
    ['nghiêng', true],
    ['\u212ahi', true], // the Kelvin sign lower-cases to k: khi
    ['', false],
  ])('%j is a syllable: %s', (word, expected) => {
    expect(isWellFormedSyllable(word)).toBe(expected)
    expect(isWellFormedByParse(word)).toBe(expected)
  })
})
