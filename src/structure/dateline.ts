/**
 * Datelines that open a lead: `(Chinhphu.vn) -`, `(Dân trí) -`, `Hà Nội (TTXVN 14/6/2024) …`,
 * `HÀ NỘI - `, `VOV.VN - `, `TPO - `.
 */
export interface Dateline {
  outlet: string | null
  place: string | null
  date: string | null
}

const PAREN =
  /^(?:(\p{Lu}[\p{L}. ]{1,40}?)\s*)?\(([\p{Lu}\d][\p{L}\d. &'-]{0,30}?)(?:[\s,]+(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?)?\)\s*(?:[-–—:]\s*|(?=\p{Lu}))/u
const BARE = /^([\p{Lu}\d][\p{Lu}\d.]{1,14}|\p{Lu}\p{L}{1,20}\.(?:vn|VN|net|com))\s+[-–—]\s+/u
const UPPER_PLACE = /^(\p{Lu}[\p{Lu} .]{2,30}\p{Lu})\s+[-–—]\s+/u
const NOT_OUTLETS = /^(?:ảnh|video|clip|đồ họa|nguồn|theo)\b/iu

export function parseDateline(text: string): Dateline | null {
  const paren = PAREN.exec(text)
  if (paren?.[2] !== undefined && !NOT_OUTLETS.test(paren[2]) && paren[2].split(' ').length <= 4) {
    const place = paren[1]?.trim() ?? null
    if (place !== null && place.split(' ').length > 6) return null
    return { outlet: paren[2].trim(), place, date: isoDate(paren[3], paren[4], paren[5]) }
  }
  const upper = UPPER_PLACE.exec(text)
  if (upper?.[1] !== undefined && upper[1].includes(' ')) {
    return { outlet: null, place: titleCase(upper[1]), date: null }
  }
  const bare = BARE.exec(text)
  if (bare?.[1] !== undefined) return { outlet: bare[1], place: null, date: null }
  return null
}

export function isoDate(day?: string, month?: string, year?: string): string | null {
  if (day === undefined || month === undefined || year === undefined) return null
  const d = Number(day)
  const m = Number(month)
  let y = Number(year)
  if (year.length === 2) y += 2000
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word) => (word === '' ? word : word[0]?.toUpperCase() + word.slice(1)))
    .join(' ')
}
