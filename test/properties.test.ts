// Invariants over arbitrary input: never throws, every non-blank line accounted for exactly once,
// text output idempotent.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanText, emitText, type Article } from '../src/index.js'
import { splitLines } from '../src/pipeline/parse.js'

const root = path.resolve(import.meta.dirname, '..')
const seeds = readdirSync(path.join(root, 'fixtures')).map((name) =>
  readFileSync(path.join(root, 'fixtures', name, 'input.txt'), 'utf8'),
)

function assertAccounting(text: string, article: Article): void {
  const nonBlank = splitLines(text)
    .map((line, i) => ({ line: i + 1, blank: line.normalize('NFC').trim() === '' }))
    .filter((entry) => !entry.blank)
    .map((entry) => entry.line)
  const seen = new Map<number, number>()
  for (const block of article.blocks) {
    for (let n = block.line; n <= (block.endLine ?? block.line); n++)
      seen.set(n, (seen.get(n) ?? 0) + 1)
  }
  for (const entry of article.removed) {
    if (entry.partial !== true) seen.set(entry.line, (seen.get(entry.line) ?? 0) + 1)
  }
  for (const line of nonBlank) expect(seen.get(line), `line ${String(line)}`).toBe(1)
  expect([...seen.keys()].sort((a, b) => a - b)).toEqual(nonBlank)
  expect(article.stats.lines).toBe(nonBlank.length)
  expect(article.stats.kept + article.stats.removed).toBe(article.stats.lines)
}

/** Lines drawn from real pages, shuffled and mixed with arbitrary text. */
const realLine = fc.constantFrom(...seeds.flatMap((seed) => splitLines(seed)))
const pageArbitrary = fc
  .array(fc.oneof(realLine, realLine, fc.string(), fc.constant('')), { maxLength: 60 })
  .map((lines) => lines.join('\n'))

describe('invariants', () => {
  it('never throws and accounts for every line on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        assertAccounting(text, cleanText(text).article)
      }),
      { numRuns: 300 },
    )
  })

  it('accounts for every line on mutated real pages', () => {
    fc.assert(
      fc.property(pageArbitrary, (text) => {
        assertAccounting(text, cleanText(text).article)
      }),
      { numRuns: 200 },
    )
  })

  it('accounts for every line of every fixture', () => {
    for (const seed of seeds) assertAccounting(seed, cleanText(seed).article)
  })

  it('text output is idempotent on the fixtures', () => {
    for (const seed of seeds) {
      const once = emitText(cleanText(seed).article)
      expect(emitText(cleanText(once).article)).toBe(once)
    }
  })

  it('text output is idempotent on mutated real pages', () => {
    fc.assert(
      fc.property(pageArbitrary, (text) => {
        const once = emitText(cleanText(text).article)
        expect(emitText(cleanText(once).article)).toBe(once)
      }),
      { numRuns: 150 },
    )
  })
})
