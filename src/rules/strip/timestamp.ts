/** Lines that are only a date or time stamp (`Thứ bảy, 24/12/2022 - 08:42 (GMT+7)`). */
import { isLive, type StripRule } from '../rule.js'
import { stripRuleMeta } from './catalog.js'

// Lines are normalised (single spaces), so an optional space is ` ?`, never `\s*`.
const WEEKDAY = String.raw`(?:thứ (?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|t[2-7]|cn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)`
const DATE = String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`
const TIME = String.raw`\d{1,2}[:h]\d{2}(?::\d{2})?(?: ?(?:am|pm|sa|ch))?`
const LABEL = String.raw`(?:cập nhật|đăng|đăng lúc|ngày đăng|ngày|published|updated|posted)`
const STAMP = String.raw`(?:${DATE}|${TIME})`
const TIMESTAMP = new RegExp(
  String.raw`^(?:${LABEL}(?: ?:)? ?)?(?:${WEEKDAY},? ?)?(?:ngày ?)?${STAMP}(?:(?: [-,|]| ?,)? ?${STAMP})?(?: ?\(?gmt ?[+-] ?\d{1,2}\)?)?$`,
  'iu',
)

export const timestamp: StripRule = {
  ...stripRuleMeta('strip/timestamp'),
  scope: 'line',
  apply(context) {
    for (const node of context.lines) {
      if (isLive(node) && node.data.features.words <= 12 && TIMESTAMP.test(node.data.text)) {
        context.drop(node, 'Date or time stamp')
      }
    }
  },
}
