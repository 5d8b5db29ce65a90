// The real binary, spawned: exit codes, stdout and stderr together.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertValidJsonLines } from './helpers/validate-article.js'

const root = path.resolve(import.meta.dirname, '..')
const bin = path.join(root, 'bin/vnclean.js')
const seed = path.join(root, 'fixtures/counters-and-credit-line/input.txt')

function vnclean(args: string[], input?: string, cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

describe('vnclean (spawned)', () => {
  it('cleans a file to one JSON line, exit 0, nothing on stderr', () => {
    const { code, stdout, stderr } = vnclean([seed])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const lines = stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    const [article] = assertValidJsonLines(stdout) as { outlet: string }[]
    expect(article?.outlet).toBe('SGGP')
  })

  it('reads standard input when piped and no input is named', () => {
    const { code, stdout } = vnclean(['--format', 'text'], readFileSync(seed, 'utf8'))
    expect(code).toBe(0)
    expect(stdout).toContain('theo SGGP')
    expect(stdout).not.toContain('Go top')
  })

  it('gives JSON Lines for several documents, in input order', () => {
    const second = path.join(root, 'fixtures/duplicate-captions/input.txt')
    const { code, stdout } = vnclean([seed, second])
    expect(code).toBe(0)
    const files = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).file)
    assertValidJsonLines(stdout)
    expect(files).toEqual([
      'fixtures/counters-and-credit-line/input.txt',
      'fixtures/duplicate-captions/input.txt',
    ])
  })

  it('cleans a folder with --out, mirroring relative paths, and never overwrites an input', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnclean-'))
    mkdirSync(path.join(dir, 'in/sub'), { recursive: true })
    writeFileSync(path.join(dir, 'in/a.txt'), readFileSync(seed))
    writeFileSync(path.join(dir, 'in/sub/b.txt'), readFileSync(seed))
    const { code, stderr } = vnclean(['in', '--out', 'out', '--format', 'md'], '', dir)
    expect(code).toBe(0)
    expect(stderr).toContain('2 documents, 0 failed')
    expect(existsSync(path.join(dir, 'out/a.md'))).toBe(true)
    expect(readFileSync(path.join(dir, 'out/sub/b.md'), 'utf8')).toMatch(/^---\ntitle: /u)
    const refused = vnclean(['in', '--out', 'in', '--format', 'text'], '', dir)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('refusing to overwrite the input')
    expect(readFileSync(path.join(dir, 'in/a.txt'))).toEqual(readFileSync(seed))
  })

  it('exits 2 with one line on an unknown option', () => {
    const { code, stderr } = vnclean(['--frobnicate', seed])
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^vnclean: unknown option '--frobnicate'/u)
  })

  it('exits 2 on a missing input, without a stack trace', () => {
    const { code, stderr } = vnclean(['no-such-file.txt'])
    expect(code).toBe(2)
    expect(stderr).toBe('vnclean: no-such-file.txt: no such file or folder\n')
  })

  it('exits 2 on an unknown rule id and an unknown format', () => {
    expect(vnclean(['--disable', 'strip/nope', seed]).stderr).toContain(
      "unknown rule id 'strip/nope'",
    )
    expect(vnclean(['--format', 'xml', seed]).code).toBe(2)
  })

  it('names a binary file in one line, goes on with the others, exits 1', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vnclean-'))
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0, 1, 2, 0, 0, 255, 0]))
    const { code, stdout, stderr } = vnclean([path.join(dir, 'bad.txt'), seed])
    expect(code).toBe(1)
    expect(stderr).toMatch(/bad\.txt: .*\n/u)
    expect(stderr).not.toMatch(/\bat \S+:\d+/u)
    expect(stdout.trimEnd().split('\n')).toHaveLength(1)
  })

  it('normalize writes text, and already-clean text comes back byte-identical', () => {
    const clean =
      'Tiếng Việt là ngôn ngữ chính thức.\nHòa bình và thủy lợi; hoà bình và thuỷ lợi.\n'
    const { code, stdout } = vnclean(['normalize'], clean)
    expect(code).toBe(0)
    expect(stdout).toBe(clean)
    expect(vnclean(['normalize'], 'Tie\u0302\u0301ng Vie\u0323\u0302t\n').stdout).toBe(
      'Tiếng Việt\n',
    )
  })

  it('rules lists every rule id', () => {
    const { code, stdout } = vnclean(['rules'])
    expect(code).toBe(0)
    expect(stdout).toContain('strip/repeated-line')
    expect(stdout).toContain('normalise/nfc')
  })

  it('prints help and version with exit 0', () => {
    expect(vnclean(['--help']).code).toBe(0)
    expect(vnclean(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/u)
  })
})
