/**
 * The line profile (one pass that decides which rules to run) never hides a change: whenever
 * a flag is absent, the rule it gates finds nothing to do, and the flags that stand for a
 * pattern agree with that pattern.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createNormalizeCache } from '../../src/normalize/cache.js'
import {
  HAS_INVISIBLE,
  HAS_LEAD,
  HAS_LOOKALIKE,
  HAS_NON_ASCII,
  HAS_NON_INERT,
  HAS_NOT_WESTERN,
  HAS_ODD_SPACING,
  HAS_SPACE_BEFORE_PUNCTUATION,
  HAS_ZERO_WIDTH,
  lineProfile,
  WESTERN_PROFILE,
} from '../../src/normalize/line-profile.js'
import { classifyLine } from '../../src/normalize/fast-path.js'
import { LOOKALIKE_HINT } from '../../src/normalize/lookalike.js'
import { mojibakePass } from '../../src/normalize/mojibake.js'
import { NON_ASCII, WESTERN_ONLY } from '../../src/normalize/patterns.js'
import {
  INVISIBLE_HINT,
  punctuationSpaceReplacements,
  spaceReplacements,
  zeroWidthReplacements,
} from '../../src/normalize/spacing.js'
import { unicodeFormReplacements } from '../../src/normalize/unicode-form.js'
import { readVector, vectorsDir } from './helpers.js'

const sentences = readFileSync(path.join(vectorsDir, 'sentences.txt'), 'utf8').trimEnd().split('\n')
const mangled = readVector<{ input: string }[]>('misdecoded.json').map((c) => c.input)
const cache = createNormalizeCache()

/** Check the flags of a line; whether the classifier finds it `western`. */
function check(line: string): boolean {
  const flags = lineProfile(line)
  const has = (flag: number): boolean => (flags & flag) !== 0
  const where = { line, flags }
  if (!has(HAS_ZERO_WIDTH)) expect([where, zeroWidthReplacements(line)]).toEqual([where, []])
  expect([where, has(HAS_INVISIBLE)]).toEqual([where, INVISIBLE_HINT.test(line)])
  expect([where, has(HAS_LOOKALIKE)]).toEqual([where, LOOKALIKE_HINT.test(line)])
  if (!has(HAS_ODD_SPACING)) expect([where, spaceReplacements(line)]).toEqual([where, []])
  if (!has(HAS_SPACE_BEFORE_PUNCTUATION)) {
    expect([where, punctuationSpaceReplacements(line)]).toEqual([where, []])
  }
  if (!has(HAS_NON_INERT)) {
    expect([where, unicodeFormReplacements(line, () => true, cache)]).toEqual([where, []])
  }
  if (!has(HAS_LEAD)) expect([where, mojibakePass(line)]).toEqual([where, []])
  expect([where, has(HAS_NON_ASCII)]).toEqual([where, NON_ASCII.test(line)])
  expect([where, has(HAS_NOT_WESTERN)]).toEqual([where, !WESTERN_ONLY.test(line)])
  // runRepairs takes a `western` line's profile as known, but for HAS_LEAD.
  const western = classifyLine(line) === 'western'
  if (western) expect([where, flags | HAS_LEAD]).toEqual([where, WESTERN_PROFILE])
  return western
}

describe('lineProfile', () => {
  it('gates each rule soundly on sentences, mangled lines and hand-picked cases', () => {
    let western = 0
    for (const line of [
      ...sentences,
      ...sentences.map((s) => s.normalize('NFD')),
      ...mangled,
      '',
      ' ',
      'a  b',
      ' x',
      'x ',
      'Vậy sao ?',
      'a\u00a0b',
      'a\tb',
      'vÃ  cÃ¡c',
      'x\u200by',
      'x\u00adý',
      'Ðại',
      'Tiáº¿ng Viá»‡t',
      'Th«ng tin',
      'baỏ',
      'é\u0302',
    ]) {
      if (check(line)) western++
    }
    // Most mangled lines have a soft hyphen, a C1 control or a whole sequence: `suspect`.
    expect(western).toBeGreaterThan(0)
  })
  it('gates each rule soundly on random strings', () => {
    let western = 0
    const alphabet = fc.constantFrom(
      ...'aăâeêioôơuưyàáảãạòóỏõọùúủũụìíỉĩịỳýỷỹỵầấẩẫậềếểễệồốổỗộờớởỡợgqnhtc ,.;:!?…Ã¡º»Ä‘Æ°“”«\u00a0\t\u200b\u200c\u00ad\u0301\u0302\u0306Ðаο'.split(
        '',
      ),
    )
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 14 }).map((a) => a.join('')),
        (line) => {
          if (check(line)) western++
        },
      ),
      { numRuns: 20000 },
    )
    expect(western).toBeGreaterThan(100)
  })
})
