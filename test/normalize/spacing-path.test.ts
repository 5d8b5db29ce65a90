/**
 * The narrow path for lines whose only fault is their spaces (issue 6) gives what the general
 * path gives: the same text, edits (columns included) and tone counts, over real lines (the
 * test vectors, the seeds and the devset when present at ../shared), spacing variants of them
 * (NBSP, tabs, doubled spaces, spaces at the ends and before punctuation, mixed with NFD and
 * mojibake) and random strings; and its scan finds the runs the space rule finds.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeWindows1252 } from '../../src/decode/western.js'
import { createNormalizeCache, type NormalizeOptions } from '../../src/normalize/index.js'
import { classifyLine } from '../../src/normalize/fast-path.js'
import { createLineState, type Replacement } from '../../src/normalize/line-state.js'
import { normalizeGeneral } from '../../src/normalize/slow-path.js'
import { NOT_TAKEN, spacingFaults, spacingPath } from '../../src/normalize/spacing-path.js'
import { spaceReplacements } from '../../src/normalize/spacing.js'
import { options, readVector, repoRoot, run, vectorsDir, type Run } from './helpers.js'

function readLines(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .flatMap((name) => readFileSync(path.join(dir, name), 'utf8').split(/\r?\n/))
}

const realLines = [
  ...readFileSync(path.join(vectorsDir, 'sentences.txt'), 'utf8').split('\n'),
  ...readVector<{ input: string; expected: string }[]>('misdecoded.json').flatMap((c) => [
    c.input,
    c.expected,
  ]),
  ...readLines(path.resolve(repoRoot, '../shared/seeds')),
  ...readLines(path.resolve(repoRoot, '../shared/devset')),
]

/** Lines on the edge of the narrow path. */
const edgeLines = [
  '• Giao thông',
  'Hòa bình , ỦY BAN',
  'Café au lait , crème brûlée',
  'NGÃ TƯ',
  'thÃ nh phố',
  // `Ã` and a space read as `à` makes two invalid words one (kàđ): the general path's repair.
  'kÃ đ x',
  'kÃ\u00a0đ x',
  'kÃ\tđ x',
  // An NBSP that ends a UTF-8 sequence: `kÂ` and an NBSP read as `k` and an NBSP.
  'kÂ\u00a0x y',
  'kÂ\u00a0x ư',
  'lâ …',
  'Năm 2023 , TP . Hồ Chí Minh :)',
]

const utf8AsWestern = (line: string): string => decodeWindows1252(Buffer.from(line, 'utf8'))

/** Spacing faults added to a line, alone and with other faults. */
function variants(line: string, k: number): string[] {
  return [
    line.replace(/ /g, (_, i: number) =>
      (i + k) % 3 === 0 ? '\u00a0' : (i + k) % 3 === 1 ? '  ' : ' ',
    ),
    ` ${line}  `,
    `\u00a0${line}\t`,
    line.replace(/([,.;:!?…])/g, ' $1'),
    line.replace(/ /g, '\t').replace(/([,.])/g, '\u00a0$1'),
    line.replace(/ ([^ ]+) /, ' $1\u00a0\u00a0'),
    line.normalize('NFD').replace(/ /g, '  '),
    utf8AsWestern(line).replace(/ /, '\u00a0'),
    line.replace(/à/g, 'Ã ').replace(/ /, '  '),
    line.replace(/ /g, ' \u2002'),
  ]
}

/** normalizeLine without a cache, but every suspect line on the general path. */
function general(line: string, opts: NormalizeOptions): Run {
  const edits: Run['edits'] = []
  const tones = { old: 0, new: 0 }
  const hints: number[] = []
  const kind = classifyLine(line, hints)
  if (kind === 'clean') return { text: line, edits, tones }
  const state = createLineState(line, 1, edits)
  normalizeGeneral(state, opts, tones, createNormalizeCache(), kind, hints)
  return { text: state.text, edits, tones }
}

const optionSets = [
  options(),
  options('old'),
  options('new'),
  options('preserve', ['normalise/space']),
  options('new', ['normalise/punctuation-space']),
  options('preserve', ['normalise/mojibake', 'normalise/legacy-encoding']),
]

/** Whether normalizeLine takes the narrow path for a line. */
function isNarrow(line: string): boolean {
  if (classifyLine(line) !== 'suspect') return false
  const state = createLineState(line, 1, [])
  return spacingPath(state, () => true, createNormalizeCache()) !== NOT_TAKEN
}

describe('the narrow path for spacing faults', () => {
  it('gives what the general path gives on real lines and their spacing variants', () => {
    const lines = [
      ...realLines,
      ...realLines.filter((_, k) => k % 2 === 0).flatMap(variants),
      ...edgeLines,
      ...edgeLines.flatMap(variants),
    ]
    let narrow = 0
    lines.forEach((line, k) => {
      if (isNarrow(line)) narrow++
      // Every option set on a line in three (they share nearly all the work), the first on all.
      for (const opts of k % 3 === 0 ? optionSets : optionSets.slice(0, 1)) {
        expect([line, run(line, opts)]).toEqual([line, general(line, opts)])
      }
    })
    // The property is about the narrow path: most spacing variants take it.
    expect(narrow).toBeGreaterThan(realLines.length)
  })

  it('gives what the general path gives on random strings', () => {
    const alphabet = fc.constantFrom(
      ...[
        ...'aăâeêioôơuưyàáảãạầấẩẫậềếểễệờớởỡợđĐgqnhtcK0 ,.;:!?…)”»Ã¡º»Ä‘Æ°“«•·',
        '\u00a0',
        '\t',
        '  ',
        '\u0301',
        'ò',
        'hoà',
        'Thuỷ',
      ],
    )
    const strings = fc.array(alphabet, { maxLength: 14 }).map((a) => a.join(''))
    fc.assert(
      fc.property(strings, fc.constantFrom(...optionSets), (line, opts) => {
        expect(run(line, opts)).toEqual(general(line, opts))
      }),
      { numRuns: 20000 },
    )
  })

  it('finds the runs of spaces the space rule replaces', () => {
    const alphabet = fc.constantFrom(...'ab ,.\u00a0\t'.split(''))
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((a) => a.join('')),
        (line) => {
          const runs: Replacement[] = []
          if (spacingFaults(line, runs) !== 0) expect(runs).toEqual(spaceReplacements(line))
        },
      ),
      { numRuns: 5000 },
    )
  })
})
