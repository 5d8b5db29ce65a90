// `vnclean explain`: the spawned binary, with and without colour, and the renderer's invariants.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { stripVTControlCharacters } from 'node:util'
import { describe, expect, it } from 'vitest'
import { Chalk } from 'chalk'
import { explainText } from '../src/check/explanation.js'
import { createCleaner } from '../src/pipeline/processor.js'
import { colorLevel } from '../src/report/color-level.js'
import { renderExplanation } from '../src/report/explain.js'
import { resolveSettings } from '../src/settings.js'
import { tempDir, vnclean } from './check/spawn.js'

const ESC = '\u001b'
const counters = 'fixtures/counters-and-credit-line/input.txt'
const doubled = 'fixtures/doubled-caption-inline/input.txt'

describe('vnclean explain (spawned)', () => {
  it('shows the metadata on top, then every line: kept with its block type, removed with its rule', () => {
    const { code, stdout, stderr } = vnclean(['explain', counters])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).not.toContain(ESC)
    const lines = stdout.split('\n')
    expect(lines[0]).toBe(counters)
    expect(lines[1]).toMatch(
      /^ {2}title +Thường trực Ban Bí thư làm việc với Ban Thường vụ Thành ủy TPHCM$/u,
    )
    expect(stdout).toMatch(/\n {2}outlet +SGGP\n/u)
    expect(stdout).toMatch(/\n {2}lines +\d+ non-blank: \d+ kept, \d+ removed; \d+ normalised\n/u)
    expect(stdout).toMatch(/\n 3 {3}paragraph +\(Chinhphu\.vn\) - Chiều 12\/12/u)
    expect(stdout).toMatch(/\n40 {3}source +theo SGGP\n/u)
    expect(stdout).toMatch(/\n42 - strip\/page-widget +506 Go top\n/u)
    // A normalised line is marked, and the change listed under it.
    expect(stdout).toMatch(
      /\n 1 ~ title +Thường trực .*\n +normalise\/space \(col 65\): <U\+00A0> → ∅\n/u,
    )
  })

  it('shows a piece removed from inside a line as [-…-]', () => {
    const { stdout } = vnclean(['explain', doubled])
    expect(stdout).toMatch(
      /\n11 ~ caption +Đồng chí Lại Xuân Môn phát biểu tại buổi làm việc\. \[-Đồng chí Lại Xuân Môn phát biểu tại buổi làm việc\.-\]\n +strip\/doubled-text removed Đồng chí/u,
    )
  })

  it('colours with FORCE_COLOR or --color; not with NO_COLOR, --no-color, or in a pipe', () => {
    const plain = vnclean(['explain', counters]).stdout
    const forced = vnclean(['explain', counters], { env: { FORCE_COLOR: '1' } }).stdout
    expect(forced).toContain(ESC)
    // Removed lines struck through and dimmed; kept block types in cyan.
    expect(forced).toContain(`${ESC}[2m${ESC}[9m506 Go top${ESC}[29m${ESC}[22m`)
    expect(forced).toContain(`${ESC}[36msource`)
    // The colour output is the plain output plus styling, nothing else.
    expect(stripVTControlCharacters(forced)).toBe(plain)
    expect(vnclean(['explain', counters, '--color']).stdout).toBe(forced)
    expect(
      vnclean(['explain', counters], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout,
    ).toBe(plain)
    expect(vnclean(['explain', counters, '--no-color'], { env: { FORCE_COLOR: '3' } }).stdout).toBe(
      plain,
    )
    expect(vnclean(['--color', 'explain', counters], { env: { NO_COLOR: '1' } }).stdout).toContain(
      ESC,
    )
    expect(vnclean(['explain', counters], { env: { FORCE_COLOR: '0' } }).stdout).toBe(plain)
  })

  it('highlights the characters the normaliser put in', () => {
    const dir = tempDir()
    writeFileSync(
      path.join(dir, 'a.txt'),
      'Tiêu đề của bài báo hôm nay\n\nÔng ấy baỏ rằng mọi việc vẫn tốt đẹp như trước đây, theo báo cáo mới nhất của Chính phủ.\n',
    )
    const { stdout } = vnclean(['explain', 'a.txt'], { cwd: dir, env: { FORCE_COLOR: '1' } })
    expect(stdout).toContain(` b${ESC}[30m${ESC}[43mảo${ESC}[49m${ESC}[39m rằng`)
    expect(stripVTControlCharacters(stdout)).toMatch(
      /\n3 ~ paragraph +Ông ấy bảo rằng .*\n +normalise\/tone-placement \(col 8\): baỏ → bảo\n/u,
    )
  })

  it('reads standard input with -, and takes --disable and --tone-style', () => {
    const text =
      'Tiêu đề của bài báo hôm nay\n\nChính phủ bảo đảm hòa bình cho người dân trong cả nước vào năm nay và những năm tới.\nChia sẻ\n'
    const piped = vnclean(['explain', '-'], { input: text })
    expect(piped.code).toBe(0)
    expect(piped.stdout.split('\n')[0]).toBe('<stdin>')
    expect(piped.stdout).toMatch(/\n4 - strip\/page-widget +Chia sẻ\n/u)
    const options = vnclean(
      ['explain', '-', '--disable', 'strip/page-widget', '--tone-style', 'new'],
      { input: text },
    )
    expect(options.stdout).not.toContain('strip/page-widget')
    expect(options.stdout).toContain('normalise/tone-style (col 19): hòa → hoà')
  })

  it('exits 2 on a missing file, a folder, or an unknown rule id; 1 on binary input', () => {
    const missing = vnclean(['explain', 'nope.txt'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toBe('vnclean: nope.txt: no such file\n')
    expect(vnclean(['explain', 'fixtures']).stderr).toBe(
      'vnclean: fixtures: not a file (explain takes one file)\n',
    )
    expect(vnclean(['explain', counters, '--enable', 'strip/nope']).code).toBe(2)
    expect(vnclean(['explain']).code).toBe(2)
    const dir = tempDir()
    writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 0, 0, 255, 0]))
    const binary = vnclean(['explain', 'bin.txt'], { cwd: dir })
    expect(binary.code).toBe(1)
    expect(binary.stderr).toMatch(/^vnclean: bin\.txt: .+\n$/u)
  })
})

describe('explain renderer', () => {
  it('accounts for every source line, in order', () => {
    const settings = resolveSettings()
    const text =
      'Tiêu đề của bài báo hôm nay\n\nMột đoạn văn dài để kiểm tra, có đủ chữ để là một câu hoàn chỉnh của bài báo.\nChia sẻ\n'
    const explanation = explainText(
      { text, file: 'x.txt', encoding: 'utf-8' },
      createCleaner(settings),
      settings,
    )
    expect(explanation.lines.map((line) => [line.line, line.status])).toEqual([
      [1, 'kept'],
      [2, 'blank'],
      [3, 'kept'],
      [4, 'removed'],
    ])
    const rendered = renderExplanation(explanation, new Chalk({ level: 0 }))
    expect(rendered.split('\n').filter((line) => /^\d/u.test(line))).toHaveLength(4)
  })
})

describe('colour level', () => {
  const env = (values: Record<string, string>) => values
  it.each([
    [undefined, {}, true, 1],
    [undefined, {}, false, 0],
    [undefined, { TERM: 'dumb' }, true, 0],
    [undefined, { TERM: 'xterm-256color' }, true, 2],
    [undefined, { COLORTERM: 'truecolor' }, true, 3],
    [undefined, { NO_COLOR: '1' }, true, 0],
    [undefined, { NO_COLOR: '' }, true, 1],
    [undefined, { FORCE_COLOR: '1' }, false, 1],
    [undefined, { FORCE_COLOR: '3' }, false, 3],
    [undefined, { FORCE_COLOR: '' }, false, 1],
    [undefined, { FORCE_COLOR: '0' }, true, 0],
    [undefined, { FORCE_COLOR: 'false' }, true, 0],
    [undefined, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, 0],
    [true, { NO_COLOR: '1' }, false, 1],
    [true, { TERM: 'xterm-256color' }, false, 2],
    [false, { FORCE_COLOR: '3' }, true, 0],
  ] as const)('flag %s, env %j, tty %s → level %i', (flag, values, isTTY, level) => {
    expect(colorLevel({ flag, env: env(values), isTTY })).toBe(level)
  })
})
