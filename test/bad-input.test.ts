// The bad-input matrix through the real binary: each case gives the right exit status, at most
// one line per problem on stderr, no stack trace, and leaves the other inputs' outputs intact.
import { spawn } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { assertValidArticle, assertValidJsonLines } from './helpers/validate-article.js'
import { bin, fixtures, startVnclean, tempDir, vnclean } from './helpers/vnclean.js'

const good = readFileSync(path.join(fixtures, 'counters-and-credit-line/input.txt'))
const noStackTrace = (stderr: string): void => {
  // A stack frame line looks like `    at fn (file.js:1:2)`.
  expect(stderr.split('\n').some((line) => line.trimStart().startsWith('at '))).toBe(false)
  expect(stderr).not.toMatch(/Error:|TypeError|RangeError/u)
}

/** A folder with one good input next to the bad one; returns the stdout documents and more. */
function beside(name: string, content: Buffer | string) {
  const dir = tempDir()
  mkdirSync(path.join(dir, 'in'))
  writeFileSync(path.join(dir, 'in/a-good.txt'), good)
  writeFileSync(path.join(dir, `in/${name}`), content)
  const result = vnclean(['in', '-q', '-j', '1'], { cwd: dir })
  noStackTrace(result.stderr)
  return { ...result, articles: assertValidJsonLines(result.stdout) as { file: string }[] }
}

describe('bad input matrix', () => {
  it('missing file: exit 2, one line', () => {
    const { code, stderr } = vnclean(['nope.txt'])
    expect(code).toBe(2)
    expect(stderr).toBe('vnclean: nope.txt: no such file or folder\n')
  })

  it('folder without matching files: exit 2, one line', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'x.md'), 'x')
    const { code, stderr } = vnclean(['.'], { cwd: dir })
    expect(code).toBe(2)
    expect(stderr).toBe('vnclean: .: no files with extension .txt\n')
  })

  it('binary file and NUL bytes: named, exit 1, the good input still cleaned', () => {
    for (const bytes of [
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]),
      Buffer.from('abc\0def\0'),
    ]) {
      const { code, stderr, articles } = beside('b-bad.txt', bytes)
      expect(code).toBe(1)
      expect(stderr).toMatch(/^vnclean: in\/b-bad\.txt: .+\n$/u)
      expect(articles.map((a) => a.file)).toEqual(['in/a-good.txt'])
    }
  })

  it('invalid UTF-8: read as a legacy or Western encoding, never refused, nothing lost', () => {
    const { code, articles } = beside(
      'b-latin.txt',
      Buffer.from('Caf\xe9 cr\xe8me au lait, tr\xe8s bon.\n', 'latin1'),
    )
    expect(code).toBe(0)
    expect(JSON.stringify(articles[1])).toContain('Café crème')
  })

  it('invalid UTF-8 under --encoding utf-8: refused for that file only', () => {
    const dir = tempDir()
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x61, 0xff, 0xfe, 0x62]))
    writeFileSync(path.join(dir, 'good.txt'), good)
    const { code, stderr, stdout } = vnclean(['bad.txt', 'good.txt', '--encoding', 'utf-8', '-q'], {
      cwd: dir,
    })
    expect(code).toBe(1)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^vnclean: bad\.txt: /u)
    expect(assertValidJsonLines(stdout)).toHaveLength(1)
  })

  it('UTF-16 with a BOM (LE and BE): decoded', () => {
    const text = 'Tiếng Việt có dấu.\nMột đoạn văn bản đủ dài để là một đoạn văn của bài báo này.\n'
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    const be = Buffer.from(le)
    be.swap16()
    for (const bytes of [le, be]) {
      const { code, articles } = beside('b-utf16.txt', bytes)
      expect(code).toBe(0)
      expect(JSON.stringify(articles[1])).toContain('Tiếng Việt có dấu.')
    }
  })

  it('empty and whitespace-only files: a valid empty article, exit 0', () => {
    for (const content of ['', ' \n\t\n\u00a0\n']) {
      const { code, stderr, articles } = beside('b-empty.txt', content)
      expect(code).toBe(0)
      expect(stderr).toBe('')
      expect(articles[1]).toMatchObject({ title: null, blocks: [], removed: [] })
    }
  })

  it('a 30 MB single line: cleaned like any other input, next to a good one', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'in'))
    writeFileSync(path.join(dir, 'in/a-good.txt'), good)
    // Sentences that differ (a repeated one would rightly be cut as doubled text).
    const sentences: string[] = []
    for (let i = 0, bytes = 0; bytes < 30e6; i++) {
      const sentence = `Câu thứ ${String(i)} nói về việc phân loại rác tại nguồn ở quận ${String(i % 97)}.`
      sentences.push(sentence)
      bytes += Buffer.byteLength(sentence) + 1
    }
    const body = sentences.join(' ')
    writeFileSync(path.join(dir, 'in/b-long.txt'), `Tiêu đề một bài báo rất dài\n${body}\n`)
    // Spawned, not run synchronously: the test runner's worker must stay responsive meanwhile.
    const { code, stderr } = await startVnclean(['in', '-q', '-j', '1', '--out', 'out'], dir).done
    expect(code).toBe(0)
    noStackTrace(stderr)
    expect(stderr).toBe('')
    for (const name of ['a-good.json', 'b-long.json']) {
      assertValidArticle(JSON.parse(readFileSync(path.join(dir, 'out', name), 'utf8')))
    }
    const long = JSON.parse(readFileSync(path.join(dir, 'out/b-long.json'), 'utf8')) as {
      blocks: { text: string }[]
    }
    // Kept whole, as one paragraph (the text is clean: nothing to normalise).
    expect(long.blocks.some((block) => block.text === body)).toBe(true)
  }, 180_000)

  it('very deep folders: found, and outputs mirror them', () => {
    const dir = tempDir()
    const deep = path.join(dir, 'in', ...Array.from({ length: 60 }, (_, i) => `d${String(i)}`))
    mkdirSync(deep, { recursive: true })
    writeFileSync(path.join(deep, 'x.txt'), good)
    const { code, stderr } = vnclean(['in', '--out', 'out', '-q'], { cwd: dir })
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(
      existsSync(
        path.join(deep.replace(`${path.sep}in${path.sep}`, `${path.sep}out${path.sep}`), 'x.json'),
      ),
    ).toBe(true)
  })

  it('a file without read permission: named, exit 1, the others cleaned (as nobody when root)', () => {
    const dir = tempDir()
    chmodSync(dir, 0o755)
    writeFileSync(path.join(dir, 'a.txt'), good, { mode: 0o644 })
    writeFileSync(path.join(dir, 'b.txt'), good, { mode: 0o000 })
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const { code, stderr, stdout } = vnclean(['a.txt', 'b.txt', '-q'], { cwd: dir, ...asNobody })
    expect(code).toBe(1)
    expect(stderr).toBe('vnclean: b.txt: permission denied\n')
    expect(assertValidJsonLines(stdout)).toHaveLength(1)
  })

  it('a file that vanishes mid-run: named, exit 1, the rest written', async () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'in'))
    for (let i = 0; i < 400; i++)
      writeFileSync(path.join(dir, 'in', `${String(i).padStart(3, '0')}.txt`), good)
    const run = startVnclean(['in', '--out', 'out', '-j', '1', '-q'], dir)
    const deadline = Date.now() + 20_000
    while (
      Date.now() < deadline &&
      !(existsSync(path.join(dir, 'out')) && readdirSync(path.join(dir, 'out')).length > 0)
    ) {
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    rmSync(path.join(dir, 'in/399.txt'))
    const result = await run.done
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      'vnclean: in/399.txt: no such file (it may have been removed during the run)\n',
    )
    expect(readdirSync(path.join(dir, 'out'))).toHaveLength(399)
  }, 60_000)

  it('a broken JSON Lines record: that record only', () => {
    const input = `${JSON.stringify({ id: 'a', text: good.toString() })}\n{"id": "b", "text": 3}\n[1]\n`
    const { code, stdout, stderr } = vnclean(['--input-format', 'jsonl', '-q'], { input })
    expect(code).toBe(1)
    const out = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
    assertValidArticle(out[0])
    expect(out.map((r) => r.error ?? 'ok')).toEqual([
      'ok',
      "field 'text' is not a string",
      'not a JSON object',
    ])
    expect(stderr.trim().split('\n')).toHaveLength(2)
    noStackTrace(stderr)
  })

  it('an output folder that cannot be written: each input named, inputs untouched', () => {
    const dir = tempDir()
    chmodSync(dir, 0o755)
    writeFileSync(path.join(dir, 'a.txt'), good, { mode: 0o644 })
    mkdirSync(path.join(dir, 'out'), { mode: 0o555 })
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {}
    const { code, stderr } = vnclean(['a.txt', '--out', 'out', '-q'], { cwd: dir, ...asNobody })
    expect(code).toBe(1)
    expect(stderr).toBe('vnclean: a.txt: permission denied\n')
    expect(readFileSync(path.join(dir, 'a.txt'))).toEqual(good)
  })

  it('output into a pipe that closes early (| head): quiet exit, no EPIPE trace', async () => {
    const dir = tempDir()
    for (let i = 0; i < 200; i++) writeFileSync(path.join(dir, `${String(i)}.txt`), good)
    const child = spawn(process.execPath, [bin, '.', '-q', '-j', '1'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.stdout.once('data', () => child.stdout.destroy())
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect(stderr).toBe('')
    expect(code).toBe(0)
  }, 30_000)
})
