/** Vectors made by scripts/make-vectors.js with glibc iconv and GNU recode from real sentences. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { options, readVector, run, vectorsDir } from './helpers.js'

interface Misdecoded {
  kind: string
  input: string
  expected: string
}

const sentences = readFileSync(path.join(vectorsDir, 'sentences.txt'), 'utf8').trimEnd().split('\n')
const misdecoded = readVector<Misdecoded[]>('misdecoded.json')

describe('oracle sentences', () => {
  it.each(sentences)('clean sentence is unchanged: %s', (sentence) => {
    const result = run(sentence)
    expect(result.edits).toEqual([])
    expect(result.text).toBe(sentence)
  })
})

describe('mis-decoded sentences are repaired', () => {
  const cases = misdecoded.filter((c) => c.input !== c.expected)
  it.each(cases.map((c) => [c.kind, c.input, c.expected] as const))(
    '%s: %s',
    (_kind, input, expected) => {
      const result = run(input)
      expect(result.text).toBe(expected)
      expect(run(result.text).edits).toEqual([])
    },
  )
})

describe('a repaired line counts its tone style once, as written', () => {
  const cases = misdecoded.filter((c) => c.input !== c.expected)
  it.each(['preserve', 'old', 'new'] as const)(
    'tone style %s: as many as in the clean line',
    (style) => {
      for (const { kind, input, expected } of cases) {
        expect(run(input, options(style)).tones, `${kind}: ${input}`).toEqual(
          run(expected, options(style)).tones,
        )
      }
    },
  )
})
