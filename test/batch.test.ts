// Batch runs through the real binary on real folders: inputs, outputs, workers, faults,
// interruption, resume, shards, reports, progress, and GNU parallel as a driver.
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertValidArticle } from './helpers/validate-article.js'
import { fixtures, root, startVnclean, tempDir, vnclean } from './helpers/vnclean.js'

const cases = readdirSync(fixtures).filter((name) =>
  existsSync(path.join(fixtures, name, 'input.txt')),
)
const inputOf = (name: string): string =>
  readFileSync(path.join(fixtures, name, 'input.txt'), 'utf8')

/** A folder tree of fixture inputs: `copies` of each case, nested two levels deep. */
function corpus(copies: number): string {
  const dir = tempDir()
  for (let copy = 0; copy < copies; copy++) {
    for (const [i, name] of cases.entries()) {
      const folder = path.join(dir, 'in', `part-${String(copy)}`, i % 2 === 0 ? 'even' : 'odd')
      mkdirSync(folder, { recursive: true })
      writeFileSync(path.join(folder, `${name}.txt`), inputOf(name))
    }
  }
  return dir
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

const jsonLines = (text: string): Record<string, unknown>[] =>
  text
    .trimEnd()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const value = JSON.parse(line) as Record<string, unknown>
      // Every article vnclean prints must match the published schema (error records aside).
      if (!('error' in value) && 'schemaVersion' in value) assertValidArticle(value)
      return value
    })

describe('inputs', () => {
  it('recurses nested folders, picks --ext extensions, skips hidden files', () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'in/a/b'), { recursive: true })
    writeFileSync(path.join(dir, 'in/a/one.txt'), inputOf(cases[0] ?? ''))
    writeFileSync(path.join(dir, 'in/a/b/two.text'), inputOf(cases[1] ?? ''))
    writeFileSync(path.join(dir, 'in/a/b/skip.md'), 'not picked')
    writeFileSync(path.join(dir, 'in/.hidden.txt'), 'not picked')
    const { code, stdout } = vnclean(['in', '--ext', 'txt,text', '-q'], { cwd: dir })
    expect(code).toBe(0)
    expect(jsonLines(stdout).map((a) => a.file)).toEqual(['in/a/b/two.text', 'in/a/one.txt'])
  })

  it('expands a quoted glob with the glob library, in sorted order', () => {
    const dir = corpus(1)
    const { code, stdout } = vnclean(['in/**/even/*.txt', '-q'], { cwd: dir })
    expect(code).toBe(0)
    const files = jsonLines(stdout).map((a) => String(a.file))
    expect(files.length).toBe(Math.ceil(cases.length / 2))
    expect(files.every((file) => file.includes('/even/'))).toBe(true)
    expect(files).toEqual([...files].sort())
  })

  it('reports a symbolic link loop once and does not follow it', () => {
    const dir = corpus(1)
    symlinkSync('..', path.join(dir, 'in/part-0/even/loop'))
    const { code, stdout, stderr } = vnclean(['in', '-q'], { cwd: dir })
    expect(code).toBe(0)
    expect(jsonLines(stdout)).toHaveLength(cases.length)
    expect(stderr).toMatch(/loop: symbolic link loop, not followed/u)
    expect(stderr.trim().split('\n')).toHaveLength(1)
  })

  it('keeps going past a bad file, names it in one line, exits 1', () => {
    const dir = corpus(1)
    writeFileSync(path.join(dir, 'in/part-0/bad.txt'), Buffer.from([0, 1, 2, 0, 0, 3, 0]))
    const { code, stdout, stderr } = vnclean(['in', '-q'], { cwd: dir })
    expect(code).toBe(1)
    expect(jsonLines(stdout)).toHaveLength(cases.length)
    expect(stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^vnclean: in\/part-0\/bad\.txt: .*binary/u),
    ])
  })
})

describe('outputs', () => {
  it('gives the same bytes with --jobs 1 and --jobs 2, in input order', () => {
    const dir = corpus(3)
    const one = vnclean(['in', '--jobs', '1', '-q'], { cwd: dir })
    const two = vnclean(['in', '--jobs', '2', '-q'], { cwd: dir })
    expect(one.code).toBe(0)
    expect(two.code).toBe(0)
    expect(jsonLines(one.stdout)).toHaveLength(cases.length * 3)
    expect(two.stdout).toBe(one.stdout)
  })

  it('writes one file per input under --out, mirroring paths, extension by format', () => {
    const dir = corpus(2)
    const { code, stderr } = vnclean(['in', '--out', 'out', '--format', 'md', '-j', '2'], {
      cwd: dir,
    })
    expect(code).toBe(0)
    expect(stderr).toMatch(/^vnclean: \d+ documents, 0 failed, \d+ lines kept, \d+ removed, /u)
    const inputs = filesUnder(path.join(dir, 'in')).map((f) => f.replace(/\.txt$/u, '.md'))
    expect(filesUnder(path.join(dir, 'out'))).toEqual(inputs)
  })

  it('refuses two inputs that would write the same output, and keeps the first', () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'a'))
    mkdirSync(path.join(dir, 'b'))
    writeFileSync(path.join(dir, 'a/x.txt'), inputOf(cases[0] ?? ''))
    writeFileSync(path.join(dir, 'b/x.txt'), inputOf(cases[1] ?? ''))
    const { code, stderr } = vnclean(['a/x.txt', 'b/x.txt', '--out', 'out', '-q'], { cwd: dir })
    expect(code).toBe(1)
    expect(stderr).toMatch(
      /b\/x\.txt: output .*x\.json would overwrite the output of an earlier input of this run/u,
    )
    const written = JSON.parse(readFileSync(path.join(dir, 'out/x.json'), 'utf8'))
    expect(written.file).toBe('a/x.txt')
  })

  it('never writes through a symbolic link out of --out', () => {
    const dir = corpus(1)
    const elsewhere = tempDir()
    mkdirSync(path.join(dir, 'out'))
    symlinkSync(path.join(elsewhere), path.join(dir, 'out/part-0'))
    const { code, stderr } = vnclean(['in', '--out', 'out', '-q'], { cwd: dir })
    expect(code).toBe(1)
    expect(stderr).toMatch(/refusing to write outside the output folder/u)
    expect(readdirSync(elsewhere)).toEqual([])
  })

  it('writes a JSON report with one entry per input', () => {
    const dir = corpus(1)
    writeFileSync(path.join(dir, 'in/part-0/bad.txt'), Buffer.from([0, 0, 0, 1]))
    const { code } = vnclean(['in', '--out', 'out', '--report', 'report.json', '-q'], { cwd: dir })
    expect(code).toBe(1)
    const report = JSON.parse(readFileSync(path.join(dir, 'report.json'), 'utf8'))
    expect(report.entries).toHaveLength(cases.length + 1)
    const failed = report.entries.filter((e: { status: string }) => e.status === 'failed')
    expect(failed).toEqual([
      expect.objectContaining({ input: 'in/part-0/bad.txt', error: expect.any(String) }),
    ])
    expect(report.summary).toMatchObject({ documents: cases.length, failed: 1 })
    for (const entry of report.entries.filter((e: { status: string }) => e.status === 'ok')) {
      expect(entry.kept + entry.removed).toBeGreaterThan(0)
    }
  })
})

describe('JSON Lines input', () => {
  const records = cases.map((name, i) => ({
    id: `doc-${String(i)}`,
    text: inputOf(name),
    site: name,
  }))
  const jsonl = (items: unknown[]): string =>
    items.map((item) => JSON.stringify(item)).join('\n') + '\n'

  it('gives one output line per input line, carrying id and other fields', () => {
    const lines = [
      ...records.slice(0, 3).map((r) => JSON.stringify(r)),
      '{broken',
      JSON.stringify(records[3]),
    ]
    const { code, stdout, stderr } = vnclean(['--input-format', 'jsonl', '-'], {
      input: lines.join('\n') + '\n',
    })
    expect(code).toBe(1)
    const out = jsonLines(stdout)
    expect(out).toHaveLength(5)
    expect(out.map((a) => a.id)).toEqual(['doc-0', 'doc-1', 'doc-2', null, 'doc-3'])
    expect(out[0]?.extra).toEqual({ site: cases[0] })
    expect(out[3]).toEqual({ id: null, line: 4, error: 'not valid JSON' })
    expect(stderr).toMatch(/^vnclean: <stdin>:4: not valid JSON$/mu)
  })

  it('renames fields with --text-field and --id-field; md output stays one record per line', () => {
    const input = jsonl(records.slice(0, 2).map((r) => ({ key: r.id, body: r.text })))
    const { code, stdout } = vnclean(
      ['--input-format', 'jsonl', '--text-field', 'body', '--id-field', 'key', '--format', 'md'],
      { input },
    )
    expect(code).toBe(0)
    const out = jsonLines(stdout)
    expect(out.map((r) => r.key)).toEqual(['doc-0', 'doc-1'])
    expect(String(out[0]?.body)).toMatch(/^---\n/u)
  })

  it('writes one file per record under --out; an id with .. fails for that record only', () => {
    const dir = tempDir()
    const items = [
      records[0],
      { id: '../../escape', text: 'x' },
      { id: '/abs', text: 'x' },
      records[1],
    ]
    writeFileSync(path.join(dir, 'data.jsonl'), jsonl(items))
    const { code, stderr } = vnclean(
      ['data.jsonl', '--input-format', 'jsonl', '--out', 'out', '-q'],
      {
        cwd: dir,
      },
    )
    expect(code).toBe(1)
    expect(filesUnder(path.join(dir, 'out'))).toEqual(['doc-0.json', 'doc-1.json'])
    expect(stderr).toMatch(/data\.jsonl:2: id '\.\.\/\.\.\/escape' would leave the output folder/u)
    expect(stderr).toMatch(/data\.jsonl:3: id '\/abs' is an absolute path/u)
    expect(existsSync(path.join(dir, '..', 'escape.json'))).toBe(false)
  })

  it('runs under GNU parallel --pipe and gives the same documents as one process', () => {
    const hasParallel = spawnSync('parallel', ['--version']).status === 0
    if (!hasParallel && process.env.CI === undefined) {
      console.warn('skipped: GNU parallel is not installed (.ci/run installs it)')
      return
    }
    const many = Array.from({ length: 4 }, () => records)
      .flat()
      .map((r, i) => ({ ...r, id: String(i) }))
    const dir = tempDir()
    writeFileSync(path.join(dir, 'all.jsonl'), jsonl(many))
    const single = vnclean(['--input-format', 'jsonl', '-q', '-'], { input: jsonl(many) })
    const piped = spawnSync(
      'sh',
      [
        '-c',
        `parallel --will-cite --pipe -k -N 5 "${process.execPath}" "${path.join(root, 'bin/vnclean.js')}" --input-format jsonl -q -j 1 < all.jsonl`,
      ],
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    )
    expect(piped.status).toBe(0)
    expect(single.code).toBe(0)
    expect(jsonLines(piped.stdout)).toEqual(jsonLines(single.stdout))
    expect(jsonLines(piped.stdout)).toHaveLength(many.length)
  })
})

describe('long runs', () => {
  it('--resume skips outputs newer than their input and says how many', () => {
    const dir = corpus(1)
    expect(vnclean(['in', '--out', 'out', '-q'], { cwd: dir }).code).toBe(0)
    const again = vnclean(['in', '--out', 'out', '--resume'], { cwd: dir })
    expect(again.code).toBe(0)
    expect(again.stderr).toMatch(
      new RegExp(`0 documents, 0 failed, ${String(cases.length)} skipped`, 'u'),
    )
    // An input changed after its output was written is done again.
    const first = filesUnder(path.join(dir, 'in'))[0] ?? ''
    const future = new Date(Date.now() + 60_000)
    utimesSync(path.join(dir, 'in', first), future, future)
    const third = vnclean(['in', '--out', 'out', '--resume'], { cwd: dir })
    expect(third.stderr).toMatch(
      new RegExp(`1 documents, 0 failed, ${String(cases.length - 1)} skipped`, 'u'),
    )
  })

  it('--shard K/N splits the inputs into disjoint, stable parts that cover them all', () => {
    const dir = corpus(2)
    const all = jsonLines(vnclean(['in', '-q'], { cwd: dir }).stdout).map((a) => a.file)
    const parts = [1, 2, 3].map((k) =>
      jsonLines(vnclean(['in', '-q', '--shard', `${String(k)}/3`], { cwd: dir }).stdout).map(
        (a) => a.file,
      ),
    )
    expect(parts.flat().sort()).toEqual([...all].sort())
    expect(parts.every((part) => part.length > 0)).toBe(true)
    const again = jsonLines(vnclean(['in', '-q', '--shard', '2/3'], { cwd: dir }).stdout).map(
      (a) => a.file,
    )
    expect(again).toEqual(parts[1])
    expect(vnclean(['in', '--shard', '4/3'], { cwd: dir }).code).toBe(2)
  })

  it.each(['1', '2'])(
    'stops cleanly on SIGINT (-j %s): exit 130, complete outputs, no temporary files, a summary',
    async (jobs) => {
      const dir = corpus(40)
      const run = startVnclean(['in', '--out', 'out', '-j', jobs], dir)
      // Wait until some outputs exist, then interrupt.
      const deadline = Date.now() + 20_000
      while (
        Date.now() < deadline &&
        (!existsSync(path.join(dir, 'out')) || filesUnder(path.join(dir, 'out')).length < 5)
      ) {
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      run.child.kill('SIGINT')
      const result = await run.done
      expect(result.code).toBe(130)
      const summary = /vnclean: interrupted after (\d+) of (\d+) documents/u.exec(result.stderr)
      expect(summary).not.toBeNull()
      const written = filesUnder(path.join(dir, 'out'))
      expect(written.length).toBeLessThan(cases.length * 40)
      // Documents waiting for a worker were not started: the summary counts exactly what was written.
      expect(Number(summary?.[1])).toBe(written.length)
      expect(written.filter((file) => !file.endsWith('.json'))).toEqual([])
      for (const file of written) {
        assertValidArticle(JSON.parse(readFileSync(path.join(dir, 'out', file), 'utf8')))
      }
    },
    30_000,
  )
})

describe('progress', () => {
  it('shows a progress bar on a terminal (pseudo-terminal via script) and not in a pipe', () => {
    // The bar is drawn ten times a second: the run must last a few tenths (400 documents).
    const dir = corpus(25)
    const command = `"${process.execPath}" "${path.join(root, 'bin/vnclean.js')}" in --out out -j 1`
    const tty = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    })
    expect(tty.status).toBe(0)
    expect(tty.stdout).toMatch(/\b\d{1,6}\/\d{1,6} documents · [\d.]{1,9} MB · [\d.]{1,9} MB\/s/u)
    const piped = vnclean(['in', '--out', 'out2', '-j', '1'], { cwd: dir })
    expect(piped.stderr).not.toMatch(/MB\/s ·|\r/u)
    expect(piped.stderr.trim().split('\n')).toHaveLength(1)
    const quiet = vnclean(['in', '--out', 'out3', '-q'], { cwd: dir })
    expect(quiet.stderr).toBe('')
  })
})

describe('faults', () => {
  const isRoot = process.getuid?.() === 0
  it('reports a folder it cannot read and still processes the rest (run as nobody when root)', () => {
    const dir = corpus(1)
    for (const entry of readdirSync(dir, { recursive: true }))
      chmodSync(path.join(dir, String(entry)), 0o777)
    chmodSync(dir, 0o777)
    chmodSync(path.join(dir, 'in/part-0/odd'), 0o000)
    const result = isRoot
      ? vnclean(['in', '-q'], { cwd: dir, uid: 65534, gid: 65534 })
      : vnclean(['in', '-q'], { cwd: dir })
    chmodSync(path.join(dir, 'in/part-0/odd'), 0o755)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/in\/part-0\/odd: permission denied/u)
    expect(jsonLines(result.stdout).length).toBe(Math.ceil(cases.length / 2))
  })

  it('refuses an output folder it cannot write, naming it, without touching inputs', () => {
    const dir = corpus(1)
    const before = filesUnder(path.join(dir, 'in')).map(
      (f) => statSync(path.join(dir, 'in', f)).mtimeMs,
    )
    writeFileSync(path.join(dir, 'out'), 'a file, not a folder')
    const { code, stderr } = vnclean(['in', '--out', 'out', '-q'], { cwd: dir })
    expect(code).toBe(1)
    expect(stderr.split('\n')[0]).toMatch(/^vnclean: in\/.*: /u)
    const after = filesUnder(path.join(dir, 'in')).map(
      (f) => statSync(path.join(dir, 'in', f)).mtimeMs,
    )
    expect(after).toEqual(before)
    expect(readFileSync(path.join(dir, 'out'), 'utf8')).toBe('a file, not a folder')
  })
})
