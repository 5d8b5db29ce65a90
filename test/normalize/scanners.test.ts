/**
 * The hand-written scanners of the fast paths give the same answers as the regular expressions
 * they replace (kept here, or in patterns.ts, as the definitions), and the facts the shortcuts
 * rest on hold for every character they cover.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeLegacy, LEGACY_ENCODINGS } from '../../src/decode/legacy.js'
import { isWordSeparator, separatorTable } from '../../src/decode/score.js'
import { decodeVni } from '../../src/decode/vni.js'
import { encodeWestern } from '../../src/decode/western.js'
import { Char, CHARS, isWhiteSpace } from '../../src/normalize/char-table.js'
import { hasToneSuspect, styleHintsAt } from '../../src/normalize/fast-path.js'
import { replacementsOf } from '../../src/normalize/line-state.js'
import { decodeSequence, mojibakePass } from '../../src/normalize/mojibake.js'
import { STYLE_HINT, TONE_SUSPECT, UTF8_AS_WESTERN } from '../../src/normalize/patterns.js'
import { punctuationSpaceReplacements, spaceReplacements } from '../../src/normalize/spacing.js'
import { readVector, vectorsDir } from './helpers.js'

// The definitions the scanners follow.
const STYLE_HINTS = new RegExp(STYLE_HINT.source, 'g')
const SPACES = /[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g
const SPACE_BEFORE_PUNCTUATION =
  /(?<=[\p{L}\p{M}”’»)\]]) +(?![:;][)\]])(?=[,.;:!?…]+(?:[\s”’»)\]]|$))|(?<=[\p{L}\p{M}] ?[.!?…]{1,3}) +(?=[,;:](?:\s|$))/gu
const SEQUENCE = new RegExp(`${UTF8_AS_WESTERN}|(?<=\\p{L})\\u00c3 |\\u00e1\\u00ba `, 'gu')
const WORD_SEPARATOR = /[\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u2010-\u205e]/
const PLAUSIBLE =
  // eslint-disable-next-line no-misleading-character-class
  /^[\u00a0-\u024f\u0300-\u036f\u0370-\u052f\u1e00-\u1eff\u2000-\u2bff\u3000-\u9fff\uac00-\ud7af\u{1f000}-\u{1faff}]$/u
const UTF8 = new TextDecoder('utf-8', { fatal: true })

function referenceSequence(sequence: string): string | undefined {
  const bytes = encodeWestern(sequence.replace(' ', '\u00a0'))
  if (!bytes) return undefined
  try {
    const text = UTF8.decode(bytes)
    return PLAUSIBLE.test(text) ? text : undefined
  } catch {
    return undefined
  }
}

const referenceSpaces = (text: string) =>
  replacementsOf(text, SPACES, (m) =>
    m.index === 0 || m.index + m[0].length === text.length ? '' : ' ',
  )
const referencePunctuation = (text: string) =>
  replacementsOf(text, SPACE_BEFORE_PUNCTUATION, () => '')
const referenceMojibake = (text: string) =>
  [...text.matchAll(SEQUENCE)].flatMap((m) => {
    const decoded = referenceSequence(m[0])
    return decoded === undefined
      ? []
      : [{ start: m.index, end: m.index + m[0].length, text: decoded }]
  })

const lines = (name: string): string[] =>
  readFileSync(path.join(vectorsDir, name), 'utf8').trimEnd().split('\n')
const words = lines('vi-hunspell-words.txt')
const sentences = lines('sentences.txt')
const mangled = readVector<{ input: string }[]>('misdecoded.json').map((c) => c.input)
const corpus = [
  ...words,
  ...words.map((w) => w.toUpperCase()),
  ...sentences,
  ...mangled,
  ...sentences.map((s) => s.normalize('NFD')),
]

/** Strings over an alphabet where every scanner has something to find. */
const tricky = fc
  .array(
    fc.constantFrom(
      ...'aăâeêioôơuưyàáảạòóỏọùúủụìíỉịỳýỷầấẩậềếểệồốổộờớởợừứửựgqGQnhtc',
      ...' ,.;:!?…”’»)](“‘«',
      ...'Ã¡º»Ä‘Æ°«®©€™\u0080\u009f\u00c2\u00c3\u00df\u00e0\u00e1\u00ef\u00f0\u00f4\u00bf',
      ...'\t\u00a0\u2003\u3000\u200b\u0301\u0302\u0323',
      '\ud835\udc00',
      '\ud835',
      '\udc00',
      '  ',
      ' .',
      ':)',
      '1 .5',
      'áº ',
      'Ã ',
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''))

describe('scanners agree with the patterns they implement', () => {
  it('hasToneSuspect is TONE_SUSPECT.test, and styleHintsAt the STYLE_HINT matches', () => {
    for (const text of corpus) {
      expect([text, hasToneSuspect(text)]).toEqual([text, TONE_SUSPECT.test(text)])
      const hints = [...text.matchAll(STYLE_HINTS)].map((m) => m.index)
      expect([text, styleHintsAt(text)]).toEqual([text, hints])
    }
    fc.assert(
      fc.property(tricky, (text) => {
        expect(hasToneSuspect(text)).toBe(TONE_SUSPECT.test(text))
        expect(styleHintsAt(text)).toEqual([...text.matchAll(STYLE_HINTS)].map((m) => m.index))
      }),
      { numRuns: 20000 },
    )
  })

  it('spaceReplacements and punctuationSpaceReplacements find what their regexes find', () => {
    for (const text of [...corpus, 'a , b', 'tập. , quán', '“Không” , anh', 'x :) y', 'và …rồi']) {
      expect([text, spaceReplacements(text)]).toEqual([text, referenceSpaces(text)])
      expect([text, punctuationSpaceReplacements(text)]).toEqual([text, referencePunctuation(text)])
    }
    fc.assert(
      fc.property(tricky, (text) => {
        expect(spaceReplacements(text)).toEqual(referenceSpaces(text))
        expect(punctuationSpaceReplacements(text)).toEqual(referencePunctuation(text))
      }),
      { numRuns: 20000 },
    )
  })

  it('mojibakePass finds and decodes the sequences the regex finds', () => {
    for (const text of corpus) {
      expect([text, mojibakePass(text)]).toEqual([text, referenceMojibake(text)])
    }
    fc.assert(
      fc.property(tricky, (text) => {
        expect(mojibakePass(text)).toEqual(referenceMojibake(text))
      }),
      { numRuns: 20000 },
    )
  })

  it('decodeSequence agrees with a strict UTF-8 decoder on every 2- and 3-byte sequence', () => {
    const continuations = [...Array.from({ length: 64 }, (_, i) => String.fromCharCode(0x80 + i))]
    continuations.push(...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')
    const leads = (from: number, to: number): string[] =>
      Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i))
    let checked = 0
    for (const lead of leads(0xc2, 0xdf)) {
      for (const a of [...continuations, ' ']) {
        expect([lead + a, decodeSequence(lead + a)]).toEqual([
          lead + a,
          referenceSequence(lead + a),
        ])
        checked++
      }
    }
    for (const lead of leads(0xe0, 0xef)) {
      for (const a of continuations) {
        for (const b of [...continuations, ' ']) {
          const s = lead + a + b
          if (decodeSequence(s) !== referenceSequence(s)) expect(s).toBe('decoded alike')
          checked++
        }
      }
    }
    expect(checked).toBe(30 * 92 + 16 * 91 * 92)
  })

  it('decodeSequence agrees on 4-byte sequences', () => {
    const continuation = fc.oneof(
      fc.integer({ min: 0x80, max: 0xbf }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(...'€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'),
    )
    fc.assert(
      fc.property(
        fc.integer({ min: 0xf0, max: 0xf4 }),
        continuation,
        continuation,
        continuation,
        (lead, a, b, c) => {
          const s = String.fromCharCode(lead) + a + b + c
          expect(decodeSequence(s)).toBe(referenceSequence(s))
        },
      ),
      { numRuns: 50000 },
    )
  })
})

describe('facts the shortcuts rest on', () => {
  it('isWhiteSpace is /\\s/ and isWordSeparator the separator class, for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const char = String.fromCharCode(c)
      if (isWhiteSpace(c) !== /\s/.test(char)) expect(c.toString(16)).toBe('white space alike')
      if (isWordSeparator(c) !== WORD_SEPARATOR.test(char)) {
        expect(c.toString(16)).toBe('separator alike')
      }
    }
  })

  it('the separator table, built from the ranges where separators are, is isWordSeparator', () => {
    const table = separatorTable()
    for (let c = 0; c < 0x10000; c++) {
      if ((table[c] === 1) !== isWordSeparator(c)) expect(c.toString(16)).toBe('in the table alike')
    }
  })

  it('text of NFC-inert characters is NFC: every one alone and every pair', () => {
    const inert: string[] = []
    for (let c = 0; c < 0x10000; c++) {
      if (((CHARS[c] ?? 0) & Char.NFC_INERT) !== 0) inert.push(String.fromCharCode(c))
    }
    expect(inert.length).toBeGreaterThan(850)
    // No inert character decomposes to a tone mark typed before a circumflex or breve.
    const toneThenShape = /[aeo][\u0300\u0301\u0303\u0309]+[\u0302\u0306]/i
    for (const a of inert) {
      expect(a.normalize('NFC')).toBe(a)
      expect(toneThenShape.test(a.normalize('NFD'))).toBe(false)
    }
    const joined = inert.join('')
    let failures = 0
    for (const a of inert) {
      // a followed by every inert character, then every inert character followed by a
      const after = inert.map((b) => a + b).join('')
      if (after.normalize('NFC') !== after) failures++
    }
    expect(joined.normalize('NFC')).toBe(joined)
    expect(failures).toBe(0)
  })

  it('a legacy encoding reads no byte but the space as a space, or as nothing', () => {
    for (const encoding of LEGACY_ENCODINGS) {
      for (let b = 0; b < 256; b++) {
        const text = decodeLegacy(Uint8Array.of(b), encoding, false) ?? ''
        expect([encoding, b, text.length > 0, b === 0x20 || !text.includes(' ')]).toEqual([
          encoding,
          b,
          true,
          true,
        ])
      }
    }
    // VNI joins a byte with the next one: no pair reads as a space either.
    for (let a = 0x21; a < 256; a++) {
      for (let b = 0x21; b < 256; b++) {
        const text = decodeVni(Uint8Array.of(a, b), false) ?? ''
        if (text === '' || text.includes(' ')) expect([a, b]).toBe('no space')
      }
    }
  })

  it('every legacy encoding reads printable ASCII as itself, strictly', () => {
    const ascii = Uint8Array.from({ length: 95 }, (_, i) => 0x20 + i)
    for (const encoding of LEGACY_ENCODINGS) {
      expect(decodeLegacy(ascii, encoding, true)).toBe(String.fromCharCode(...ascii))
    }
  })
})
