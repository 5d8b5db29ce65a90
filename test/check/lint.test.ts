// `vnclean check --lint`: the pipeline's own decisions reported on text that should be clean.
import { readdirSync, existsSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintDocument } from '../../src/check/lint.js'
import { markdownToPlain } from '../../src/check/markdown-lines.js'
import { createCleaner } from '../../src/pipeline/processor.js'
import { resolveSettings } from '../../src/settings.js'
import type { Settings } from '../../src/types.js'
import { root, tempDir, vnclean } from './spawn.js'

const cases = readdirSync(path.join(root, 'fixtures')).filter((name) =>
  existsSync(path.join(root, 'fixtures', name, 'input.txt')),
)

function lint(text: string, markdown = false, settings: Partial<Settings> = {}) {
  const resolved = resolveSettings(settings)
  return lintDocument(
    { text, file: null, encoding: 'utf-8', markdown },
    createCleaner(resolved),
    resolved,
  )
}

const PARAGRAPH =
  'Chính phủ đã ban hành nghị quyết về việc bảo đảm an ninh lương thực cho người dân trong cả nước.'
const SECOND =
  'Theo kế hoạch, các bộ ngành sẽ phối hợp với địa phương để triển khai những giải pháp cụ thể trong năm tới.'

describe('lint (in-process)', () => {
  it('finds nothing in clean text', () => {
    expect(lint(`Tiêu đề của bài báo hôm nay\n\n${PARAGRAPH}\n`)).toEqual([])
  })

  it('reports non-NFC text, mistyped tones and mojibake at their line and column', () => {
    const text = [
      'Tiêu đề của bài báo hôm nay',
      '',
      `Tie\u0302\u0301ng Vie\u0323\u0302t là ngôn ngữ chính thức. ${PARAGRAPH}`,
      `Ông ấy baỏ rằng ${PARAGRAPH}`,
      `Tiáº¿ng Viá»‡t rất hay. ${PARAGRAPH}`,
    ].join('\n')
    const found = lint(text).map((m) => [m.ruleId, m.line, m.column, m.actual, m.expected])
    expect(found).toEqual([
      ['normalise/nfc', 3, 1, 'Tie\u0302\u0301ng', 'Tiếng'],
      ['normalise/nfc', 3, 9, 'Vie\u0323\u0302t', 'Việt'],
      ['normalise/tone-placement', 4, 8, 'baỏ', 'bảo'],
      ['normalise/mojibake', 5, 1, 'Tiáº¿ng', 'Tiếng'],
      ['normalise/mojibake', 5, 9, 'Viá»‡t', 'Việt'],
    ])
    expect(lint(text)[0]?.reason).toBe('Not Unicode NFC: `Tie<U+0302><U+0301>ng` should be `Tiếng`')
  })

  it('reports the less common tone style when a text mixes both', () => {
    const text = `Bàn về hòa bình\n\nHòa bình và thủy lợi, hòa hợp dân tộc. ${PARAGRAPH}\nThuỷ lợi là cần thiết. ${PARAGRAPH}\n`
    const found = lint(text)
    expect(found.map((m) => [m.ruleId, m.line, m.column, m.actual, m.expected])).toEqual([
      ['normalise/tone-style', 4, 1, 'Thuỷ', 'Thủy'],
    ])
    expect(found[0]?.reason).toMatch(
      /^Mixed tone styles: `Thuỷ` is in the new style, most of the text in the old style/u,
    )
    // One style throughout is fine; so is a style forced by the user, which then flags the other.
    expect(lint(text.replace('Thuỷ', 'Thủy'))).toEqual([])
    expect(lint(text, false, { toneStyle: 'new' }).map((m) => m.actual)).toEqual([
      'hòa',
      'Hòa',
      'thủy',
      'hòa',
    ])
    expect(lint(text, false, { disabled: new Set(['normalise/tone-style']) })).toEqual([])
  })

  it('reports leftover boilerplate with the rule that would remove it', () => {
    const text = `Tiêu đề của bài báo hôm nay\n\n${PARAGRAPH}\nChia sẻ\n${SECOND}\n`
    const [message, ...rest] = lint(text)
    expect(rest).toEqual([])
    expect(message).toMatchObject({ ruleId: 'strip/page-widget', line: 4, column: 1, endColumn: 8 })
    expect(message?.reason).toBe('Leftover boilerplate (Page widget, not article text): `Chia sẻ`')
  })

  it('lints Markdown: front matter skipped, markers dropped, columns in the Markdown file', () => {
    const markdown = [
      '---',
      'title: Tiêu đề',
      'authors: []',
      '---',
      '',
      '# Tiêu đề của bài báo hôm nay',
      '',
      PARAGRAPH,
      '',
      '*Ông ấy baỏ rằng mọi việc đều ổn.*',
      '',
      '- Mục một của danh sách',
      '',
      '**Chia sẻ**',
      '',
      SECOND,
    ].join('\n')
    const found = lint(markdown, true).map((m) => [m.ruleId, m.line, m.column])
    expect(found).toEqual([
      ['normalise/tone-placement', 10, 9],
      ['strip/page-widget', 14, 3],
    ])
  })
})

describe('markdownToPlain', () => {
  it('keeps one line per line and maps columns back', () => {
    const source = '---\na: b\n---\n## Mục\\* một ##\n> *Trích dẫn*\n```\ncode\n```\n***\n1. Mục'
    const plain = markdownToPlain(source)
    expect(plain.text.split('\n')).toEqual([
      '',
      '',
      '',
      'Mục* một',
      'Trích dẫn',
      '',
      '',
      '',
      '',
      '1. Mục',
    ])
    expect(plain.origins[3]).toEqual([3, 4, 5, 7, 8, 9, 10, 11])
    expect(plain.origins[4]?.[0]).toBe(3)
  })
})

describe('vnclean check --lint (spawned)', () => {
  it("passes vnclean's own text and Markdown output of every fixture", () => {
    const dir = tempDir()
    for (const format of ['text', 'md'] as const) {
      const { code } = vnclean([
        'fixtures',
        '--format',
        format,
        '--out',
        path.join(dir, format),
        '-q',
      ])
      expect(code).toBe(0)
    }
    const { code, stdout } = vnclean(['check', '--lint', '.', '--quiet'], { cwd: dir })
    expect(stdout).toBe(`✔ ${String(cases.length * 2)} files linted\n`)
    expect(code).toBe(0)
  })

  it('flags a dirty file with rule ids and line numbers, exit 1', () => {
    const dir = tempDir()
    mkdirSync(path.join(dir, 'out'))
    writeFileSync(
      path.join(dir, 'out/dirty.txt'),
      `Tiêu đề của bài báo hôm nay\n\nÔng ấy baỏ rằng ${PARAGRAPH}\nChia sẻ\n${SECOND}\n`,
    )
    writeFileSync(path.join(dir, 'out/clean.txt'), `Tiêu đề của bài báo hôm nay\n\n${PARAGRAPH}\n`)
    const { code, stdout } = vnclean(['check', '--lint', 'out'], { cwd: dir })
    expect(code).toBe(1)
    expect(stdout).toContain('out/clean.txt: no issues found')
    expect(stdout).toMatch(
      /out\/dirty\.txt\n {2}3:8-3:11 +error +Mistyped tone mark: `baỏ` should be `bảo` +normalise\/tone-placement\n {2}4:1-4:8 +error +Leftover boilerplate .*`Chia sẻ` +strip\/page-widget\n/u,
    )
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('✖ 2 errors in 1 of 2 files')

    const json = JSON.parse(
      vnclean(['check', '--lint', 'out/dirty.txt', '-r', 'json'], { cwd: dir }).stdout,
    ) as {
      kind: string
      files: { messages: { ruleId: string; line: number }[] }[]
    }
    expect(json.kind).toBe('lint')
    expect(json.files[0]?.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['normalise/tone-placement', 3],
      ['strip/page-widget', 4],
    ])
    const github = vnclean(['check', '--lint', 'out/dirty.txt', '-r', 'github'], {
      cwd: dir,
    }).stdout
    expect(github).toContain(
      '::error file=out/dirty.txt,line=4,col=1,endLine=4,endColumn=8,title=strip/page-widget::',
    )
    // --disable silences a rule.
    const disabled = vnclean(
      [
        'check',
        '--lint',
        'out/dirty.txt',
        '--disable',
        'strip/page-widget,normalise/tone-placement',
      ],
      { cwd: dir },
    )
    expect(disabled.code).toBe(0)
  })

  it('reads standard input, and flags a file that is not UTF-8', () => {
    const piped = vnclean(['check', '--lint'], {
      input: `Tiêu đề của bài báo hôm nay\n\n${PARAGRAPH}\nChia sẻ\n`,
    })
    expect(piped.code).toBe(1)
    expect(piped.stdout).toMatch(/^<stdin>\n {2}4:1-4:8 +error/u)
    const dir = tempDir()
    writeFileSync(
      path.join(dir, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${PARAGRAPH}\n`, 'utf16le')]),
    )
    const { code, stdout } = vnclean(['check', '--lint', 'utf16.txt'], { cwd: dir })
    expect(code).toBe(1)
    expect(stdout).toMatch(
      /1:1 +error +The file is encoded as utf-16le, not UTF-8 +normalise\/legacy-encoding/u,
    )
  })
})
