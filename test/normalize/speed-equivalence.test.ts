/**
 * The faster forms of the normaliser's building blocks (issue 3, mangled-text speed) give the
 * same answers as the plain ones they replace: hand-written scanners against their regexes,
 * decoding straight from Western text against bytes, range scoring against cut-out words,
 * segment origins against one entry per character, and the line cache against no cache.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeLegacy, decodeWesternStrict, LEGACY_ENCODINGS } from '../../src/decode/legacy.js'
import {
  hasInvalidWord,
  scoreVietnamese,
  wordVerdict,
  INVALID,
  VALID,
} from '../../src/decode/score.js'
import { decodeWindows1252, encodeWestern } from '../../src/decode/western.js'
import { decodeVni, encodeVni } from '../../src/decode/vni.js'
import {
  createNormalizeCache,
  normalizeLine,
  normalizeText,
  type TextEdit,
  type ToneCounts,
} from '../../src/normalize/index.js'
import {
  applyReplacements,
  createLineState,
  type Replacement,
} from '../../src/normalize/line-state.js'
import { mojibakePass } from '../../src/normalize/mojibake.js'
import { unicodeFormReplacements } from '../../src/normalize/unicode-form.js'
import { isWellFormedSyllable, isWellFormedSyllableIn } from '../../src/normalize/syllable.js'
import { widenToWords, wordReplacements } from '../../src/normalize/words.js'
import { CODE_LIKE } from '../../src/normalize/patterns.js'
import { options, readVector } from './helpers.js'

const mangled = readVector<{ input: string; expected: string }[]>('misdecoded.json')
const alphabet = fc.constantFrom(
  ...[
    ...'aăâeêioôơuưyàáảãạầấẩẫậềếểễệờớởỡợđĐgqnhtcK  ,.;:!?…/@_Ã¡º»Ä‘Æ°“”«',
    '\u00a0',
    '\t',
    '\u0301',
    '\u0302',
    '\u0306',
    '\u200d',
    'а',
    '\u212a',
    '\ud835\udc00', // a mathematical letter (a surrogate pair)
    '\ud800', // a lone surrogate
    '😀',
  ],
)
const strings = fc.array(alphabet, { maxLength: 16 }).map((a) => a.join(''))

/** wordReplacements as it was written with regex iterators. */
function wordReplacementsByRegex(
  text: string,
  fix: (w: string) => string | undefined,
): Replacement[] {
  const out: Replacement[] = []
  for (const chunk of text.matchAll(/\S+/g)) {
    if (CODE_LIKE.test(chunk[0])) continue
    for (const word of chunk[0].matchAll(/[\p{L}\p{M}]+/gu)) {
      const next = fix(word[0])
      if (next === undefined || next === word[0]) continue
      const start = chunk.index + word.index
      out.push({ start, end: start + word[0].length, text: next })
    }
  }
  return out
}

/** Apply replacements keeping one origin entry per character (the former representation). */
function originsByCharacter(text: string, steps: Replacement[][]): number[] {
  let current = text
  let origin: number[] | null = null
  const columns: number[] = []
  for (const replacements of steps) {
    const next: number[] = []
    let out = ''
    let cursor = 0
    const at = (i: number): number => {
      if (!origin) return i
      if (i < origin.length) return origin[i] ?? i
      const last = origin[origin.length - 1]
      return last === undefined ? 0 : last + 1
    }
    for (const r of replacements) {
      for (let i = cursor; i < r.start; i++) next.push(at(i))
      out += current.slice(cursor, r.start)
      const from = at(r.start)
      columns.push(from + 1)
      for (let i = 0; i < r.text.length; i++) next.push(from)
      out += r.text
      cursor = r.end
    }
    for (let i = cursor; i < current.length; i++) next.push(at(i))
    current = out + current.slice(cursor)
    origin = next
  }
  return columns
}

/** Random sorted, non-overlapping replacements for a text. */
function replacementsFor(text: string, seed: number[]): Replacement[] {
  const out: Replacement[] = []
  let at = 0
  for (const n of seed) {
    const start = at + (n % 3)
    const end = Math.min(text.length, start + ((n >> 2) % 3))
    if (start > text.length) break
    out.push({ start, end, text: 'xyz'.slice(0, (n >> 4) % 4) })
    at = end + 1
    if (at > text.length) break
  }
  return out
}

describe('faster building blocks', () => {
  it('wordReplacements finds the words the regexes find', () => {
    const fix = (w: string): string | undefined => `<${w}>`
    fc.assert(
      fc.property(strings, (line) => {
        expect(wordReplacements(line, fix)).toEqual(wordReplacementsByRegex(line, fix))
      }),
      { numRuns: 5000 },
    )
  })

  it('decodes Western text as decodeLegacy decodes its bytes', () => {
    const western = fc
      .array(fc.integer({ min: 0x20, max: 0xff }), { maxLength: 10 })
      .map((bytes) => decodeWindows1252(Uint8Array.from(bytes)))
    const check = (text: string): void => {
      // VNI's strict round trip, as first written: encode the NFC reading, compare the bytes.
      const bytes = encodeWestern(text)
      const vni = bytes && decodeVni(bytes, true)?.normalize('NFC')
      const back = vni === undefined ? undefined : encodeVni(vni)
      const same = back !== undefined && bytes !== undefined && back.join() === bytes.join()
      expect([text, decodeWesternStrict(text, 'vni')]).toEqual([text, same ? vni : undefined])
      for (const encoding of LEGACY_ENCODINGS) {
        const bytes = encodeWestern(text)
        const expected = bytes && decodeLegacy(bytes, encoding, true)
        expect([text, encoding, decodeWesternStrict(text, encoding)]).toEqual([
          text,
          encoding,
          expected,
        ])
      }
    }
    fc.assert(fc.property(western, check), { numRuns: 5000 })
    for (const word of ['Tiếng', 'Việt', 'người', 'Thuở', 'ĐƯỜNG', 'khoẻ', 'Nguyễn']) {
      check(decodeWindows1252(encodeVni(word) ?? new Uint8Array()))
    }
    for (const { input } of mangled) check(input)
    check('x\u20acy') // no Western byte in some encodings' tables
    check('\u0100') // no Western byte at all
  })

  it('scores words in place as it scores them cut out', () => {
    fc.assert(
      fc.property(strings, (text) => {
        const score = scoreVietnamese(text)
        expect(hasInvalidWord(text)).toBe(score.invalid > 0)
        for (let from = 0; from <= text.length; from++) {
          for (let to = from; to <= Math.min(text.length, from + 6); to++) {
            const word = text.slice(from, to)
            expect(isWellFormedSyllableIn(text, from, to)).toBe(isWellFormedSyllable(word))
          }
        }
        let valid = 0
        let invalid = 0
        for (const word of text.split(/[\s\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u2010-\u205e]+/)) {
          const verdict = wordVerdict(word)
          if (verdict === VALID) valid++
          if (verdict === INVALID) invalid++
        }
        expect(score).toEqual({ valid, invalid })
      }),
      { numRuns: 3000 },
    )
  })

  it('records the columns that one origin entry per character gives', () => {
    fc.assert(
      fc.property(
        strings,
        fc.array(fc.array(fc.nat(255), { maxLength: 6 }), { maxLength: 4 }),
        (text, seeds) => {
          const state = createLineState(text, 1, [])
          const steps: Replacement[][] = []
          for (const seed of seeds) {
            const replacements = replacementsFor(state.text, seed)
            steps.push(replacements)
            applyReplacements(state, 'rule', replacements)
          }
          expect(state.edits.map((e) => e.column)).toEqual(originsByCharacter(text, steps))
        },
      ),
      { numRuns: 5000 },
    )
  })

  it('finds the NFC and tone-order replacements that reading every chunk in NFD finds', () => {
    const TONE_THEN_SHAPE = /([aeo])([\u0300\u0301\u0303\u0309]+)([\u0302\u0306])/gi
    const marks = fc.constantFrom(
      ...[...'aeoAEOiuyđàáảãạèéẻẽẹòóỏõọÀÉâêôăơư  \tx'],
      ...['\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u0306', '\u031b'],
      ...['\u00e9\u0302', 'e\u0301\u0302', 'o\u0323\u0302', '\u1ea1\u0306', '\u03ac'],
    )
    const lines = fc.array(marks, { maxLength: 14 }).map((a) => a.join(''))
    // Every chunk (between spaces and tabs) read in NFD: a tone mark before a circumflex or
    // breve is put after it (tone-order), else the chunk goes to NFC (nfc).
    const plain = (text: string): Replacement[] => {
      const out: Replacement[] = []
      for (const m of text.matchAll(/[^ \t]+/g)) {
        const word = m[0]
        const start = m.index
        const end = start + word.length
        const nfd = word.normalize('NFD')
        const reordered = nfd.replace(TONE_THEN_SHAPE, '$1$3$2')
        if (reordered !== nfd) {
          const text = reordered.normalize('NFC')
          out.push({ start, end, text, ruleId: 'normalise/tone-order' })
        } else if (word.normalize('NFC') !== word) {
          const text = word.normalize('NFC')
          out.push({ start, end, text, ruleId: 'normalise/nfc' })
        }
      }
      return out
    }
    fc.assert(
      fc.property(lines, (line) => {
        const found = unicodeFormReplacements(line, () => true, createNormalizeCache())
        expect([line, found]).toEqual([line, plain(line)])
      }),
      { numRuns: 5000 },
    )
  })

  it('widens mojibake replacements the same with or without the repaired text', () => {
    for (const { input } of mangled) {
      const pass = mojibakePass(input)
      let result = ''
      let cursor = 0
      for (const r of pass) {
        result += input.slice(cursor, r.start) + r.text
        cursor = r.end
      }
      result += input.slice(cursor)
      expect(widenToWords(input, pass, result)).toEqual(widenToWords(input, pass))
    }
  })

  it('replays repeated lines with their own line numbers', () => {
    const lines = mangled.slice(0, 20).flatMap((c) => [c.input, 'Vậy sao ?', c.input])
    const text = lines.join('\n')
    for (const opts of [options(), options('old'), options('preserve', ['normalise/mojibake'])]) {
      const edits: TextEdit[] = []
      const tones: ToneCounts = { old: 0, new: 0 }
      const out = lines.map((line, i) => normalizeLine(line, i + 1, opts, edits, tones))
      const whole = normalizeText(text, opts)
      expect(whole).toEqual({ text: out.join('\n'), edits, tones })
      // a repeated line's edits are its own objects, not those of the line it repeats
      expect(new Set(whole.edits).size).toBe(whole.edits.length)
      // one cache shared by two option sets: a line's result is never taken across them
      const cache = createNormalizeCache()
      const other = options('new')
      const mixed: TextEdit[] = []
      const mixedTones: ToneCounts = { old: 0, new: 0 }
      lines.forEach((line, i) => {
        normalizeLine(line, i + 1, other, [], { old: 0, new: 0 }, cache)
        normalizeLine(line, i + 1, opts, mixed, mixedTones, cache)
      })
      expect({ edits: mixed, tones: mixedTones }).toEqual({ edits, tones })
    }
  })
})
