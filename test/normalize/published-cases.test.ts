/** Published cases (underthesea, ftfy, Debian translations, research tables) as facts. */
import { describe, expect, it } from 'vitest'
import type { ToneStyleOption } from '../../src/types.js'
import { options, readVector, run } from './helpers.js'

interface Case {
  input: string
  expected: string
  status: string
  name?: string
}
interface Group {
  source: string
  toneStyle?: ToneStyleOption
  cases: Case[]
}

const facts = readVector<Record<string, Group | string>>('published-cases.json')
const groups = Object.entries(facts).filter((e): e is [string, Group] => typeof e[1] !== 'string')

describe.each(groups)('%s', (_name, group) => {
  const style = group.toneStyle ?? 'preserve'
  const fixed = group.cases.filter((c) => c.status === 'fixed')
  const unsupported = group.cases.filter((c) => c.status !== 'fixed')

  it.each(fixed.map((c) => [c.input, c.expected] as const))('%s → %s', (input, expected) => {
    expect(run(input, options(style)).text).toBe(expected)
  })

  if (unsupported.length > 0) {
    it.each(unsupported.map((c) => [c.input, c.expected, c.status] as const))(
      'never invents text: %s (%s)',
      (input, expected) => {
        // Each word comes back as it was or as the published expectation has it.
        const known = new Set([...input.split(' '), ...expected.split(' ')])
        for (const word of run(input, options(style)).text.split(' ')) expect(known).toContain(word)
      },
    )
  }
})

describe('underthesea in preserve mode', () => {
  it('fixes the typing errors but keeps new-style hoá', () => {
    expect(run('Ðảm baỏ chất lựơng phòng thí nghịêm hoá học').text).toBe(
      'Đảm bảo chất lượng phòng thí nghiệm hoá học',
    )
  })
})
