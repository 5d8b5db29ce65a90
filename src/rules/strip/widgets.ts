/** The phrase-list rules: page widgets, comment forms, counters, polls, media prompts, footers. */
import boilerplate from '../../data/boilerplate.json' with { type: 'json' }
import type { PhraseList } from '../phrase-matcher.js'
import type { StripRule } from '../rule.js'
import { createPhraseRule } from './phrase-rule.js'

const lists = boilerplate as unknown as Record<string, PhraseList>

function phraseRule(id: string, description: string, reason: string): StripRule {
  const list = lists[id]
  if (list === undefined) throw new Error(`no phrase list for ${id} in boilerplate.json`)
  return createPhraseRule(id, description, list, reason)
}

export const pageWidget = phraseRule(
  'strip/page-widget',
  'share, print, rating, log-in, font-size and go-to-top widgets (`Chia sẻ`, `Rate this post`, `506 Go top`)',
  'Page widget, not article text',
)
export const commentWidget = phraseRule(
  'strip/comment-widget',
  'comment forms and prompts (`Phản hồi`, `Leave a Reply`, `Your email address will not be published…`)',
  'Comment widget, not article text',
)
export const counter = phraseRule(
  'strip/counter',
  'visitor counters (`Thống kê truy cập`, `Người trực tuyến`, `Khách 875`, `Tổng lượt truy cập: 86331443`)',
  'Visitor counter',
)
export const poll = phraseRule(
  'strip/poll',
  'polls (`Bình chọn`, `Hiện tại không có bình chọn nào đang hoạt động.`)',
  'Poll widget',
)
export const mediaPrompt = phraseRule(
  'strip/media-prompt',
  'video and photo calls to action and ad slots (`XEM VIDEO`, `XEM CLIP:`, `Quảng cáo`)',
  'Media prompt, not article text',
)
export const siteFooter = phraseRule(
  'strip/site-footer',
  'site footers: copyright, licence, editor-in-chief, address and hotline lines',
  'Site footer',
)
