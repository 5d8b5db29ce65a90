// Expected file vs output: what counts as equal, where the first difference is.
import { describe, expect, it } from 'vitest'
import { compareOutput } from '../../src/check/compare.js'
import { judgeFixture } from '../../src/check/judge-fixture.js'

describe('compareOutput', () => {
  it('compares Markdown as text, ignoring CRLF line ends', () => {
    expect(compareOutput('md', 'a\r\nb\r\n', 'a\nb\n').equal).toBe(true)
    const diff = compareOutput('md', 'a\nb\nc\nd\n', 'a\nb\nC\nd\n')
    expect(diff).toMatchObject({ equal: false, pathOnly: false, line: 3 })
    expect(diff.hunks[0]?.lines).toEqual([' a', ' b', '-c', '+C', ' d'])
  })

  it('compares JSON as data; a broken expected file is a mismatch, not a crash', () => {
    expect(
      compareOutput('json', '{"b":1,"a":[1,2]}', '{\n  "a": [1, 2],\n  "b": 1\n}\n').equal,
    ).toBe(true)
    expect(compareOutput('json', '{"a":[2,1]}', '{"a":[1,2]}').equal).toBe(false)
    const broken = compareOutput('json', '{"a":', '{\n  "a": 1\n}\n')
    expect(broken.equal).toBe(false)
    expect(broken.hunks.length).toBeGreaterThan(0)
  })

  it('tells when only the input path differs', () => {
    expect(
      compareOutput('json', '{"file":"a/x.txt","n":1}', '{"file":"x.txt","n":1}').pathOnly,
    ).toBe(true)
    expect(
      compareOutput('json', '{"file":"a/x.txt","n":1}', '{"file":"x.txt","n":2}').pathOnly,
    ).toBe(false)
    expect(
      compareOutput('md', '---\nsource: a/x.txt\n---\n', '---\nsource: x.txt\n---\n').pathOnly,
    ).toBe(true)
  })
})

describe('judgeFixture', () => {
  const actual = { json: '{"n":1}\n', md: '# T\n' }
  it('writes nothing and passes when the outputs match', () => {
    expect(judgeFixture({ shown: 'f', actual, expected: { ...actual }, update: false })).toEqual({
      files: [
        { path: 'f/expected.json', messages: [] },
        { path: 'f/expected.md', messages: [] },
      ],
      writes: [],
    })
  })

  it('with update, rewrites only the files that exist and differ', () => {
    const verdict = judgeFixture({ shown: 'f', actual, expected: { md: '# Old\n' }, update: true })
    expect(verdict.writes).toEqual([{ kind: 'md', text: '# T\n' }])
    expect(verdict.files).toEqual([
      {
        path: 'f/expected.md',
        messages: [expect.objectContaining({ ruleId: 'check/update', severity: 'info' })],
      },
    ])
  })
})
