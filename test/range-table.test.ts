import { describe, expect, it } from 'vitest'
import { addRange, createRangeTable, findRange, hashOfRange } from '../src/text/range-table.js'

/** The hash of a whole key. */
const hashOf = (text: string): number => hashOfRange(text, 0, text.length)

describe('range table', () => {
  it('finds a range of a line by its text, as a Map finds the sliced string', () => {
    const table = createRangeTable<number>(100_000)
    const reference = new Map<string, number>()
    // Many keys (the table grows several times), short and long, sharing prefixes.
    const words = Array.from({ length: 5000 }, (_, i) => `Vi${'ệt'.repeat(i % 7)}${i % 1777}`)
    for (const word of words) {
      const line = `xx ${word} yy`
      const start = 3
      const end = start + word.length
      const hash = hashOfRange(line, start, end)
      const slot = findRange(table, line, start, end, hash)
      const held = table.keys[slot]
      expect(held === undefined ? undefined : table.records[slot]).toBe(reference.get(word))
      if (held === undefined) {
        addRange(table, slot, word, hash, reference.size)
        reference.set(word, reference.size)
      } else expect(held).toBe(word)
    }
    expect(table.size).toBe(reference.size)
    for (const [word, value] of reference) {
      const slot = findRange(table, word, 0, word.length, hashOf(word))
      expect(table.records[slot]).toBe(value)
    }
  })

  it('is emptied when it holds its limit, and goes on working', () => {
    const table = createRangeTable<string>(50)
    for (let i = 0; i < 175; i++) {
      const word = `w${i}`
      const hash = hashOf(word)
      addRange(table, findRange(table, word, 0, word.length, hash), word, hash, word)
      expect(table.size).toBeLessThanOrEqual(50)
      expect(table.records[findRange(table, word, 0, word.length, hash)]).toBe(word)
    }
    expect(table.size).toBe(25)
  })

  it('holds a chunk whose hash is 0 (a free slot is marked 0) through growing', () => {
    const table = createRangeTable<string>(100_000)
    // The caller gives the hash: forced to 0 for these keys, and spread for the others.
    const add = (word: string, hash: number): void => {
      const slot = findRange(table, word, 0, word.length, hash)
      expect(table.keys[slot]).toBeUndefined()
      addRange(table, slot, word, hash, word)
    }
    const found = (word: string, hash: number): string | undefined =>
      table.records[findRange(table, word, 0, word.length, hash)]
    for (const word of ['zero', 'nil', 'none']) add(word, 0)
    for (let i = 0; i < 3000; i++) add(`w${i}`, hashOf(`w${i}`))
    for (const word of ['zero', 'nil', 'none']) expect(found(word, 0)).toBe(word)
    expect(found('nothing', 0)).toBeUndefined()
    expect(table.size).toBe(3003)
  })
})
