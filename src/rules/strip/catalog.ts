/**
 * The strip rules' ids, descriptions and defaults, in running order, without their code: what
 * `vnclean rules` lists and `--enable`/`--disable` are checked against, loaded without the
 * pipeline (the batch coordinator of a run on worker threads never cleans a page itself). Each
 * rule takes its fields from here (`stripRuleMeta`), so the two cannot disagree.
 */
import type { RuleMeta } from '../rule.js'
import { defaultOnRule } from '../rule-meta.js'

export interface StripRuleMeta extends RuleMeta {
  stage: 'strip'
}

function strip(id: string, description: string): StripRuleMeta {
  return defaultOnRule('strip', id, description)
}

export const STRIP_RULE_META: readonly StripRuleMeta[] = [
  strip(
    'strip/site-phrase',
    'lines matching the phrases and patterns of the user config (`strip.phrases`, `strip.patterns`)',
  ),
  strip(
    'strip/page-widget',
    'share, print, rating, log-in, font-size and go-to-top widgets (`Chia sẻ`, `Rate this post`, `506 Go top`)',
  ),
  strip(
    'strip/comment-widget',
    'comment forms and prompts (`Phản hồi`, `Leave a Reply`, `Your email address will not be published…`)',
  ),
  strip(
    'strip/counter',
    'visitor counters (`Thống kê truy cập`, `Người trực tuyến`, `Khách 875`, `Tổng lượt truy cập: 86331443`)',
  ),
  strip('strip/poll', 'polls (`Bình chọn`, `Hiện tại không có bình chọn nào đang hoạt động.`)'),
  strip(
    'strip/media-prompt',
    'video and photo calls to action and ad slots (`XEM VIDEO`, `XEM CLIP:`, `Quảng cáo`)',
  ),
  strip(
    'strip/site-footer',
    'site footers: copyright, licence, editor-in-chief, address and hotline lines',
  ),
  strip(
    'strip/image-alt',
    'image alt text printed as a line (`<headline> - 1`, `<headline> - Ảnh 1.`)',
  ),
  strip('strip/timestamp', 'lines that are only a publication date or time'),
  strip(
    'strip/doubled-label',
    'a short label printed twice on one line (`Video Video`, `Tin nổi bật Tin nổi bật`)',
  ),
  strip(
    'strip/doubled-text',
    'a sentence or caption printed twice inside one line (the second copy is removed)',
  ),
  strip(
    'strip/repeated-line',
    'a line printed again: right after itself, exactly or nearly (duplicate captions), or anywhere, exactly',
  ),
  strip(
    'strip/sidebar',
    'sidebar boxes (`Nhân vật liên quan`, `Liên kết website`) with the entries listed under them',
  ),
  strip(
    'strip/related-news',
    'related-news and navigation tails (`Các tin khác`, `Tin nổi bật`, `Xem thêm: …`) with the headlines listed under them',
  ),
  strip(
    'strip/nav-menu',
    'navigation menus: runs of short link-like lines outside the article, one-line menus',
  ),
  strip(
    'strip/breadcrumb',
    'breadcrumbs (`Trang chủ > Xã hội`) and short category labels right above the headline',
  ),
  strip(
    'strip/outside-article',
    'short lines before the headline, and lines after the last paragraph that are not a byline, credit, caption or sentence',
  ),
]

/** The catalog entry of a strip rule (a rule missing from it is a programming error). */
export function stripRuleMeta(id: string): StripRuleMeta {
  const meta = STRIP_RULE_META.find((rule) => rule.id === id)
  if (meta === undefined) throw new Error(`strip rule ${id} is not in src/rules/strip/catalog.ts`)
  return meta
}
