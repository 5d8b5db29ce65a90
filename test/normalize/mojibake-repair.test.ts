/**
 * UTF-8 read as Western text twice passes through C1 controls (`Đ` = C4 90 is `Ä` U+0090 once
 * read): the repair lets a pass leave one only for the next pass to consume. Its passes, joined
 * where a control stood between them, still make the text they say, and leave no C1 control the
 * line did not have.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeWindows1252 } from '../../src/decode/western.js'
import { composeReplacements } from '../../src/normalize/compose.js'
import type { Replacement } from '../../src/normalize/line-state.js'
import { mojibakeRepair } from '../../src/normalize/mojibake-repair.js'
import { readVector } from './helpers.js'

function apply(text: string, replacements: readonly Replacement[]): string {
  let out = ''
  let cursor = 0
  for (const r of replacements) {
    out += text.slice(cursor, r.start) + r.text
    cursor = r.end
  }
  return out + text.slice(cursor)
}

/** Sorted replacements, apart, none of them empty, over a text of `length` characters. */
const replacementsOver = (length: number): fc.Arbitrary<Replacement[]> =>
  fc
    .array(
      fc.record({
        at: fc.nat({ max: Math.max(0, length - 1) }),
        size: fc.integer({ min: 1, max: 4 }),
        text: fc.string({ unit: fc.constantFrom('x', 'y', 'zz', 'é'), maxLength: 3 }),
      }),
      { maxLength: 6 },
    )
    .map((picks) => {
      const out: Replacement[] = []
      let free = 0
      for (const p of [...picks].sort((a, b) => a.at - b.at)) {
        if (length === 0 || p.at < free) continue
        const end = Math.min(length, p.at + p.size)
        out.push({ start: p.at, end, text: p.text })
        free = end
      }
      return out
    })

const CONTROL = /[\u0080-\u009f]/
const CONTROL_MATCH = expect.stringMatching(CONTROL)

const cp1252 = (text: string): string => decodeWindows1252(Buffer.from(text, 'utf8'))
const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1')

describe('composeReplacements', () => {
  it('makes in one round what the two rounds make', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' '), maxLength: 14 })
    fc.assert(
      fc.property(
        text.chain((t) => fc.tuple(fc.constant(t), replacementsOver(t.length))),
        fc.nat(),
        ([t, first], seed) => {
          const middle = apply(t, first)
          const second = fc.sample(replacementsOver(middle.length), { seed, numRuns: 1 })[0] ?? []
          const result = apply(middle, second)
          const composed = composeReplacements(t, first, second, result)
          expect(apply(t, composed)).toBe(result)
          for (let i = 0; i < composed.length; i++) {
            const r = composed[i] as Replacement
            expect(r.start).toBeLessThan(r.end)
            if (i > 0) expect((composed[i - 1] as Replacement).end).toBeLessThanOrEqual(r.start)
          }
        },
      ),
      { numRuns: 5000 },
    )
  })
})

describe('mojibakeRepair with C1 controls between passes', () => {
  it('repairs the letters that pass through a C1 control, read twice either way or thrice', () => {
    for (const word of ['Đảng', 'về', 'học', 'nhỏ', 'ỐNG', 'người', 'Á', 'Íu', 'Ý kiến']) {
      const thrice = cp1252(cp1252(cp1252(word)))
      for (const twice of [cp1252(cp1252(word)), latin1(latin1(word)), thrice]) {
        const repair = mojibakeRepair(`${twice} ${twice}`)
        expect([twice, repair?.results.at(-1)]).toEqual([twice, `${word} ${word}`])
      }
    }
  })

  it('makes no C1 control, and its passes make its results', () => {
    const mangled = readVector<{ input: string }[]>('misdecoded.json').map((c) => c.input)
    const pieces = fc.constantFrom(
      ...'ÃÂÄÆáâ€„‘ºª»Ÿ¡°§ aeđ',
      '\u0081',
      '\u008d',
      '\u008f',
      '\u0090',
      '\u009d',
      '\u0085',
      'Ã„Â\u0090',
      'Ã¡Â»Â\u009d',
      'Ä\u0090',
      'Â\u0090',
      'ÂÂ\u0090',
    )
    const lines = fc.oneof(
      fc.array(pieces, { maxLength: 14 }).map((p) => p.join('')),
      fc.constantFrom(...mangled),
    )
    fc.assert(
      fc.property(lines, (line) => {
        const repair = mojibakeRepair(line)
        if (repair === undefined || repair.passes.length === 0) return
        let text = line
        repair.passes.forEach((pass, k) => {
          text = apply(text, pass)
          expect(text).toBe(repair.results[k])
          // Every C1 control of the result is one of the line, left where it was.
          for (const r of pass) expect([line, r.text]).not.toEqual([line, CONTROL_MATCH])
        })
      }),
      { numRuns: 20000 },
    )
  })

  it('leaves a clean line, and a C1 control that no pass after consumes', () => {
    expect(mojibakeRepair('Đảng ủy về học nhỏ')).toBeUndefined()
    // U+0090 read once as windows-1252 (C2 90): undoing it would make the control.
    const made = (line: string): string => mojibakeRepair(line)?.results.at(-1) ?? line
    expect(made('nước Â\u0090 về')).toBe('nước Â\u0090 về')
    expect(made(`${cp1252(cp1252('Đảng'))} ÂÂ\u0090 người`)).toBe('Đảng ÂÂ\u0090 người')
  })
})
