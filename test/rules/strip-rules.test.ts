// Rule tables: for each strip rule, lines it must remove and lines it must leave alone.
// Each case is a small page: a headline, a body of prose, and the line under test in place.
import { describe, expect, it } from 'vitest'
import { cleanText, emitText } from '../../src/index.js'

const TITLE = 'Hà Nội mở thêm ba tuyến xe buýt điện phục vụ người dân dịp cuối năm'
const PROSE = [
  'Sở Giao thông vận tải Hà Nội cho biết từ ngày mai sẽ đưa vào khai thác thêm ba tuyến xe buýt điện nối trung tâm với các khu đô thị mới.',
  'Theo kế hoạch, mỗi tuyến có khoảng 20 xe chạy với tần suất 15 phút một chuyến, giá vé giữ nguyên như các tuyến hiện có của thành phố.',
  'Đại diện doanh nghiệp vận hành cho biết các xe đều được trang bị hệ thống theo dõi hành trình và thanh toán không dùng tiền mặt.',
]

type Where = 'top' | 'middle' | 'end'

function page(line: string, where: Where): { text: string; lineNumber: number } {
  const lines =
    where === 'top'
      ? [line, TITLE, ...PROSE]
      : where === 'middle'
        ? [TITLE, PROSE[0] ?? '', line, ...PROSE.slice(1)]
        : [TITLE, ...PROSE, line]
  return { text: lines.join('\n'), lineNumber: lines.indexOf(line) + 1 }
}

function ruleFor(line: string, where: Where): string | null {
  const { text, lineNumber } = page(line, where)
  const { article } = cleanText(text)
  return (
    article.removed.find((entry) => entry.line === lineNumber && entry.partial !== true)?.rule ??
    null
  )
}

const removes: [string, string, Where][] = [
  ['strip/page-widget', 'Chia sẻ', 'end'],
  ['strip/page-widget', 'Rate this post', 'middle'],
  ['strip/page-widget', '506 Go top', 'end'],
  ['strip/page-widget', 'Đăng nhập', 'top'],
  ['strip/comment-widget', 'Phản hồi', 'end'],
  ['strip/comment-widget', 'Leave a Reply', 'end'],
  [
    'strip/comment-widget',
    'Your email address will not be published. Required fields are marked *',
    'end',
  ],
  ['strip/comment-widget', '12 bình luận', 'end'],
  ['strip/counter', 'Thống kê truy cập', 'end'],
  ['strip/counter', '• Khách Khách 875', 'end'],
  ['strip/counter', 'Tổng lượt truy cập: 86331443', 'end'],
  ['strip/poll', 'Hiện tại không có bình chọn nào đang hoạt động.', 'end'],
  ['strip/media-prompt', 'XEM VIDEO', 'middle'],
  ['strip/media-prompt', 'XEM CLIP: (Nguồn: Kiều Việt)', 'middle'],
  ['strip/site-footer', '© 2024 Báo Điện tử. Ghi rõ nguồn khi phát hành lại.', 'end'],
  ['strip/image-alt', `${TITLE} - 1`, 'middle'],
  ['strip/image-alt', 'Xe buýt điện trên phố - Ảnh 1.', 'middle'],
  ['strip/timestamp', 'Thứ bảy, 24/12/2022 - 08:42 (GMT+7)', 'top'],
  ['strip/doubled-label', 'Thông tin lý luận Thông tin lý luận', 'top'],
  ['strip/repeated-line', TITLE.toUpperCase(), 'end'],
  ['strip/related-news', 'Các tin khác', 'end'],
  ['strip/related-news', 'CÁC TIN BÀI KHÁC:', 'end'],
  ['strip/related-news', 'Xem thêm: Giá vé xe buýt sẽ tăng từ tháng sau', 'middle'],
  ['strip/sidebar', 'Nhân vật liên quan', 'middle'],
  ['strip/nav-menu', 'Thời sự | Kinh tế | Thế giới | Thể thao', 'top'],
  ['strip/breadcrumb', 'Trang chủ > Giao thông > Đô thị', 'top'],
]

const keeps: [string, Where][] = [
  [
    'Chia sẻ với báo chí, ông Nguyễn Văn A cho biết thành phố sẽ tiếp tục mở thêm tuyến mới.',
    'middle',
  ],
  ['Xe buýt điện giảm phát thải', 'middle'],
  ['Theo ông Minh, giá vé không đổi.', 'middle'],
  ['Bình luận về việc này, chuyên gia giao thông cho rằng đây là hướng đi đúng.', 'middle'],
  ['Tổng cộng có 60 xe buýt điện được đưa vào khai thác trong đợt này.', 'middle'],
  ['Minh Anh', 'end'],
  ['Theo VnExpress', 'end'],
  ['1. Tuyến Long Biên - Khu đô thị Ocean Park', 'middle'],
]

describe('strip rules remove what they should', () => {
  for (const [rule, line, where] of removes) {
    it(`${rule}: ${line}`, () => {
      expect(ruleFor(line, where)).toBe(rule)
    })
  }
})

describe('strip rules leave article text alone', () => {
  for (const [line, where] of keeps) {
    it(line, () => {
      expect(ruleFor(line, where)).toBeNull()
    })
  }
})

describe('strip/doubled-text', () => {
  it('removes the second copy of a caption printed twice inside one line, as a partial removal', () => {
    const caption = 'Đồng chí Nguyễn Văn A phát biểu tại buổi làm việc.'
    const { text, lineNumber } = page(`${caption} ${caption}`, 'middle')
    const { article } = cleanText(text)
    expect(article.removed).toContainEqual({
      line: lineNumber,
      rule: 'strip/doubled-text',
      text: caption,
      partial: true,
    })
    expect(article.blocks.find((block) => block.line === lineNumber)).toMatchObject({
      type: 'caption',
      text: caption,
    })
  })

  it('removes sentences printed twice whose copies differ in punctuation (read sentence by sentence)', () => {
    // An odd number of words: the line has no two equal halves, only equal runs of sentences.
    const first = 'Người dân đổ xô mua sắm - giá cả tăng mạnh. Chợ đông nghẹt từ sáng sớm.'
    const second = 'Người dân đổ xô mua sắm, giá cả tăng mạnh. Chợ đông nghẹt từ sáng sớm.'
    const { text, lineNumber } = page(`${first} ${second}`, 'middle')
    const { article } = cleanText(text)
    expect(article.removed).toContainEqual({
      line: lineNumber,
      rule: 'strip/doubled-text',
      text: second,
      partial: true,
    })
  })

  it('leaves a sentence that merely repeats a phrase', () => {
    const line =
      'Người dân cần chủ động, người dân cần bình tĩnh và người dân cần theo dõi thông tin.'
    const { text, lineNumber } = page(line, 'middle')
    const { article } = cleanText(text)
    expect(article.blocks.find((block) => block.line === lineNumber)?.text).toBe(line)
  })
})

describe('strip/repeated-line in hard-wrapped paragraphs', () => {
  const wrapped = [
    'Theo kế hoạch vừa được thành phố ban hành, rác thải sinh hoạt phải được phân',
    'thành ba nhóm trước khi đưa ra điểm tập kết của từng phường',
  ]
  const oneLine = wrapped.join(' ')

  it('removes a line that repeats the wrapped lines before it, and cleaning again changes nothing', () => {
    const text = [TITLE, PROSE[0] ?? '', ...wrapped, oneLine, ...PROSE.slice(1)].join('\n')
    const { article } = cleanText(text)
    expect(article.removed).toContainEqual({ line: 5, rule: 'strip/repeated-line', text: oneLine })
    const paragraph = article.blocks.find((block) => block.line === 3)
    expect(paragraph).toMatchObject({ type: 'paragraph', text: oneLine, endLine: 4 })
    const again = cleanText(emitText(article)).article
    expect(emitText(again)).toBe(emitText(article))
  })

  it('keeps wrapped lines that go on with new words', () => {
    const text = [TITLE, ...wrapped, 'và được thu gom theo giờ cố định trong ngày.'].join('\n')
    const { article } = cleanText(text)
    expect(article.removed).toEqual([])
  })
})

describe('rules can be switched off', () => {
  it('--disable strip/page-widget keeps the widget line', () => {
    const { text } = page('Chia sẻ', 'end')
    const { article } = cleanText(text, { settings: { disabled: new Set(['strip/page-widget']) } })
    expect(article.removed.map((entry) => entry.rule)).not.toContain('strip/page-widget')
  })
})
