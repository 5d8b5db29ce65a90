// The scans that replaced regular expressions (which overflow V8's backtracking stack on lines
// of megabytes) and the near-duplicate index that replaced a comparison of every pair of lines:
// each must answer exactly as the code it replaced, on text built from the characters that
// matter to it, and must not throw on a line of 30 MB.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasTrailSeparators } from '../../src/rules/layout.js'
import { isOneLineMenu } from '../../src/rules/strip/nav-menu.js'
import { removePhotoCredits } from '../../src/rules/photo-credit.js'
import { doubledPrefixLength, isBulletToken, lineKey } from '../../src/rules/line-key.js'
import { createNearIndex } from '../../src/rules/near-index.js'
import { canonicalLine, nearlySame } from '../../src/rules/similarity.js'
import { foldSpellings } from '../../src/rules/spellings.js'
import { isSpace } from '../../src/text/line-breaks.js'
import { countLetters } from '../../src/text/letters.js'
import { computeFeatures, endsLikeSentence } from '../../src/pipeline/features.js'
import { isClearlyVietnamese } from '../../src/lang/detect.js'
import {
  classOfCodePoint,
  LETTER,
  NUMBER,
  PUNCTUATION_OR_SYMBOL,
  SPACE as SPACE_CLASS,
  UPPER,
} from '../../src/text/char-class.js'
import { trimEdges } from '../../src/text/trim-edges.js'
import { hasMoreWords } from '../../src/text/word-count.js'
import stopwords from '../../src/data/stopwords.json' with { type: 'json' }
import abbreviations from '../../src/data/abbreviations.json' with { type: 'json' }
import { cleanDocument } from '../../src/index.js'
import { cleaner, realPages } from './helpers.js'

const SPELLINGS = Object.entries(abbreviations).flatMap(([key, forms]) =>
  key.startsWith('_') ? [] : (forms as string[]),
)

/** The patterns as they were. */
const TRAIL_SEPARATORS = /\s[>»›]\s.*\s[>»›]\s/u
const ONE_LINE_MENU = /^[^|·]{1,40}(?:\s[|·]\s[^|·]{1,40}){2,}$/u
const PHOTO_CREDIT =
  /\((?:ảnh|đồ họa|đồ hoạ|nguồn|photo|video)\s*:[^()]*\)|\s[-–—]\s(?:ảnh|photo)\s*:.*$/giu
const BULLET_TOKEN = /^[•·▪●○◦■□►▶✓✔*+\-–—>»|]+$/u

/** Strings over the given pieces (mostly) and a little arbitrary text. */
function textOf(pieces: readonly string[], maxLength = 12): fc.Arbitrary<string> {
  return fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...pieces) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
      ),
      { maxLength },
    )
    .map((parts) => parts.join(''))
}

/** `text` without the runs of `edge` (a pattern of one character) at either end. */
function trimByPattern(text: string, edge: string): string {
  return text
    .replace(new RegExp(`^(?:${edge})+`, 'u'), '')
    .replace(new RegExp(`(?:${edge})+$`, 'u'), '')
}

const SPACES = [' ', '\t', '\u00a0', '\u2028', '\n', '\u3000']
const HUGE = 30_000_000

describe('scans answer as the patterns they replaced', () => {
  it('canonical lines: words as `/[^\\p{L}\\p{N}]+/gu` split them, lower case, credits gone', () => {
    const NOT_WORD = /[^\p{L}\p{N}]+/gu
    const words = (text: string): string => text.replace(NOT_WORD, ' ').trim().replace(/ +/gu, ' ')
    const pieces = [
      ' ',
      '-',
      'Đà Nẵng',
      'Ảnh',
      '×',
      '÷',
      'ǀ',
      '\u0301',
      '𝐀',
      '\ud835',
      '\udc00',
      '½',
      'Ω',
      '(',
      ')',
    ]
    fc.assert(
      fc.property(
        fc.oneof(textOf(pieces), fc.string({ unit: 'binary', maxLength: 30 })),
        (text) => {
          const lower = removePhotoCredits(text.toLowerCase())
          // Where no known spelling of a name occurs, the canonical line is the lower case's words.
          fc.pre(!SPELLINGS.some((form) => lower.includes(form)))
          expect(canonicalLine(text)).toBe(words(lower))
        },
      ),
      { numRuns: 3000 },
    )
    for (let code = 0; code <= 0xffff; code++) {
      const char = `a${String.fromCharCode(code)}b`
      expect(canonicalLine(char), code.toString(16)).toBe(
        words(removePhotoCredits(char.toLowerCase())),
      )
    }
  })

  it('spellings folded: each spelling, longest first, replaced everywhere in turn', () => {
    const replacements = Object.entries(abbreviations)
      .filter(([key]) => !key.startsWith('_'))
      .flatMap(([key, forms]) => (forms as string[]).map((form) => [form, key] as const))
      .sort((a, b) => b[0].length - a[0].length)
    const inTurn = (text: string): string => {
      let out = text
      for (const [form, key] of replacements) out = out.split(form).join(` ${key} `)
      return out
    }
    // Spellings, the pieces they share (so that they overlap and run into each other), and the
    // letters a replacement's key may run on into (`tp.hcmcity`). Holds a faster search to the
    // definition (one tried, the stretches around a global scan's matches, gained ~1 %).
    const pieces = [...SPELLINGS, 'tp', 'tp.', 'hcm', 'city', 'hà', 'nội', ' ', '.', 'x', 'việt']
    fc.assert(
      fc.property(textOf(pieces, 16), (text) => {
        expect(foldSpellings(text)).toBe(inTurn(text))
      }),
      { numRuns: 5000 },
    )
  })

  it('sentence ends (`.!?…;:` and closing quotes or brackets after them)', () => {
    const SENTENCE_END = /[.!?…;:]["'”’»)\]]*$/u
    fc.assert(
      fc.property(textOf(['.', '!', '…', ':', '"', '”', ')', ']', '»', 'a', ' ', '\n']), (text) => {
        expect(endsLikeSentence(text)).toBe(SENTENCE_END.test(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('letters and capitals: every UTF-16 code unit, and strings with pairs, as `\\p{L}` and `\\p{Lu}`', () => {
    const count = (text: string): { letters: number; upper: number } => {
      let letters = 0
      let upper = 0
      for (const char of text) {
        if (/\p{L}/u.test(char)) letters++
        if (/\p{Lu}/u.test(char)) upper++
      }
      return { letters, upper }
    }
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      expect(countLetters(char), code.toString(16)).toEqual(count(char))
    }
    fc.assert(
      fc.property(
        textOf(['Đ', 'ư', 'Ư', 'ơ', 'A', 'z', '1', ' ', '𝐀', '𝐚', '\ud835', '\udc00']),
        (text) => {
          expect(countLetters(text)).toEqual(count(text))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('character classes: every code point of the BMP and some above, as the Unicode properties', () => {
    const classes: readonly (readonly [RegExp, number])[] = [
      [/^\p{L}$/u, LETTER],
      [/^\p{Lu}$/u, UPPER],
      [/^\p{N}$/u, NUMBER],
      [/^[\p{P}\p{S}]$/u, PUNCTUATION_OR_SYMBOL],
      [/^\s$/u, SPACE_CLASS],
    ]
    const astral = [0x10000, 0x1d400, 0x1d41a, 0x1f600, 0x1f4f7, 0x20000, 0x10ffff]
    for (const code of [...Array.from({ length: 0x10000 }, (_, i) => i), ...astral]) {
      const char = String.fromCodePoint(code)
      let bits = 0
      for (const [pattern, bit] of classes) if (pattern.test(char)) bits |= bit
      // Twice: a code unit outside the ranges built at load is computed, then read from the table.
      const first = classOfCodePoint(code)
      expect([first, classOfCodePoint(code)], code.toString(16)).toEqual([bits, bits])
    }
  })

  it('edges trimmed (`[\\p{P}\\p{S}]`, with or without `\\s`) as the patterns trim them', () => {
    const pieces = ['(', ')', '.', ',', '“', '”', '–', '€', '₫', ' ', '\u00a0', 'a', 'Đ', '1']
    const more = ['𝐀', '\u{1f600}', '\ud835', '\udc00']
    fc.assert(
      fc.property(textOf([...pieces, ...more]), (text) => {
        expect(trimEdges(text, PUNCTUATION_OR_SYMBOL)).toBe(trimByPattern(text, '[\\p{P}\\p{S}]'))
        expect(trimEdges(text, SPACE_CLASS | PUNCTUATION_OR_SYMBOL)).toBe(
          trimByPattern(text, '[\\s\\p{P}\\p{S}]'),
        )
      }),
      { numRuns: 3000 },
    )
  })

  it('line features: words and function words, as the patterns count them', () => {
    const list = new Set([...stopwords.vie, ...stopwords.eng])
    const count = (text: string): { words: number; stops: number } => {
      let words = 0
      let stops = 0
      for (const token of text.toLowerCase().split(' ')) {
        if (token === '' || /^[\p{P}\p{S}]+$/u.test(token)) continue
        words++
        const bare = trimByPattern(token, '[\\p{P}\\p{S}]')
        if (list.has(bare)) stops++
      }
      return { words, stops }
    }
    const pieces = [
      'và',
      'Của',
      'THE',
      'of',
      'những',
      'Trong.',
      '(của',
      'và,',
      '“và”',
      ' ',
      '  ',
      '>',
      '...',
      '–',
    ]
    const more = ['Đà', 'Nẵng', 'ảnh', '1', '𝐀', '\u{1f600}', '\ud835', '.', ',']
    fc.assert(
      fc.property(textOf([...pieces, ...more], 20), (text) => {
        const { words, stops } = count(text)
        const features = computeFeatures(text)
        expect(features.words).toBe(words)
        expect(features.stopDensity).toBe(words === 0 ? 0 : stops / words)
      }),
      { numRuns: 3000 },
    )
    for (const word of list) expect(computeFeatures(`${word} x`).stopDensity, word).toBe(0.5)
  })

  it('clearly Vietnamese: letters and Vietnamese-only letters counted as the patterns count them', () => {
    const asPatterns = (text: string): boolean => {
      let letters = 0
      let vietnamese = 0
      for (const char of text) {
        if (!/\p{L}/u.test(char)) continue
        letters++
        if (/[ăđơưĩũ\u1ea0-\u1ef9]/iu.test(char)) vietnamese++
      }
      return letters >= 40 && vietnamese / letters >= 0.05
    }
    // 38 letters, then two of one code point: clearly Vietnamese exactly when it is a letter
    // only Vietnamese writes.
    const base = 'a'.repeat(38)
    for (let code = 0; code <= 0xffff; code++) {
      const text = base + String.fromCharCode(code).repeat(2)
      expect(isClearlyVietnamese(text), code.toString(16)).toBe(asPatterns(text))
    }
    fc.assert(
      fc.property(
        textOf(['ă', 'Đ', 'ơ', 'Ư', 'ạ', 'Ỹ', 'a', 'é', ' ', '1', '𝐀', '\ud835'], 80),
        (text) => {
          expect(isClearlyVietnamese(text)).toBe(asPatterns(text))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('more words than a bound, counted up to it, as splitting at single spaces counts them', () => {
    fc.assert(
      fc.property(
        textOf([' ', 'a', 'tin', '  ', '\u00a0'], 30),
        fc.integer({ min: 1, max: 20 }),
        (text, max) => {
          expect(hasMoreWords(text, max)).toBe(text.split(' ').length > max)
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('white space: every UTF-16 code unit, and longer strings, as `/^\\s$/u`', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code)
      expect(isSpace(char), code.toString(16)).toBe(/^\s$/u.test(char))
    }
    for (const text of ['', '  ', '\u{1f600}', ' a']) expect(isSpace(text)).toBe(false)
  })

  it('breadcrumb separators (` > `, ` » `, ` › `, line terminators between)', () => {
    fc.assert(
      fc.property(textOf([...SPACES, ' > ', '\u00a0»\t', '\u2028› ', '>', 'Tin', '\r']), (text) => {
        expect(hasTrailSeparators(text)).toBe(TRAIL_SEPARATORS.test(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('one-line menus (`a | b · c`, entries of 1 to 40 code points, astral ones included)', () => {
    const entry = fc
      .string({ unit: 'binary', minLength: 0, maxLength: 44 })
      .map((s) => s.replace(/[|·]/gu, ''))
    const menu = fc
      .array(fc.tuple(entry, fc.constantFrom(' | ', ' · ', '|', ' |', '\t|\u00a0', ' | | ')), {
        maxLength: 6,
      })
      .map((parts) => parts.map(([a, b]) => a + b).join(''))
    fc.assert(
      fc.property(
        fc.oneof(
          menu,
          fc.tuple(menu, entry).map(([a, b]) => a + b),
        ),
        (text) => {
          expect(isOneLineMenu(text)).toBe(ONE_LINE_MENU.test(text))
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('photo credits (`(ảnh: x)`, `(nguồn : x)`, ` - ảnh: x` tails, nested brackets)', () => {
    const pieces = [
      '(',
      ')',
      '(ảnh:',
      '(nguồn :',
      ' - ảnh:',
      ' — photo\t:',
      'ảnh',
      'đồ họa',
      'đồ hoạ',
      'nguồn',
      'photo',
      'video',
      ':',
      ' - ',
      ' – ',
      '—',
      'x',
      ...SPACES,
    ]
    fc.assert(
      fc.property(textOf(pieces), (text) => {
        expect(removePhotoCredits(text)).toBe(text.replace(PHOTO_CREDIT, ' '))
      }),
      { numRuns: 3000 },
    )
  })

  it('list-marker tokens (`•`, `»`, `--`, `*` alone are not words)', () => {
    const markers = ['•', '·', '▪', '*', '-', '–', '—', '>', '»', '|', 'a', '1', '\u{1f600}']
    fc.assert(
      fc.property(textOf(markers, 6), (token) => {
        expect(isBulletToken(token)).toBe(BULLET_TOKEN.test(token))
      }),
      { numRuns: 3000 },
    )
  })

  it('line keys: tokens split on spaces, markers and numbers left out, a doubled label undone', () => {
    const NUMERIC = /^[([]?[+-]?\d[\d.,:/]*[)\]]?%?$/u
    const EDGE = /^[\s\p{P}\p{S}]$/u
    const trimmed = (text: string): string => {
      const chars = [...text]
      while (chars.length > 0 && EDGE.test(chars[0] ?? '')) chars.shift()
      while (chars.length > 0 && EDGE.test(chars[chars.length - 1] ?? '')) chars.pop()
      return chars.join('')
    }
    const reference = (text: string): { key: string; hasNumber: boolean } => {
      const tokens = text.toLowerCase().split(' ')
      const words = tokens.filter((t) => t !== '' && !BULLET_TOKEN.test(t) && !NUMERIC.test(t))
      const size = doubledPrefixLength(words)
      const undoubled = [...words.slice(0, size), ...words.slice(size * 2)].join(' ')
      return {
        key: trimmed(undoubled),
        hasNumber: tokens.some((t) => t !== '' && !BULLET_TOKEN.test(t) && NUMERIC.test(t)),
      }
    }
    const pieces = ['Tin', 'tin', ' ', '  ', '•', '-', '+', '(', ')', '[', '1', '24/12', '5%', '»']
    fc.assert(
      fc.property(textOf(pieces, 10), (text) => {
        expect(lineKey(text)).toEqual(reference(text))
      }),
      { numRuns: 3000 },
    )
  })
})

describe('scans on a 30 MB line: no stack overflow', () => {
  it('breadcrumb separators, menus, credits and marker tokens', () => {
    const words = ' > thủ tướng !!! ... '.repeat(HUGE / 20)
    expect(hasTrailSeparators(words)).toBe(true)
    expect(hasTrailSeparators(` > ${'a'.repeat(HUGE)}`)).toBe(false)
    expect(isOneLineMenu(`${'ab | '.repeat(HUGE / 5)}ab`)).toBe(true)
    const unclosed = `(ảnh:${'thủ tướng'.repeat(HUGE / 9)}`
    expect(removePhotoCredits(unclosed)).toBe(unclosed)
    expect(removePhotoCredits(` - ảnh:${'a'.repeat(HUGE)}`)).toBe(' ')
    expect(lineKey(`${'•'.repeat(HUGE)} tin`).key).toBe('tin')
  }, 60_000)
})

describe('the near-duplicate index finds what comparing every pair finds', () => {
  /** Lines over a small vocabulary, so that near-duplicates are common. */
  const vocabulary = ['tin', 'tức', 'hà', 'nội', 'tphcm', 'ảnh', '1', '2', 'việt', 'nam', 'x']
  const line = fc
    .array(fc.constantFrom(...vocabulary), { minLength: 0, maxLength: 9 })
    .map((words) => words.join(' '))

  it('on pages of up to 40 lines, every line asked against the others', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), line, (lines, query) => {
        const canonicals = lines.map(canonicalLine)
        const index = createNearIndex(canonicals, Infinity)
        const stem = canonicalLine(query)
        for (let except = 0; except <= lines.length; except++) {
          const expected = canonicals.some((other, i) => i !== except && nearlySame(stem, other))
          expect(index.hasNearlySame(stem, except)).toBe(expected)
        }
        expect(index.exhausted).toBe(false)
      }),
      { numRuns: 1000 },
    )
  })

  it('nearly the same: a Jaccard index of distinct words of at least 0.8, at comparable lengths', () => {
    const words = Array.from({ length: 60 }, (_, i) => `w${String(i)}`)
    const long = fc
      .array(fc.constantFrom(...words), { minLength: 0, maxLength: 70 })
      .map((list) => list.join(' '))
    const jaccard = (a: string, b: string): number => {
      const setA = new Set(a.split(' '))
      const setB = new Set(b.split(' '))
      const shared = [...setA].filter((word) => setB.has(word)).length
      return shared / (setA.size + setB.size - shared)
    }
    // A second line drawn at random, or the first with a few of its words replaced.
    const pair = fc.oneof(
      fc.tuple(long, long),
      fc
        .tuple(long, fc.array(fc.tuple(fc.nat(69), fc.constantFrom(...words)), { maxLength: 6 }))
        .map(([a, edits]) => {
          const list = a.split(' ')
          for (const [at, word] of edits) if (at < list.length) list[at] = word
          return [a, list.join(' ')] as [string, string]
        }),
    )
    let near = 0
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const lengths = Math.min(a.length, b.length) / Math.max(a.length, b.length) >= 0.7
        const expected = a === b ? a !== '' : lengths && jaccard(a, b) >= 0.8
        expect(nearlySame(a, b)).toBe(expected)
        if (expected && a !== b) near++
      }),
      { numRuns: 3000 },
    )
    expect(near).toBeGreaterThan(30)
  })

  it('stops at its budget, answering "none" (the line is kept)', () => {
    const lines = ['tin tức hà nội hôm nay', 'thời sự', 'tin tức hà nội hôm nay nữa']
    expect(createNearIndex(lines, Infinity).hasNearlySame('tin tức hà nội hôm nay', 0)).toBe(true)
    const spent = createNearIndex(lines, 0)
    expect(spent.hasNearlySame('tin tức hà nội hôm nay', 0)).toBe(false)
    expect(spent.exhausted).toBe(true)
  })

  it('real pages never reach the budget (the index changes nothing on them)', () => {
    for (const page of realPages) {
      const { messages } = cleanDocument(cleaner, { ...page, file: null, encoding: null })
      const warnings = messages.filter(
        (message) => message.fatal === false && message.ruleId === 'strip/image-alt',
      )
      expect(
        warnings.map((message) => message.reason),
        page.name,
      ).toEqual([])
    }
  })
})
