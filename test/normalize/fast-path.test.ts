/** The one-pass classifier agrees with the regex patterns it implements. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { classifyLine, styleHintsAt } from '../../src/normalize/fast-path.js'
import { NEEDS_WORK, NON_ASCII, STYLE_HINT, WESTERN_ONLY } from '../../src/normalize/patterns.js'
import { readVector, vectorsDir } from './helpers.js'

function byRegex(line: string): string {
  if (NEEDS_WORK.test(line)) return 'suspect'
  if (NON_ASCII.test(line) && WESTERN_ONLY.test(line)) return 'western'
  return STYLE_HINT.test(line) ? 'style' : 'clean'
}

const words = readFileSync(path.join(vectorsDir, 'vi-hunspell-words.txt'), 'utf8')
  .trimEnd()
  .split('\n')
const sentences = readFileSync(path.join(vectorsDir, 'sentences.txt'), 'utf8').trimEnd().split('\n')
const mangled = readVector<{ input: string }[]>('misdecoded.json').map((c) => c.input)

describe('classifyLine', () => {
  it('agrees with the regexes on words, sentences and mangled lines', () => {
    for (const line of [
      ...words,
      ...sentences,
      ...mangled,
      'baỏ',
      'gìa',
      'qúy',
      'hòan',
      ' x',
      'a  b',
      'a ,',
      'Các tin khác',
      'CÁC TIN BÀI KHÁC:',
      'Th«ng tin',
      'Hòa',
    ]) {
      expect([line, classifyLine(line)]).toEqual([line, byRegex(line)])
    }
  })
  it('agrees with the regexes on random Vietnamese-looking strings', () => {
    const alphabet = fc.constantFrom(
      ...'aăâeêioôơuưyàáảãạòóỏõọùúủũụìíỉĩịỳýỷỹỵầấẩẫậềếểễệồốổỗộờớởỡợừứửữựgqnhtc ,.Ã¡º»Ä‘Æ°“”«'.split(
        '',
      ),
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')),
        (line) => {
          expect(classifyLine(line)).toBe(byRegex(line))
        },
      ),
      { numRuns: 20000 },
    )
  })
  it('records, for a style or western line, the style hints styleHintsAt finds', () => {
    let recorded = 0
    for (const line of [...words, ...sentences, ...mangled, 'hòa bình, Hoà BÌNH, thuỷ', 'Hòa']) {
      const hints: number[] = []
      const kind = classifyLine(line, hints)
      if (kind === 'style' || kind === 'western') {
        expect([line, hints]).toEqual([line, styleHintsAt(line)])
        recorded += hints.length
      }
    }
    expect(recorded).toBeGreaterThan(50)
  })
})
