import { describe, expect, it } from 'vitest'
import { composeTones } from '../../src/decode/tone-compose.js'

const MARKS = [0x300, 0x301, 0x303, 0x309, 0x323]
const text = (codes: readonly number[]): string => String.fromCharCode(...codes)

describe('composeTones', () => {
  it('is NFC for every letter below U+0250 with each tone mark, and text around it', () => {
    for (let base = 0x20; base < 0x250; base++) {
      for (const mark of [...MARKS, 0x302, 0x306, 0x31b]) {
        for (const codes of [
          [base, mark],
          [0x61, base, mark, 0x62],
          [base, mark, mark],
          [base, mark, 0x301],
          [mark, base],
        ]) {
          const composed = composeTones(codes)
          if (composed) expect(text(composed)).toBe(text(codes).normalize('NFC'))
        }
      }
    }
  })

  it('composes the Vietnamese letters Windows-1258 writes, leaves the rest to normalize()', () => {
    const cp1258 = 'Tiếng nói của Hòa'.normalize('NFD')
    // Windows-1258 form: shaped letters precomposed, tone marks combining.
    const form = cp1258.replace(/[a-z][\u0302\u0306\u031b]/giu, (m) => m.normalize('NFC'))
    const codes = [...form].map((c) => c.charCodeAt(0))
    expect(text(composeTones(codes) ?? [])).toBe('Tiếng nói của Hòa')
    expect(composeTones([0x78, 0x301])).toBeUndefined() // x́ stays two characters
    expect(composeTones([0x301, 0x61])).toBeUndefined() // a mark with no letter before it
    expect(composeTones([0x61, 0x301, 0x323])).toBeUndefined() // two marks
    expect(composeTones([0x1ea1, 0x301])).toBeUndefined() // a letter beyond the table
  })

  it('agrees with NFC on random strings of letters and marks', () => {
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const pool = [
      0x61,
      0x65,
      0x6f,
      0xe2,
      0xea,
      0xf4,
      0x103,
      0x1a1,
      0x1b0,
      0x20,
      0x2c,
      0x79,
      0x110,
      ...MARKS,
    ]
    for (let n = 0; n < 20_000; n++) {
      const codes = Array.from({ length: 1 + random(8) }, () => pool[random(pool.length)] ?? 0x61)
      const composed = composeTones(codes)
      if (composed) expect(text(composed)).toBe(text(codes).normalize('NFC'))
    }
  })
})
