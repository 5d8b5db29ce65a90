/**
 * Issue 3 through the real binary (bin/vnclean.js → dist/, which `npm test` builds first):
 * `--tone-style old|new` end to end on standard input, the normalisation report of `clean`'s
 * JSON, and `normalize` and `clean` giving the same text for the same input.
 */
import { describe, expect, it } from 'vitest'
import { vnclean } from '../helpers/vnclean.js'

interface Report {
  title: string | null
  normalization: { encoding: string; changes: Record<string, number>; toneStyle: string }
  blocks: { text: string; line: number; endLine?: number }[]
  removed: { text: string; line: number; endLine?: number }[]
}

function cleanJson(input: string, args: string[] = []): Report {
  const { code, stdout, stderr } = vnclean(['clean', '--format', 'json', ...args], { input })
  expect([code, stderr]).toEqual([0, ''])
  return JSON.parse(stdout) as Report
}

function normalize(input: string, args: string[] = []): string {
  const { code, stdout, stderr } = vnclean(['normalize', ...args], { input })
  expect([code, stderr]).toEqual([0, ''])
  return stdout
}

describe('vnclean normalize --tone-style (spawned, standard input)', () => {
  const oldStyle = 'hòa bình\nHÒA BÌNH\nHòa\nkhỏe mạnh, thủy lợi\nỦY BAN\nquý hóa'
  const newStyle = 'hoà bình\nHOÀ BÌNH\nHoà\nkhoẻ mạnh, thuỷ lợi\nUỶ BAN\nquý hoá'

  it('new: hòa → hoà, in lower, upper and capitalised words', () => {
    expect(normalize(oldStyle, ['--tone-style', 'new'])).toBe(newStyle)
  })

  it('old: hoà → hòa, in lower, upper and capitalised words', () => {
    expect(normalize(newStyle, ['--tone-style', 'old'])).toBe(oldStyle)
  })

  it('preserve (the default) keeps either style as written', () => {
    const mixed = `${oldStyle}\n${newStyle}\n`
    expect(normalize(mixed)).toBe(mixed)
    expect(normalize(mixed, ['--tone-style', 'preserve'])).toBe(mixed)
  })

  it('converts only open oa/oe/uy syllables, and repairs the rest as without the option', () => {
    const input = 'Hòa bình , baỏ đảm hoàn thành\n'
    expect(normalize(input, ['--tone-style', 'new'])).toBe('Hoà bình, bảo đảm hoàn thành\n')
    expect(normalize(input)).toBe('Hòa bình, bảo đảm hoàn thành\n')
  })

  it('refuses an unknown style in one line, with exit code 2', () => {
    const { code, stdout, stderr } = vnclean(['normalize', '--tone-style', 'sideways'], {
      input: 'hòa\n',
    })
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.startsWith('vnclean: ')).toBe(true)
    expect(stderr).toContain('sideways')
    expect(stderr.trimEnd().split('\n')).toHaveLength(1) // one line, no stack trace
  })
})

describe('vnclean clean --format json: the normalisation report', () => {
  // One change of each of five rules, and two old-style open syllables (Hòa, thủy).
  const input = [
    'Hòa bình cho thủy điện Sơn La',
    '',
    'Tie\u0301\u0302ng Vie\u0323\u0302t là tiếng nói của người Việt.',
    '',
    'Vậy sao ? Hà\u00a0Nội vẫn baỏ tồn những con phố cũ.',
    '',
  ].join('\n')

  it('counts changes by rule id and gives the tone style as written', () => {
    const { normalization } = cleanJson(input)
    expect(normalization).toEqual({
      encoding: 'utf-8',
      changes: {
        'normalise/tone-order': 1,
        'normalise/nfc': 1,
        'normalise/space': 1,
        'normalise/punctuation-space': 1,
        'normalise/tone-placement': 1,
      },
      toneStyle: 'old',
    })
  })

  it('counts the tone-style rewrites too, and still reports the style as written', () => {
    const { normalization, title, blocks, removed } = cleanJson(input, ['--tone-style', 'new'])
    expect(normalization.changes['normalise/tone-style']).toBe(2)
    expect(normalization.toneStyle).toBe('old')
    const texts = [title, ...blocks.map((b) => b.text), ...removed.map((r) => r.text)]
    expect(texts).toContain('Hoà bình cho thuỷ điện Sơn La')
  })

  it.each([
    ['new', 'Hoà bình cho thuỷ điện Sơn La\n'],
    ['mixed', 'Hòa bình cho thuỷ điện Sơn La\n'],
    ['none', 'Bình yên cho thủ đô Hà Nội\n'],
  ])('reports tone style %s', (style, text) => {
    expect(cleanJson(text).normalization.toneStyle).toBe(style)
  })

  it('reports no changes for text that is already clean', () => {
    expect(cleanJson('Hà Nội mùa thu.\n').normalization.changes).toEqual({})
  })

  it('leaves a rule switched off out of the counts', () => {
    const { changes } = cleanJson(input, ['--disable', 'normalise/tone-placement']).normalization
    expect(changes['normalise/tone-placement']).toBeUndefined()
    expect(changes['normalise/space']).toBe(1)
  })
})

describe('normalize and clean share the normalisation step', () => {
  // Mangled the ways issue 3 lists: mojibake, TCVN3 read as windows-1252, NFD, tone marks.
  const utf8AsWestern = (s: string): string =>
    Buffer.from(s, 'utf8')
      .toString('latin1')
      .replace(/[\u0080-\u009f]/gu, (c) => {
        const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
        return cp1252[c.charCodeAt(0) - 0x80] ?? c
      })
  const input = [
    utf8AsWestern('Tiếng Việt trong trường học hôm nay'),
    '',
    'Th«ng tin vÒ kú thi tèt nghiÖp trung häc phæ th«ng n¨m nay ®· ®­îc c«ng bè.',
    '',
    'Ho\u0300a bi\u0300nh cho U\u0309Y BAN nhân dân , baỏ đảm chất lựơng phòng thí nghịêm .',
    '',
    'Tiếng\u200b Việt , Hà\u00a0Nội   mới',
    '',
  ].join('\n')

  it.each([[[]], [['--tone-style', 'new']], [['--tone-style', 'old']]])(
    'gives the same text for each line (options %j)',
    (args) => {
      const normalized = normalize(input, args).split('\n')
      const { blocks, removed } = cleanJson(input, args)
      const entries = [...blocks, ...removed].filter((e) => e.endLine === undefined)
      expect(entries.length).toBeGreaterThanOrEqual(3)
      for (const entry of entries) {
        expect([entry.line, entry.text]).toEqual([entry.line, normalized[entry.line - 1]?.trim()])
      }
      // and the text really was repaired, not passed through
      expect(normalized[0]).toBe('Tiếng Việt trong trường học hôm nay')
      expect(normalized[2]).toContain('Thông tin về kỳ thi tốt nghiệp')
    },
  )
})
