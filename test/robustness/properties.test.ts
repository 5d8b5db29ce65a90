// Invariants that hold for any input (extends test/properties.test.ts, which covers arbitrary
// graphemes and shuffled fixture lines for accounting and idempotence): text from every Unicode
// plane, arbitrary bytes through the decoder, and mutated real pages from ../shared.
// Checked each time: no throw (bytes may be refused with a DecodeError only), every line
// accounted for once, kept plus removed gives back the normalised lines, no word invented, NFC,
// and `clean --format text` idempotent.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { cleanDocument, decodeBytes, DecodeError, emitText } from '../../src/index.js'
import {
  cleaner,
  devsetPages,
  expectInvariants,
  realPages,
  seedPages,
  sharedMissing,
} from './helpers.js'

function clean(text: string) {
  return cleaner({ text, file: null, encoding: 'utf-8' }).article
}

function expectIdempotentText(text: string): void {
  const once = emitText(clean(text))
  expect(emitText(clean(once))).toBe(once)
}

/** Pieces scraped pages are made of, to build lines that look like chrome or captions. */
const PIECES = [
  'Ảnh:',
  '(Ảnh minh họa)',
  'Phản hồi',
  'Rate this post',
  'Chia sẻ',
  'Các tin khác',
  'Tin liên quan',
  'Xem thêm:',
  'Trang chủ >',
  '»',
  ' - 1',
  ' - Ảnh 2.',
  'TPHCM',
  'TP. Hồ Chí Minh',
  'theo SGGP',
  '(Dân trí) -',
  'Thanh Thuy',
  '24/12/2022 - 08:42',
  '•',
  '1.',
  '...',
  '!!!',
  '\u00a0',
  '\u200b',
  '\u00ad',
  '\t',
  'Ð',
  'hoà',
  'o\u0300a',
]

/** A line: real, made of pieces, or arbitrary text. */
function lineArbitrary(real: readonly string[]): fc.Arbitrary<string> {
  const pieces = fc
    .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 12 })), { maxLength: 8 })
    .map((parts) => parts.join(' '))
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...real) },
    { weight: 2, arbitrary: pieces },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.constant('') },
  )
}

const realLines = realPages.flatMap((page) => page.text.split(/\r\n|\r|\n/u))

type Mutation = 'delete' | 'repeat' | 'insert' | 'swap' | 'join' | 'split' | 'case'

/** Whole real pages, mutated: lines dropped, repeated, swapped, joined, split, inserted. */
function mutatedPage(kinds: readonly Mutation[]): fc.Arbitrary<string> {
  return fc
    .record({
      page: fc.constantFrom(...realPages),
      edits: fc.array(
        fc.record({
          at: fc.nat(),
          kind: fc.constantFrom(...kinds),
          line: lineArbitrary(realLines),
        }),
        { maxLength: 12 },
      ),
      lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
    })
    .map(({ page, edits, lineEnd }) => {
      const lines = page.text.split(/\r\n|\r|\n/u)
      for (const edit of edits) mutate(lines, edit.at, edit.kind, edit.line)
      return lines.join(lineEnd)
    })
}

function mutate(lines: string[], at: number, kind: Mutation, inserted: string): void {
  const i = lines.length === 0 ? 0 : at % lines.length
  const line = lines[i] ?? ''
  switch (kind) {
    case 'delete':
      lines.splice(i, 1)
      break
    case 'repeat':
      lines.splice(i, 0, line)
      break
    case 'insert':
      lines.splice(i, 0, inserted)
      break
    case 'swap':
      lines.splice(i, 1, lines[(i + 1) % lines.length] ?? '')
      break
    case 'join':
      lines.splice(i, 2, `${line} ${lines[i + 1] ?? ''}`)
      break
    case 'split': {
      const cut = line.indexOf(' ', line.length >> 1)
      if (cut > 0) lines.splice(i, 1, line.slice(0, cut), line.slice(cut + 1))
      break
    }
    case 'case':
      lines.splice(i, 1, line.toUpperCase())
      break
  }
}

/** Every kind of damage, arbitrary text included: for the invariants. */
const damagedPage = mutatedPage(['delete', 'repeat', 'insert', 'swap', 'join', 'split', 'case'])
/**
 * Damage that keeps each line whole: for idempotence. Splitting a line at random and inserting
 * foreign lines can still make a second cleaning differ (see docs/guarantees.md).
 */
const reorderedPage = mutatedPage(['delete', 'repeat', 'swap', 'join', 'case'])

const builtPage = fc
  .array(lineArbitrary(realLines), { maxLength: 80 })
  .map((lines) => lines.join('\n'))

describe('invariants on arbitrary text', () => {
  it('text from every plane (lone surrogates included): invariants hold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expectInvariants(text, clean(text))
      }),
      { numRuns: 300 },
    )
  })

  it('lines built from chrome, captions, credits and odd spaces: invariants hold', () => {
    fc.assert(
      fc.property(builtPage, (text) => {
        expectInvariants(text, clean(text))
      }),
      { numRuns: 300 },
    )
  })

  it('arbitrary text from every plane: text output is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), expectIdempotentText), {
      numRuns: 200,
    })
  })
})

describe('invariants on arbitrary bytes', () => {
  /** Bytes: random, or UTF-8/UTF-16 text with a few bytes overwritten. */
  const bytesArbitrary = fc.oneof(
    fc.uint8Array({ maxLength: 400 }),
    fc
      .record({
        text: builtPage,
        form: fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom'),
        noise: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
      })
      .map(({ text, form, noise }) => {
        const bytes = encode(text, form)
        for (const [at, value] of noise) if (bytes.length > 0) bytes[at % bytes.length] = value
        return bytes
      }),
  )

  it('cleanDocument: an Article that keeps every invariant, or a DecodeError', () => {
    fc.assert(
      fc.property(bytesArbitrary, (bytes) => {
        let text: string
        try {
          text = decodeBytes(bytes, { encoding: null }).text
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError)
          expect((error as Error).message).not.toContain('\n')
          expect(() => cleanDocument(cleaner, { bytes, file: null, encoding: null })).toThrow(
            DecodeError,
          )
          return
        }
        const { article } = cleanDocument(cleaner, { bytes, file: null, encoding: null })
        expectInvariants(text, article)
      }),
      { numRuns: 300 },
    )
  })

  it('arbitrary bytes without NUL (legacy encodings guessed): text output is idempotent', () => {
    fc.assert(
      fc.property(fc.uint8Array({ min: 1, maxLength: 400 }), (bytes) => {
        let text: string
        try {
          text = decodeBytes(bytes, { encoding: null }).text
        } catch (error) {
          expect(error).toBeInstanceOf(DecodeError)
          return
        }
        expectIdempotentText(text)
      }),
      { numRuns: 300 },
    )
  })
})

describe('invariants on real pages, whole and damaged', () => {
  it('every real page as it is: invariants hold and text output is idempotent', () => {
    for (const page of realPages) {
      const text = decodeBytes(page.bytes, { encoding: null }).text
      expectInvariants(
        text,
        cleanDocument(cleaner, { ...page, file: null, encoding: null }).article,
      )
      expectIdempotentText(text)
    }
  })

  it(`damaged real pages (${String(realPages.length)} pages, ${String(seedPages.length + devsetPages.length)} from ../shared${sharedMissing}): invariants hold`, () => {
    fc.assert(
      fc.property(damagedPage, (text) => {
        expectInvariants(text, clean(text))
      }),
      { numRuns: 200 },
    )
  })

  it('real pages with lines dropped, repeated, swapped, joined, upper-cased: text output is idempotent', () => {
    fc.assert(fc.property(reorderedPage, expectIdempotentText), { numRuns: 300 })
  })
})

function encode(text: string, form: string): Uint8Array {
  const utf8 = Buffer.from(text, 'utf8')
  switch (form) {
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8])
    case 'utf-16le-bom':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    case 'utf-16be-bom':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])
    default:
      return utf8
  }
}
