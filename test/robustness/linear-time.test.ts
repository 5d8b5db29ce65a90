// Linear time on hostile input. Each case is a page built to hit one rule where a careless
// implementation does work per pair of lines (or per pair of positions in a line); its cost per
// MB must stay within a generous factor of the cost per MB of real pages, measured here in the
// same process, so a slow or busy machine moves both figures together. A quadratic rule fails
// by orders of magnitude at these sizes: 100,000 lines compared pairwise is 10^10 comparisons.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cleanDocument, type Article } from '../../src/index.js'
import { cleaner, realPages } from './helpers.js'

/**
 * Allowed cost per MB of a hostile page, as a multiple of the cost per MB of real pages. The
 * slowest case measures about 3× (under a second per MB where real pages take 0.3 s); the
 * margin is for a shared machine's noise between the baseline and one case's single run. A
 * quadratic rule misses it by orders of magnitude.
 */
const MAX_RATIO = 8
const MB = 1_000_000

interface Timing {
  article: Article
  msPerMb: number
  mb: number
}

/**
 * CPU time of this process, not wall time: another process busy on a shared machine slows the
 * wall clock of one measurement and not of the next, far more than it moves CPU time.
 */
function time(text: string): Timing {
  const bytes = Buffer.from(text, 'utf8')
  const start = process.cpuUsage()
  const { article } = cleanDocument(cleaner, { bytes, file: null, encoding: null })
  const used = process.cpuUsage(start)
  const ms = (used.user + used.system) / 1000
  return { article, msPerMb: ms / (bytes.length / MB), mb: bytes.length / MB }
}

const baselineText = ((): string => {
  const pages = realPages.map((page) => page.text).join('\n\n')
  return pages.repeat(Math.ceil(MB / Buffer.byteLength(pages)))
})()

/** Real pages, repeated to about 1 MB: the best of `runs` runs (the first one warms up). */
function measureBaseline(runs: number): number {
  return Math.min(...Array.from({ length: runs }, () => time(baselineText).msPerMb))
}

/** A small deterministic generator (mulberry32), so every run builds the same pages. */
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** UTF-8 bytes read as windows-1252, as a scraper does (its five undefined bytes: C1 controls). */
function readAsWindows1252(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text))
}

const WORDS = [
  'thủ',
  'tướng',
  'phát',
  'biểu',
  'tại',
  'hội',
  'nghị',
  'người',
  'dân',
  'thành',
  'phố',
  'kinh',
  'tế',
  'năm',
  'nay',
  'Hà',
  'Nội',
  'TPHCM',
  'Việt',
  'Nam',
]

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T
}

function lines(count: number, line: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => line(i)).join('\n')
}

const CASES: { name: string; build: () => string; check: (article: Article) => void }[] = [
  {
    name: '200,000 caption openers (`Ảnh: `, `(Ảnh minh họa)`, credits)',
    build: () => {
      const openers = ['Ảnh: ', '(Ảnh minh họa)', 'Ảnh minh họa: Internet', '(Ảnh: TTXVN)', 'Ảnh:']
      return lines(200_000, (i) => openers[i % openers.length] ?? '')
    },
    check: (article) => expect(article.stats.lines).toBe(200_000),
  },
  {
    // 10 MB, not 30: one synchronous call longer than vitest's 60 s RPC timeout fails the run on
    // a slow machine; test/robustness/bad-input.test.ts still feeds a 30 MB line (no spaces).
    name: 'a 10 MB line of words, punctuation runs and spaces',
    build: () => {
      const next = random(30)
      const runs = ['...', '!!!', '???', ',,,', ' - ', ' > ', ' | ', '(', ')', ':', '“', '”', '…']
      const parts: string[] = []
      let size = 0
      while (size < 10 * MB) {
        const part =
          next() < 0.7
            ? pick(next, WORDS)
            : pick(next, runs).repeat(1 + Math.floor(next() * 6)) +
              ' '.repeat(Math.floor(next() * 3))
        parts.push(part)
        size += Buffer.byteLength(part) + 1
      }
      return parts.join(' ')
    },
    check: (article) => expect(article.stats.lines).toBe(1),
  },
  {
    name: '100,000 widget phrases (`Phản hồi`, `Rate this post`, counters, polls)',
    build: () => {
      const widgets = [
        'Phản hồi',
        'Rate this post',
        'Leave a Reply',
        'Your email address will not be published. Required fields are marked *',
        'Chia sẻ',
        '506 Go top',
        'Thống kê truy cập',
        'Khách 875',
        'Tổng lượt truy cập: 86331443',
        'Hiện tại không có bình chọn nào đang hoạt động.',
      ]
      return lines(100_000, (i) => widgets[i % widgets.length] ?? '')
    },
    check: (article) => expect(article.stats.removed).toBe(100_000),
  },
  {
    name: '100,000 near-duplicate lines (one word changed, `TPHCM` / `TP. Hồ Chí Minh`, ` - N` tails)',
    build: () => {
      const next = random(100)
      const places = ['TPHCM', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Hà Nội']
      return lines(100_000, (i) => {
        const tail = i % 3 === 0 ? ` - ${String(i % 9)}` : ''
        return `Thủ tướng phát biểu tại ${pick(next, places)} về ${pick(next, WORDS)} ${pick(next, WORDS)} lần ${String(i)}${tail}`
      })
    },
    check: (article) => expect(article.stats.lines).toBe(100_000),
  },
  {
    name: '100,000 image alt lines whose stems match no line (` - 1` after distinct words)',
    build: () => {
      const next = random(7)
      return lines(100_000, (i) => {
        const words = Array.from({ length: 6 }, () => pick(next, WORDS))
        return `${words.join(' ')} số ${String(i)} - 1`
      })
    },
    check: (article) => expect(article.stats.lines).toBe(100_000),
  },
  {
    name: '200,000 short link-like lines (a page that is one long menu)',
    build: () => {
      const sections = ['Thời sự', 'Kinh tế', 'Thế giới', 'Giải trí', 'Thể thao', 'Pháp luật']
      return lines(200_000, (i) =>
        i % 4 === 0 ? `• ${sections[i % 6] ?? ''}` : `${sections[i % 6] ?? ''} ${String(i)}`,
      )
    },
    check: (article) => expect(article.stats.lines).toBe(200_000),
  },
  {
    name: 'a related-news marker over 100,000 listed headlines, a sidebar box, breadcrumbs',
    build: () =>
      [
        'Các tin khác',
        lines(50_000, (i) => `Tin nhanh số ${String(i)} (24/12)`),
        'Nhân vật liên quan',
        lines(25_000, (i) => `• Ông Nguyễn Văn ${String(i)}`),
        lines(25_000, (i) => `Trang chủ > Tin tức > Mục ${String(i)}`),
      ].join('\n'),
    check: (article) => expect(article.stats.lines).toBe(100_002),
  },
  {
    // Read twice as windows-1252, Đ ề ọ ỏ ờ pass through a C1 control that the repair lets stand
    // between its two passes: each such control is placed in the text a pass leaves.
    name: 'a 1 MB line of UTF-8 read as windows-1252 twice (C1 controls between the readings)',
    build: () => {
      const sentence = 'Đà Nẵng đề nghị người dân học tập, bảo vệ nhà cửa trong mùa mưa bão. '
      const line = sentence.repeat(Math.ceil(MB / 3 / Buffer.byteLength(sentence)))
      return readAsWindows1252(readAsWindows1252(line))
    },
    check: (article) => {
      expect(article.stats.lines).toBe(1)
      expect(JSON.stringify(article.blocks)).toContain('Đà Nẵng đề nghị người dân học tập')
    },
  },
  {
    name: '1,000 long lines whose opening recurs (sentence splitting for doubled text)',
    build: () => {
      const sentence = 'Người dân thành phố phát biểu tại hội nghị năm nay. '
      return lines(1_000, (i) => `${sentence.repeat(70)}Lần ${String(i)}.`)
    },
    check: (article) => expect(article.stats.lines).toBe(1_000),
  },
]

describe('linear time on hostile input', () => {
  let baseline = 0
  const figures: string[] = []
  beforeAll(async () => {
    baseline = measureBaseline(3)
    await new Promise((resolve) => setImmediate(resolve))
  }, 120_000)
  afterAll(() => {
    // The figures, for the record: VNCLEAN_TIMINGS=1 npx vitest run test/robustness/linear-time
    if (process.env.VNCLEAN_TIMINGS === '1') {
      console.info(
        [`real pages, first: ${baseline.toFixed(0)} ms/MB of CPU`, ...figures].join('\n'),
      )
    }
  })

  for (const { name, build, check } of CASES) {
    it(`${name}: within ${String(MAX_RATIO)}× the cost per MB of real pages`, async () => {
      // Let vitest's worker answer its pending RPC calls between long synchronous runs (it gives
      // up on a call after 60 s, counting the whole file's blocking time).
      await new Promise((resolve) => setImmediate(resolve))
      expect(baseline).toBeGreaterThan(0)
      const text = build()
      // Real pages again, right before the case (the code is warm by now): the figure the case
      // is compared with is taken under the same conditions.
      const before = measureBaseline(1)
      const { article, msPerMb, mb } = time(text)
      check(article)
      const ratio = msPerMb / before
      figures.push(
        `${name}: ${mb.toFixed(1)} MB, ${msPerMb.toFixed(0)} ms/MB (real pages ${before.toFixed(0)}), ${ratio.toFixed(1)}×`,
      )
      expect(ratio, `${msPerMb.toFixed(0)} ms/MB against ${before.toFixed(0)}`).toBeLessThan(
        MAX_RATIO,
      )
    }, 300_000)
  }
})
