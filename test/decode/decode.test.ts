/** decodeBytes: BOMs, UTF-16, binary input, forced and detected legacy encodings (glibc/recode vectors). */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  DecodeError,
  decodeBytes,
  resolveEncoding,
  SUPPORTED_ENCODINGS,
} from '../../src/decode/index.js'
import { normalizeLine, type TextEdit } from '../../src/normalize/index.js'

interface Encoded {
  encoding: string
  text: string
  hex: string
}
const vectors = JSON.parse(
  readFileSync(path.resolve(import.meta.dirname, '../vectors/legacy-bytes.json'), 'utf8'),
) as Encoded[]
const bytesOf = (hex: string): Uint8Array => Uint8Array.from(Buffer.from(hex, 'hex'))
const detect = (bytes: Uint8Array): ReturnType<typeof decodeBytes> =>
  decodeBytes(bytes, { encoding: null })
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

describe('Unicode input', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(detect(utf8('Tiếng Việt\r\n'))).toEqual({ text: 'Tiếng Việt\r\n', encoding: 'utf-8' })
    expect(detect(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Việt')]))).toEqual({
      text: 'Việt',
      encoding: 'utf-8',
    })
  })
  it('reads UTF-16 with a BOM', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Việt\n', 'utf16le')])
    expect(detect(le)).toEqual({ text: 'Việt\n', encoding: 'utf-16le' })
    const be = Buffer.from('Việt', 'utf16le').swap16()
    expect(detect(Uint8Array.from([0xfe, 0xff, ...be]))).toEqual({
      text: 'Việt',
      encoding: 'utf-16be',
    })
  })
  it('rejects binary input', () => {
    expect(() => detect(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toThrow(DecodeError)
  })
  it('keeps nearly-UTF-8 text as UTF-8 (one broken byte becomes U+FFFD)', () => {
    const text = 'Tiếng Việt là ngôn ngữ chính thức của Việt Nam. '.repeat(3)
    const bytes = Uint8Array.from([...utf8(text), 0xe1, 0x20, ...utf8(text)])
    const decoded = detect(bytes)
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.text).toContain('\ufffd')
  })
  it('falls back to windows-1252 when no Vietnamese reading convinces', () => {
    const bytes = Uint8Array.from(
      Buffer.from('Le café est très bon, à bientôt. Ça va très bien.', 'latin1'),
    )
    expect(detect(bytes)).toEqual({
      text: 'Le café est très bon, à bientôt. Ça va très bien.',
      encoding: 'windows-1252',
    })
  })
})

describe('forced encodings', () => {
  it('names the supported encodings and resolves aliases', () => {
    expect(SUPPORTED_ENCODINGS).toContain('vni')
    expect(resolveEncoding('TCVN')).toBe('tcvn3')
    expect(resolveEncoding('windows-1258')).toBe('cp1258')
    expect(resolveEncoding('VNI-Win')).toBe('vni')
    expect(resolveEncoding('klingon')).toBeUndefined()
  })
  it('rejects an unknown name and invalid UTF-8 in one short line', () => {
    expect(() => decodeBytes(utf8('x'), { encoding: 'klingon' })).toThrow(
      /unknown encoding "klingon"/,
    )
    expect(() => decodeBytes(Uint8Array.from([0xff, 0x41]), { encoding: 'utf-8' })).toThrow(
      DecodeError,
    )
  })
  it('reads latin1 as true ISO-8859-1 and windows-1252 as WHATWG does', () => {
    expect(decodeBytes(Uint8Array.from([0x80]), { encoding: 'latin1' }).text).toBe('\u0080')
    expect(decodeBytes(Uint8Array.from([0x80]), { encoding: 'windows-1252' }).text).toBe('€')
  })
})

describe('legacy vectors (glibc iconv: TCVN5712-1, VISCII, CP1258; GNU recode: VNI)', () => {
  it.each(vectors.map((v) => [v.encoding, v.text, v.hex] as const))(
    '--encoding %s: %s',
    (encoding, text, hex) => {
      expect(decodeBytes(bytesOf(hex), { encoding })).toEqual({ text, encoding })
    },
  )

  const encodings = [...new Set(vectors.map((v) => v.encoding))]
  it.each(encodings)('detects a %s document', (encoding) => {
    const list = vectors.filter((v) => v.encoding === encoding)
    const bytes = Uint8Array.from(list.flatMap((v) => [...bytesOf(v.hex), 0x0d, 0x0a]))
    const decoded = detect(bytes)
    expect(decoded.encoding).toBe(encoding)
    expect(decoded.text).toBe(list.map((v) => `${v.text}\r\n`).join(''))
  })

  // One sentence may be too little evidence for the whole-file guess; then the file is read as
  // windows-1252 and the per-line repair of the normaliser must finish the job.
  it.each(vectors.map((v) => [v.encoding, v.text, v.hex] as const))(
    'one %s sentence comes out right after decoding and normalising: %s',
    (encoding, text, hex) => {
      const decoded = detect(bytesOf(hex))
      expect([encoding, 'windows-1252']).toContain(decoded.encoding)
      const edits: TextEdit[] = []
      const line = normalizeLine(
        decoded.text,
        1,
        { toneStyle: 'preserve', isEnabled: () => true },
        edits,
        { old: 0, new: 0 },
      )
      expect(line).toBe(text)
    },
  )
})
