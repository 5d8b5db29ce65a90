// The run's claimed output paths, kept as hashes: the same answers as a set of the paths.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createClaims } from '../src/cli/batch/claims.js'

describe('claims', () => {
  it('answers as a set of the paths would, through every growth of the table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.constantFrom('out/a.json', 'out/b.json', 'ổ/ệ.md')), {
          maxLength: 3000,
        }),
        (targets) => {
          const claims = createClaims()
          const seen = new Set<string>()
          for (const target of targets) {
            expect(claims.claim(target)).toBe(!seen.has(target))
            seen.add(target)
          }
          expect(claims.size).toBe(seen.size)
        },
      ),
      { numRuns: 50 },
    )
  })

  it('holds 200,000 distinct paths, each claimed once, the second claim refused', () => {
    const claims = createClaims()
    const path = (i: number): string => `/archive/out/${String(i % 997)}/${String(i)}.json`
    for (let i = 0; i < 200_000; i++) expect(claims.claim(path(i))).toBe(true)
    for (let i = 0; i < 200_000; i += 7) expect(claims.claim(path(i))).toBe(false)
    expect(claims.size).toBe(200_000)
  })
})
