// `vnclean check` over fixture folders, with the real binary: pass, fail with a diff, --update,
// options.json, usage errors. The project's own fixtures are checked here too.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { describe, expect, it } from 'vitest'
import { root, tempDir, vnclean } from './spawn.js'

const fixtures = path.join(root, 'fixtures')
const cases = readdirSync(fixtures).filter((name) =>
  existsSync(path.join(fixtures, name, 'input.txt')),
)
const ESC = '\u001b'

/** A project folder with a copy of some of the project's fixtures under fixtures/. */
function project(names: readonly string[]): string {
  const dir = tempDir()
  for (const name of names)
    cpSync(path.join(fixtures, name), path.join(dir, 'fixtures', name), { recursive: true })
  return dir
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8')
  expect(text).toContain(from)
  writeFileSync(file, text.replace(from, to))
}

describe('vnclean check (fixtures)', () => {
  it("passes on the project's own fixtures: vnclean check fixtures", () => {
    const { code, stdout, stderr } = vnclean(['check', 'fixtures'])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    for (const name of cases) {
      expect(stdout).toContain(`fixtures/${name}/expected.json: no issues found`)
      expect(stdout).toContain(`fixtures/${name}/expected.md: no issues found`)
    }
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`✔ ${String(cases.length * 2)} files checked`)
  })

  it('checks fixtures/ by default, and leaves passing files out with --quiet', () => {
    const { code, stdout } = vnclean(['check', '--quiet'])
    expect(code).toBe(0)
    expect(stdout).toBe(`✔ ${String(cases.length * 2)} files checked\n`)
  })

  it('fails with a readable diff per mismatch, exit 1', () => {
    const dir = project(['counters-and-credit-line', 'duplicate-captions'])
    edit(
      path.join(dir, 'fixtures/counters-and-credit-line/expected.json'),
      '"outlet": "SGGP"',
      '"outlet": "VOV"',
    )
    edit(path.join(dir, 'fixtures/duplicate-captions/expected.md'), 'lang: vie', 'lang: eng')
    const { code, stdout } = vnclean(['check', 'fixtures'], { cwd: dir })
    expect(code).toBe(1)
    const lines = stdout.split('\n')
    const header = lines.indexOf('fixtures/counters-and-credit-line/expected.json')
    expect(header).toBeGreaterThanOrEqual(0)
    // The message points at the changed line of the expected file.
    const jsonLine = readFileSync(
      path.join(dir, 'fixtures/counters-and-credit-line/expected.json'),
      'utf8',
    )
      .split('\n')
      .findIndex((line) => line.includes('"outlet": "VOV"'))
    expect(lines[header + 1]).toMatch(
      new RegExp(
        `^  ${String(jsonLine + 1)}:1 +error +expected\\.json differs .* +check/mismatch$`,
        'u',
      ),
    )
    expect(stdout).toContain('    -  "outlet": "VOV",\n    +  "outlet": "SGGP",')
    expect(stdout).toContain('    -lang: eng\n    +lang: vie')
    expect(stdout).toContain('fixtures/counters-and-credit-line/expected.md: no issues found')
    expect(stdout).not.toContain(ESC)
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 errors in 2 of 4 files')
  })

  it('colours the diff when colour is forced, and not under NO_COLOR', () => {
    const dir = project(['counters-and-credit-line'])
    edit(
      path.join(dir, 'fixtures/counters-and-credit-line/expected.json'),
      '"outlet": "SGGP"',
      '"outlet": "VOV"',
    )
    const forced = vnclean(['check'], { cwd: dir, env: { FORCE_COLOR: '1' } })
    expect(forced.code).toBe(1)
    expect(forced.stdout).toContain(`${ESC}[31m    -  "outlet": "VOV",${ESC}[39m`)
    expect(forced.stdout).toContain(`${ESC}[32m    +  "outlet": "SGGP",${ESC}[39m`)
    const plain = vnclean(['check'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })
    expect(plain.stdout).not.toContain(ESC)
    expect(plain.stdout).toBe(stripVTControlCharacters(forced.stdout))
  })

  it('compares JSON as data: key order and indentation do not matter', () => {
    const dir = project(['duplicate-captions'])
    const file = path.join(dir, 'fixtures/duplicate-captions/expected.json')
    const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
    const reordered = Object.fromEntries(Object.entries(data).reverse())
    writeFileSync(file, JSON.stringify(reordered))
    expect(vnclean(['check'], { cwd: dir }).code).toBe(0)
  })

  it('says when only the input path differs (check run from another folder)', () => {
    const dir = project(['duplicate-captions'])
    const { code, stdout } = vnclean(['check', '.'], { cwd: path.join(dir, 'fixtures') })
    expect(code).toBe(1)
    expect(stdout).toContain("expected.json differs only in the input's path")
    expect(stdout).toContain('-  "file": "fixtures/duplicate-captions/input.txt",')
    expect(stdout).toContain('+  "file": "duplicate-captions/input.txt",')
  })

  it('--update rewrites what differs, writes missing expected files, and then check passes', () => {
    const dir = project(['counters-and-credit-line', 'hard-wrapped-paragraphs'])
    const json = path.join(dir, 'fixtures/counters-and-credit-line/expected.json')
    const original = readFileSync(json, 'utf8')
    edit(json, '"outlet": "SGGP"', '"outlet": "VOV"')
    // A new fixture: only its input so far.
    mkdirSync(path.join(dir, 'fixtures/new-case'))
    cpSync(
      path.join(fixtures, 'duplicate-captions/input.txt'),
      path.join(dir, 'fixtures/new-case/input.txt'),
    )
    // A fixture with only expected.md keeps only expected.md.
    rmSync(path.join(dir, 'fixtures/hard-wrapped-paragraphs/expected.json'))

    const before = vnclean(['check'], { cwd: dir })
    expect(before.code).toBe(1)
    expect(before.stdout).toMatch(
      /fixtures\/new-case\/expected\.json\n {2}1:1 +error +no expected\.json or expected\.md .*check\/missing/u,
    )

    const update = vnclean(['check', '--update'], { cwd: dir })
    expect(update.code).toBe(0)
    expect(update.stdout).toMatch(
      /fixtures\/counters-and-credit-line\/expected\.json\n {2}1:1 +info +expected\.json rewritten +check\/update/u,
    )
    expect(update.stdout).toContain(
      'fixtures/counters-and-credit-line/expected.md: no issues found',
    )
    expect(update.stdout).toMatch(/expected\.md written/u)
    expect(readFileSync(json, 'utf8')).toBe(original)
    const written = JSON.parse(
      readFileSync(path.join(dir, 'fixtures/new-case/expected.json'), 'utf8'),
    ) as { file: string }
    expect(written.file).toBe('fixtures/new-case/input.txt')
    expect(readFileSync(path.join(dir, 'fixtures/new-case/expected.md'), 'utf8')).toMatch(
      /^---\ntitle: /u,
    )
    expect(existsSync(path.join(dir, 'fixtures/hard-wrapped-paragraphs/expected.json'))).toBe(false)
    // No temporary files left behind.
    expect(readdirSync(path.join(dir, 'fixtures/new-case')).sort()).toEqual([
      'expected.json',
      'expected.md',
      'input.txt',
    ])

    const after = vnclean(['check'], { cwd: dir })
    expect(after.code).toBe(0)
    expect(after.stdout.trimEnd().split('\n').at(-1)).toBe('✔ 5 files checked')
  })

  it("applies a fixture's options.json, and reports a bad one as that fixture's error", () => {
    const dir = tempDir()
    const fixture = path.join(dir, 'fixtures/tone-new')
    mkdirSync(fixture, { recursive: true })
    writeFileSync(
      path.join(fixture, 'input.txt'),
      'Tiêu đề bài viết về hòa bình\n\nChính phủ bảo đảm hòa bình và thủy lợi cho người dân trong cả nước.\n',
    )
    writeFileSync(path.join(fixture, 'options.json'), '{ "toneStyle": "new" }\n')
    expect(vnclean(['check', '--update'], { cwd: dir }).code).toBe(0)
    const article = JSON.parse(readFileSync(path.join(fixture, 'expected.json'), 'utf8')) as {
      blocks: { text: string }[]
    }
    expect(article.blocks.map((block) => block.text).join('\n')).toContain('hoà bình và thuỷ lợi')
    expect(vnclean(['check'], { cwd: dir }).code).toBe(0)
    // The command line wins over options.json.
    expect(vnclean(['check', '--tone-style', 'old'], { cwd: dir }).code).toBe(1)

    writeFileSync(
      path.join(fixture, 'options.json'),
      '{ "toneStyle": "newer", "rules": { "disable": ["nope"] } }\n',
    )
    const bad = vnclean(['check'], { cwd: dir })
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('fixtures/tone-new/options.json\n')
    expect(bad.stdout).toMatch(
      /1:1 +error +\/toneStyle: must be one of preserve, old, new \(got 'newer'\) +check\/error/u,
    )
    expect(bad.stdout).toContain("/rules/disable/0: 'nope' is not a rule id")
  })

  it('reports an input that cannot be read as text as that fixture’s error', () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'fixtures/binary'), { recursive: true })
    writeFileSync(path.join(dir, 'fixtures/binary/input.txt'), Buffer.from([0, 1, 2, 0, 0, 255, 0]))
    writeFileSync(path.join(dir, 'fixtures/binary/expected.md'), '')
    const { code, stdout, stderr } = vnclean(['check'], { cwd: dir })
    expect(code).toBe(1)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/fixtures\/binary\/input\.txt\n {2}1:1 {2}error {4}\S.* check\/error\n/u)
  })

  it('exits 2 with one line on usage errors', () => {
    const dir = tempDir()
    const usage = (args: string[], message: RegExp): void => {
      const { code, stdout, stderr } = vnclean(args, { cwd: dir })
      expect(code, args.join(' ')).toBe(2)
      expect(stdout).toBe('')
      expect(stderr.trimEnd().split('\n')).toHaveLength(1)
      expect(stderr).toMatch(message)
    }
    usage(['check'], /^vnclean: no fixtures named, and no fixtures\/ folder here/u)
    usage(['check', 'missing'], /^vnclean: missing: no such file or folder\n$/u)
    usage(['check', '.'], /^vnclean: \.: no fixtures in it/u)
    usage(['check', '--reporter', 'xml', path.join(fixtures, cases[0] ?? '')], /reporter/u)
    usage(['check', '--update', '--lint', 'x.txt'], /--update cannot be used with --lint/u)
    usage(
      ['check', '--disable', 'strip/nope', path.join(fixtures, cases[0] ?? '')],
      /unknown rule id 'strip\/nope'/u,
    )
    writeFileSync(path.join(dir, 'notes.txt'), 'x\n')
    usage(['check', 'notes.txt'], /^vnclean: notes\.txt: not a fixture/u)
  })
})
