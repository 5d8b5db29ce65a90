/**
 * Properties over real text: the seeds and the devset (read from ../shared relative to the
 * repo root; skipped with a reason when absent), the hunspell-vi word list, and fast-check.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../src/normalize/index.js'
import { options, readVector, repoRoot, run, vectorsDir } from './helpers.js'

const seedsDir = path.resolve(repoRoot, '../shared/seeds')
const devsetDir = path.resolve(repoRoot, '../shared/devset')

function readLines(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) =>
      readFileSync(path.join(dir, name), 'utf8')
        .replace(/^\ufeff/, '')
        .replace(/\r\n?/g, '\n')
        .split('\n'),
    )
}

const seedLines = readLines(seedsDir)
const devsetLines = readLines(devsetDir)
const hunspell = readFileSync(path.join(vectorsDir, 'vi-hunspell-words.txt'), 'utf8')
  .trimEnd()
  .split('\n')
const misdecoded = readVector<{ input: string }[]>('misdecoded.json').map((c) => c.input)
/** Rules that may fire on clean scraped text: layout only, never letters. */
const LAYOUT_RULES = new Set([
  'normalise/space',
  'normalise/invisible',
  'normalise/nfc',
  'normalise/punctuation-space',
])

function checkCorpus(lines: string[]): void {
  const { text, edits } = normalizeText(lines.join('\n'), options())
  expect(text.split('\n').length).toBe(lines.length)
  expect(edits.filter((e) => !LAYOUT_RULES.has(e.ruleId))).toEqual([])
  const again = normalizeText(text, options())
  expect(again.edits).toEqual([])
  expect(again.text).toBe(text)
}

describe('real text', () => {
  it.skipIf(seedLines.length === 0)('seeds: only layout edits, then byte-identical', () => {
    checkCorpus(seedLines)
  })
  it.skipIf(devsetLines.length === 0)(
    `devset: only layout edits, then byte-identical${devsetLines.length === 0 ? ' (skipped: no devset at ../shared/devset)' : ''}`,
    () => {
      checkCorpus(devsetLines)
    },
  )
  it.skipIf(seedLines.length === 0)('seeds are old style: no new-style syllable counted', () => {
    const { tones } = normalizeText(seedLines.join('\n'), options())
    expect(tones.new).toBe(0)
    expect(tones.old).toBeGreaterThan(50)
  })
})

describe('fast-check properties', () => {
  const cleanWords = [
    ...new Set(
      [...seedLines, ...devsetLines]
        .map((l) => normalizeText(l, options()).text)
        .flatMap((l) => l.split(' '))
        .filter((w) => /^\p{L}/u.test(w)),
    ),
    ...hunspell,
  ]
  const separator = fc.constantFrom(
    ' ',
    ', ',
    '. ',
    ' (',
    ') ',
    ': ',
    ' - ',
    '; ',
    '? ',
    '! ',
    '” “',
  )
  const cleanLine = fc
    .array(fc.tuple(fc.constantFrom(...cleanWords), separator), { minLength: 1, maxLength: 30 })
    .map((parts) => parts.map(([w, s]) => w + s).join('') + 'kết thúc.')

  it('clean text of any style comes back byte-identical, with no edits', () => {
    fc.assert(
      fc.property(cleanLine, (line) => {
        const result = run(line)
        expect(result.edits).toEqual([])
        expect(result.text).toBe(line)
      }),
      { numRuns: 500 },
    )
  })

  const noisy = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc
      .array(
        fc.oneof(
          fc.constantFrom(...misdecoded.slice(0, 200)),
          fc.constantFrom(...cleanWords.slice(0, 2000)),
          fc.constantFrom(
            ' ',
            '  ',
            '\u00a0',
            '\t',
            '\u200b',
            '\u00ad',
            ' ,',
            ' .',
            'Ð',
            'о',
            '\u0301',
            '\u0302',
            'ỏ',
            'ì',
          ),
        ),
        { maxLength: 20 },
      )
      .map((parts) => parts.join('')),
  )
  const lineOf = (s: string): string => s.replace(/[\r\n]/g, ' ')

  it.each(['preserve', 'old', 'new'] as const)(
    'normalisation is idempotent (tone style %s)',
    (style) => {
      fc.assert(
        fc.property(noisy.map(lineOf), (line) => {
          const once = run(line, options(style))
          const twice = run(once.text, options(style))
          expect(twice.text).toBe(once.text)
          expect(twice.edits).toEqual([])
        }),
        { numRuns: 1500 },
      )
    },
  )

  it('every edit points at its text in the input line', () => {
    fc.assert(
      fc.property(noisy.map(lineOf), (line) => {
        for (const edit of run(line).edits) {
          expect(edit.column).toBeGreaterThanOrEqual(1)
          expect(edit.column).toBeLessThanOrEqual(line.length + 1)
        }
      }),
      { numRuns: 500 },
    )
  })
})

describe('regressions found by the properties', () => {
  it('a Cyrillic letter replaced by a Latin one composes with the marks after it', () => {
    // Cyrillic о + acute + circumflex: lookalike must compose to ố in the same pass.
    const once = run('\u043e\u0301\u0302Thóc', options('old'))
    expect(once.text).toBe('ốThóc')
    expect(run(once.text, options('old')).edits).toEqual([])
  })
})
