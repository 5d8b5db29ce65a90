/** Credit lines: `theo SGGP`, `Theo Newsweek`, `(Theo TTXVN)`, `Nguồn: VnExpress`, `PV/VOV.VN`. */
import { hasMoreWords } from '../text/word-count.js'
const THEO =
  /^\(?(?:theo|nguồn|source|trích|dịch theo|lược dịch theo)(?:\s+(?:[:\-–]\s+)?|[:\-–]\s+)([^()]{2,80}?)\)?[.;]?$/iu
const DESK = /^(?:PV|CTV|BTV|NV|Nhóm PV|Phóng viên)\s*\/\s*([\p{L}\d.-]{2,30})$/u
const MAX_WORDS = 12

export interface Credit {
  outlet: string
}

export function parseCredit(text: string): Credit | null {
  if (hasMoreWords(text, MAX_WORDS)) return null
  const desk = DESK.exec(text)
  if (desk?.[1] !== undefined) return { outlet: desk[1] }
  const theo = THEO.exec(text)
  if (theo?.[1] === undefined) return null
  const outlet = theo[1].trim()
  // `Theo đó, …` and `Theo ông X` open sentences; an outlet starts with a capital or digit.
  if (!/^[\p{Lu}\d]/u.test(outlet) || outlet.includes(',') || outlet.split(' ').length > 6)
    return null
  if (/^(?:ông|bà|anh|chị|đó|đây|như|kế hoạch|quy định)\b/iu.test(outlet)) return null
  return { outlet }
}
