// Bad input at the library level: every case gives a valid Article (checked against the published
// JSON Schema and the accounting invariants) or, for bytes that are not text, a DecodeError
// with a one-line message. Never any other exception.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { describe, expect, it } from 'vitest'
import {
  cleanDocument,
  decodeBytes,
  DecodeError,
  emitJson,
  emitMarkdown,
  emitText,
  type Article,
} from '../../src/index.js'
import { cleaner, expectInvariants, fixturePages, repoRoot } from './helpers.js'

const schemaPath = path.join(repoRoot, 'schema/article.schema.json')
const validate = existsSync(schemaPath)
  ? new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(schemaPath, 'utf8')))
  : null

const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8')
const utf16le = (text: string): Uint8Array =>
  Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
const utf16be = (text: string): Uint8Array =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])

/** Clean bytes; the Article must be valid JSON by the schema and keep every invariant. */
function cleanValid(bytes: Uint8Array, deep = true): Article {
  const { text } = decodeBytes(bytes, { encoding: null })
  const { article } = cleanDocument(cleaner, { bytes, file: 'input.txt', encoding: null })
  const json: unknown = JSON.parse(emitJson(article, false))
  if (validate !== null) expect(validate(json), JSON.stringify(validate.errors)).toBe(true)
  expect(typeof emitMarkdown(article)).toBe('string')
  expect(typeof emitText(article)).toBe('string')
  if (deep) expectInvariants(text, article)
  return article
}

function expectDecodeError(bytes: Uint8Array, reason: RegExp): void {
  let caught: unknown
  try {
    cleanDocument(cleaner, { bytes, file: 'input.txt', encoding: null })
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(DecodeError)
  const message = (caught as DecodeError).message
  expect(message).toMatch(reason)
  expect(message).not.toContain('\n')
}

const page = fixturePages.find((entry) => entry.name === 'fixtures/counters-and-credit-line')
const pageText = page?.text ?? ''

describe('bad input: empty and blank', () => {
  it(`schema validation${validate === null ? ' (skipped: no schema/article.schema.json)' : ''} is on`, () => {
    expect(validate === null || typeof validate === 'function').toBe(true)
  })

  it('empty bytes: an empty Article', () => {
    const article = cleanValid(new Uint8Array())
    expect(article.blocks).toEqual([])
    expect(article.removed).toEqual([])
    expect(article.stats).toEqual({ lines: 0, kept: 0, removed: 0 })
    expect(article.title).toBeNull()
    expect(article.lang).toBe('und')
    expect(emitText(article)).toBe('')
  })

  it('white space only (spaces, tabs, NBSP, zero-width, CRLF, a million line breaks): no lines', () => {
    for (const text of [
      ' ',
      '\t\t',
      '\n\n\n',
      '\r\n \r\n',
      '\u00a0\u200b\u2003\ufeff',
      '\n'.repeat(1e6),
    ]) {
      const article = cleanValid(utf8(text))
      expect(article.blocks).toEqual([])
      expect(article.stats.lines).toBe(0)
    }
  })

  it('a byte-order mark alone (UTF-8, UTF-16 LE, UTF-16 BE): no lines', () => {
    for (const bytes of [utf8('\ufeff'), utf16le(''), utf16be('')]) {
      expect(cleanValid(bytes).stats.lines).toBe(0)
    }
  })
})

describe('bad input: bytes that are not UTF-8 text', () => {
  it('NUL bytes in the first 8 KiB: DecodeError "binary file"', () => {
    expectDecodeError(Buffer.from([0x00]), /binary/u)
    expectDecodeError(Buffer.concat([utf8(pageText.slice(0, 200)), Buffer.alloc(16)]), /binary/u)
    expectDecodeError(Buffer.from(pageText, 'utf16le'), /binary/u)
  })

  it('a NUL byte after the first 8 KiB: decoded, and a valid Article', () => {
    const bytes = Buffer.concat([
      utf8(`${'Dòng chữ bình thường.\n'.repeat(500)}`),
      Buffer.from([0]),
    ])
    expect(bytes.length).toBeGreaterThan(8192)
    const article = cleanValid(bytes)
    expect(article.stats.lines).toBeGreaterThanOrEqual(500)
  })

  it('invalid UTF-8 (stray continuation bytes, truncated sequences, overlongs): a valid Article', () => {
    const cases = [
      Buffer.concat([utf8('Tin tức '), Buffer.from([0x80, 0xbf]), utf8(' hôm nay\n')]),
      Buffer.concat([utf8(pageText), Buffer.from([0xe1, 0xba])]),
      Buffer.from([0xc0, 0xaf, 0x0a, 0xed, 0xa0, 0x80, 0x0a, 0xf8, 0x88, 0x80, 0x80, 0x80]),
      Buffer.from(Array.from({ length: 4096 }, (_, i) => 0x80 + (i % 0x7f))),
    ]
    for (const bytes of cases) cleanValid(bytes)
  })

  it('UTF-16 LE and BE with a BOM: the same Article as UTF-8', () => {
    const expected = cleanValid(utf8(pageText))
    for (const [bytes, encoding] of [
      [utf16le(pageText), 'utf-16le'],
      [utf16be(pageText), 'utf-16be'],
    ] as const) {
      const article = cleanValid(bytes)
      expect(article.normalization.encoding).toBe(encoding)
      expect(article.blocks).toEqual(expected.blocks)
      expect(article.removed).toEqual(expected.removed)
    }
  })

  it('UTF-16 with a BOM and an odd byte count or lone surrogates: a valid Article', () => {
    cleanValid(Buffer.concat([utf16le('Tin tức hôm nay'), Buffer.from([0x41])]))
    cleanValid(Buffer.concat([utf16le('Tin '), Buffer.from([0x00, 0xd8, 0x41, 0x00])]))
    cleanValid(Buffer.concat([utf16be('Tin '), Buffer.from([0xdc, 0x00, 0x00, 0x41])]))
  })

  it('a forced encoding that does not fit: DecodeError, one line', () => {
    expect(() => decodeBytes(Buffer.from([0xff, 0x41]), { encoding: 'utf-8' })).toThrow(DecodeError)
    expect(() => decodeBytes(utf8('x'), { encoding: 'no-such-encoding' })).toThrow(
      /unknown encoding/u,
    )
  })
})

describe('bad input: shapes of text', () => {
  it('a 30 MB line without a space: a valid Article, the line kept or removed whole', () => {
    const line = 'Trườnghợpđặcbiệt.,;!?()[]/>»|-–0123456789'.repeat(800_000)
    const bytes = utf8(line)
    expect(bytes.length).toBeGreaterThan(30e6)
    const article = cleanValid(bytes, false)
    expect(article.stats).toMatchObject({ lines: 1 })
    const covered = article.blocks.length + article.removed.filter((r) => !r.partial).length
    expect(covered).toBe(1)
  }, 120_000)

  it('200,000 image alt lines (`Tin số N - 1`): no limit on arguments or stack is reached', () => {
    // The shortest and longest stem were once `Math.min(...lengths)`: past ~120,000 tails V8
    // threw "Maximum call stack size exceeded".
    const lines = Array.from({ length: 200_000 }, (_, i) => `Tin số ${String(i)} - 1`)
    const article = cleanValid(utf8(lines.join('\n')), false)
    expect(article.stats.lines).toBe(200_000)
  }, 120_000)

  it('only boilerplate: every line removed, with a rule id', () => {
    const text = [
      'Trang chủ > Tin tức > Xã hội',
      'Chia sẻ',
      'Rate this post',
      'Phản hồi',
      'Leave a Reply',
      'Your email address will not be published. Required fields are marked *',
      'Thống kê truy cập',
      'Người trực tuyến',
      'Khách 875',
      'Tổng lượt truy cập: 86331443',
      'Hiện tại không có bình chọn nào đang hoạt động.',
      'Video Video',
      'Các tin khác',
      '506 Go top',
    ].join('\n')
    const article = cleanValid(utf8(text))
    expect(article.blocks).toEqual([])
    expect(article.stats.removed).toBe(article.stats.lines)
    for (const entry of article.removed) expect(entry.rule).toMatch(/^strip\/[a-z-]+$/u)
  })

  it('only punctuation and symbols: a valid Article', () => {
    for (const text of [
      '...',
      '!!!\n???\n…',
      '• • •\n- - -\n> > >\n| | |',
      '()[]{}«»“”',
      '—\n–\n-',
    ]) {
      cleanValid(utf8(text))
    }
  })

  it('control characters, lone CRs, mixed line ends and a line of 100,000 tiny words', () => {
    cleanValid(utf8('Dòng\u0001một\u0007\rdòng hai\r\n\u001bdòng ba\n\u0085\u2028dòng bốn'))
    cleanValid(utf8(`${'a '.repeat(100_000)}\nTin tức`))
  })
})
