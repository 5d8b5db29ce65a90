// Each reporter's output read back by a real parser (JSON.parse, fast-xml-parser) or matched
// to the GitHub workflow-command format; first on real runs of the binary, then on edge cases.
import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { Chalk } from 'chalk'
import { REPORTERS, REPORTER_NAMES } from '../../src/report/index.js'
import type { Report } from '../../src/report/types.js'
import { root, tempDir, vnclean } from './spawn.js'

/** Two fixtures, one passing and one with a wrong outlet. */
function failingProject(): string {
  const dir = tempDir()
  for (const name of ['counters-and-credit-line', 'duplicate-captions']) {
    cpSync(path.join(root, 'fixtures', name), path.join(dir, 'fixtures', name), { recursive: true })
  }
  const file = path.join(dir, 'fixtures/counters-and-credit-line/expected.json')
  writeFileSync(file, readFileSync(file, 'utf8').replace('"outlet": "SGGP"', '"outlet": "VOV"'))
  return dir
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'testcase',
})

interface JsonReport {
  kind: string
  summary: { files: number; failed: number; errors: number; warnings: number; infos: number }
  files: {
    path: string
    messages: {
      ruleId: string
      severity: string
      line: number
      column: number
      reason: string
      diff?: { oldStart: number; lines: string[] }[]
    }[]
  }[]
}

describe('reporters on real runs', () => {
  const dir = failingProject()

  it('json: one parseable document with a summary, messages and the diff as data', () => {
    const { code, stdout } = vnclean(['check', '--reporter', 'json'], { cwd: dir })
    expect(code).toBe(1)
    const report = JSON.parse(stdout) as JsonReport
    expect(report.kind).toBe('fixtures')
    expect(report.summary).toEqual({ files: 4, failed: 1, errors: 1, warnings: 0, infos: 0 })
    expect(report.files.map((file) => file.path)).toEqual([
      'fixtures/counters-and-credit-line/expected.json',
      'fixtures/counters-and-credit-line/expected.md',
      'fixtures/duplicate-captions/expected.json',
      'fixtures/duplicate-captions/expected.md',
    ])
    const [message] = report.files[0]?.messages ?? []
    expect(message?.ruleId).toBe('check/mismatch')
    expect(message?.severity).toBe('error')
    expect(message?.diff?.[0]?.lines).toContain('-  "outlet": "VOV",')
    expect(message?.diff?.[0]?.lines).toContain('+  "outlet": "SGGP",')
    expect(report.files.slice(1).every((file) => file.messages.length === 0)).toBe(true)
  })

  it('json: a passing run has no messages and exits 0', () => {
    const { code, stdout } = vnclean(['check', 'fixtures', '-r', 'json'])
    expect(code).toBe(0)
    const report = JSON.parse(stdout) as JsonReport
    expect(report.summary.errors).toBe(0)
    expect(report.files.length).toBeGreaterThanOrEqual(16)
  })

  it('github: one ::error command per mismatch, in the workflow-command format', () => {
    const { code, stdout } = vnclean(['check', '--reporter', 'github'], { cwd: dir })
    expect(code).toBe(1)
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    const annotation =
      /^::(error|warning|notice) file=([^,:]+),line=(\d+),col=(\d+),title=([^,:]+)::(.+)$/u.exec(
        lines[0] ?? '',
      )
    expect(annotation).not.toBeNull()
    const [, command, file, line, , title, body] = annotation ?? []
    expect(command).toBe('error')
    expect(file).toBe('fixtures/counters-and-credit-line/expected.json')
    const expectedLine =
      readFileSync(path.join(dir, file ?? ''), 'utf8')
        .split('\n')
        .findIndex((text) => text.includes('VOV')) + 1
    expect(Number(line)).toBe(expectedLine)
    expect(title).toBe('check/mismatch')
    // The diff travels in the message, newlines escaped.
    expect(body).not.toContain('\n')
    expect(body).toContain('%0A-  "outlet": "VOV",%0A+  "outlet": "SGGP",')
  })

  it('github: prints nothing when everything passes', () => {
    const { code, stdout } = vnclean(['check', 'fixtures', '--reporter', 'github'])
    expect(code).toBe(0)
    expect(stdout).toBe('')
  })

  it('junit: valid XML with one testcase per file and a failure holding the diff', () => {
    const { code, stdout } = vnclean(['check', '--reporter', 'junit'], { cwd: dir })
    expect(code).toBe(1)
    expect(XMLValidator.validate(stdout)).toBe(true)
    const xml = parser.parse(stdout) as {
      testsuites: {
        '@tests': string
        '@failures': string
        testsuite: {
          '@tests': string
          '@failures': string
          '@errors': string
          testcase: {
            '@name': string
            failure?: { '#text': string; '@type': string; '@message': string }
          }[]
        }
      }
    }
    expect(xml.testsuites['@tests']).toBe('4')
    expect(xml.testsuites['@failures']).toBe('1')
    const suite = xml.testsuites.testsuite
    expect(suite['@errors']).toBe('0')
    expect(suite.testcase.map((testcase) => testcase['@name'])).toEqual([
      'fixtures/counters-and-credit-line/expected.json',
      'fixtures/counters-and-credit-line/expected.md',
      'fixtures/duplicate-captions/expected.json',
      'fixtures/duplicate-captions/expected.md',
    ])
    const failure = suite.testcase[0]?.failure
    expect(failure?.['@type']).toBe('check/mismatch')
    expect(failure?.['@message']).toBe('expected.json differs from the output for input.txt')
    expect(failure?.['#text']).toContain('-  "outlet": "VOV",\n+  "outlet": "SGGP",')
    expect(suite.testcase.slice(1).every((testcase) => testcase.failure === undefined)).toBe(true)
  })
})

describe('reporters on awkward input', () => {
  const chalk = new Chalk({ level: 0 })
  const awkward: Report = {
    kind: 'lint',
    files: [
      {
        path: 'dir,with:odd%/a<&>"\'.txt',
        messages: [
          {
            ruleId: 'strip/page-widget',
            severity: 'error',
            reason:
              'Leftover "text" <b>&amp;</b> 100% done\nsecond line\u0001\u0007 with controls \uD800',
            line: 3,
            column: 2,
            endLine: 3,
            endColumn: 9,
          },
          { ruleId: 'check/update', severity: 'info', reason: 'noted', line: 1, column: 1 },
          { ruleId: 'x/warn', severity: 'warning', reason: 'careful', line: 2, column: 1 },
        ],
      },
      { path: 'clean.txt', messages: [] },
    ],
  }

  it('has a reporter for every name the CLI accepts', () => {
    expect(Object.keys(REPORTERS).sort()).toEqual([...REPORTER_NAMES].sort())
  })

  it('junit escapes markup and drops characters XML cannot hold', () => {
    const xml = REPORTERS.junit(awkward, { chalk, quiet: false })
    expect(XMLValidator.validate(xml)).toBe(true)
    const parsed = parser.parse(xml) as {
      testsuites: {
        testsuite: {
          testcase: { '@name': string; failure?: { '#text': string; '@message': string } }[]
        }
      }
    }
    const [first, second] = parsed.testsuites.testsuite.testcase
    expect(first?.['@name']).toBe('dir,with:odd%/a<&>"\'.txt')
    expect(first?.failure?.['@message']).toContain('Leftover "text" <b>&amp;</b> 100% done')
    expect(first?.failure?.['#text']).toContain('3:2 strip/page-widget Leftover')
    expect(second?.failure).toBeUndefined()
  })

  it('github escapes %, line breaks, and , and : in properties', () => {
    const text = REPORTERS.github(awkward, { chalk, quiet: false })
    const lines = text.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines[0]).toBe(
      '::error file=dir%2Cwith%3Aodd%25/a<&>"\'.txt,line=3,col=2,endLine=3,endColumn=9,title=strip/page-widget::Leftover "text" <b>&amp;</b> 100%25 done%0Asecond line\u0001\u0007 with controls \uD800',
    )
    expect(lines[1]).toMatch(/^::notice file=.*,title=check\/update::noted$/u)
    expect(lines[2]).toMatch(/^::warning file=.*,title=x\/warn::careful$/u)
  })

  it('stylish aligns the rows, counts every severity, and --quiet leaves out clean files', () => {
    const text = REPORTERS.stylish(awkward, { chalk, quiet: false })
    expect(text).toContain('  3:2-3:9  error    Leftover')
    expect(text).toContain('  1:1      info     noted')
    expect(text).toContain('  2:1      warning  careful')
    expect(text).toContain('clean.txt: no issues found')
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '✖ 1 error, ⚠ 1 warning, ℹ 1 note in 1 of 2 files',
    )
    expect(REPORTERS.stylish(awkward, { chalk, quiet: true })).not.toContain('clean.txt')
  })

  it('json round-trips the report', () => {
    const parsed = JSON.parse(REPORTERS.json(awkward, { chalk, quiet: false })) as {
      files: unknown
    }
    expect(parsed.files).toEqual(awkward.files)
  })
})
