/**
 * The word cache only saves work: normalising with one cache for a whole text, with a cache
 * shared across options, or with none gives the same text, edits and tone counts; and a cache
 * stays bounded however many distinct words it sees.
 */
import { describe, expect, it } from 'vitest'
import {
  createNormalizeCache,
  normalizeLine,
  normalizeText,
  type NormalizeCache,
  type TextEdit,
  type ToneCounts,
} from '../../src/normalize/index.js'
import { CACHE_LIMIT } from '../../src/normalize/cache.js'
import { options, readVector } from './helpers.js'

const misdecoded = readVector<{ input: string; expected: string }[]>('misdecoded.json')
const lines = [
  ...misdecoded.flatMap((c) => [c.input, c.expected, c.expected.normalize('NFD')]),
  'Hòa bình , baỏ đảm chất lựơng\u00a0 phòng thí nghịêm',
  'Thuỷ lợi hoà bình ỦY BAN',
]
const optionSets = [
  options(),
  options('old'),
  options('new'),
  options('preserve', ['normalise/mojibake']),
  options('preserve', ['normalise/legacy-encoding', 'normalise/tone-placement']),
]

function lineByLine(text: string, opts = options(), cache?: NormalizeCache) {
  const edits: TextEdit[] = []
  const tones: ToneCounts = { old: 0, new: 0 }
  const out = text
    .split('\n')
    .map((line, i) => normalizeLine(line, i + 1, opts, edits, tones, cache))
  return { text: out.join('\n'), edits, tones }
}

/** A distinct string of letters for each number (bijective base 20). */
function name(i: number): string {
  const letters = 'bcdghklmnpqrstvxaeio'
  let out = ''
  for (let k = i + 1; k > 0; k = Math.floor((k - 1) / 20)) out = letters[(k - 1) % 20] + out
  return out
}

describe('the normaliser cache', () => {
  it('changes nothing: one cache per text, one per line, or one shared by every option', () => {
    const text = lines.join('\n')
    const shared = createNormalizeCache()
    for (const opts of optionSets) {
      const expected = lineByLine(text, opts) // a fresh cache for every line that needs one
      expect(normalizeText(text, opts)).toEqual(expected)
      expect(lineByLine(text, opts, shared)).toEqual(expected)
      // a second pass over a warm cache still reports every edit
      expect(lineByLine(text, opts, shared)).toEqual(expected)
    }
    expect(normalizeText(text, options()).edits.length).toBeGreaterThan(misdecoded.length)
  })

  it('returns the input itself when no line changes', () => {
    const clean = misdecoded.map((c) => c.expected).join('\n')
    expect(normalizeText(clean, options()).text).toBe(clean)
  })

  it(`keeps every table under ${CACHE_LIMIT} entries`, () => {
    const cache = createNormalizeCache()
    const edits: TextEdit[] = []
    const tones: ToneCounts = { old: 0, new: 0 }
    // Distinct words: each line brings new entries to the tables of the encoding repairs, of
    // tone placement, tone style and Unicode forms; more of them than a table may hold.
    for (let i = 0; i < CACHE_LIMIT * 1.2; i++) {
      const n = name(i)
      normalizeLine(`Th«ng tin vÒ${n} kú thi`, 1, options(), edits, tones, cache)
      normalizeLine(`baỏ${n} hòa${n} Tie\u0301\u0302ng${n}`, 2, options(), edits, tones, cache)
    }
    for (const table of Object.values(cache)) {
      if (table instanceof Map) expect(table.size).toBeLessThanOrEqual(CACHE_LIMIT)
    }
    expect(cache.chunks.size).toBeGreaterThan(0)
    expect(cache.chunks.size).toBeLessThanOrEqual(CACHE_LIMIT)
    expect(cache.unicodeForms.size).toBeGreaterThan(0)
  })
})
