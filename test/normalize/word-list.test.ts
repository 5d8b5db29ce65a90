/** The Debian hunspell-vi word list (test/vectors/vi-hunspell-words.txt, see scripts/make-vectors.js). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { options, readVector, run, vectorsDir } from './helpers.js'

const words = readFileSync(path.join(vectorsDir, 'vi-hunspell-words.txt'), 'utf8')
  .trimEnd()
  .split('\n')
const pairs = readVector<{ new: string; old: string }[]>('tone-style-old.json')
const upper = (s: string): string => s.toUpperCase()
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

describe('hunspell-vi word list', () => {
  it('has the whole list', () => {
    expect(words.length).toBeGreaterThan(6000)
  })

  it('never changes a word in the default mode (lower, Capital, UPPER)', () => {
    const changed = words
      .flatMap((w) => [w, capital(w), upper(w)])
      .filter((w) => {
        const r = run(w)
        return r.text !== w || r.edits.length > 0
      })
    expect(changed).toEqual([])
  })

  it('never changes the list joined into lines of text', () => {
    for (let i = 0; i < words.length; i += 40) {
      const line = words.slice(i, i + 40).join(' ')
      expect(run(line).text).toBe(line)
    }
  })

  it('counts its new-style open oa/oe/uy words as new', () => {
    const line = pairs.map((p) => p.new).join(' ')
    expect(run(line).tones).toEqual({ old: 0, new: pairs.length })
  })

  it.each(pairs.map((p) => [p.new, p.old] as const))('--tone-style old: %s → %s', (neu, old) => {
    expect(run(neu, options('old')).text).toBe(old)
    expect(run(upper(neu), options('old')).text).toBe(upper(old))
    expect(run(capital(neu), options('old')).text).toBe(capital(old))
    expect(run(old, options('new')).text).toBe(neu)
    expect(run(old, options('old')).edits).toEqual([])
  })
})
