/** Photo credits that mark a caption: `(Ảnh: Việt Dũng)`, `- Ảnh: SGGP`, `(Đồ họa: BBC)`. */
const CREDIT =
  /(?:\(|\s[-–—]\s|^)(?:ảnh|Ảnh|ẢNH|đồ họa|Đồ họa|đồ hoạ|Đồ hoạ|Nguồn ảnh|nguồn ảnh|Photo|photo|Video|Clip|Ảnh minh họa|Ảnh minh hoạ|ảnh minh họa)\s*:\s*([^()]{1,60}?)\)?\.?$/u
const CREDIT_ONLY = /^\(?(?:ảnh|đồ họa|đồ hoạ|photo)\s*:\s*[^()]{1,60}\)?\.?$/iu

export interface CaptionCredit {
  credit: string
  /** The caption text without the credit. */
  text: string
}

export function parseCaptionCredit(text: string): CaptionCredit | null {
  // Every credit has its colon: most lines have none, and are not searched position by position.
  if (!text.includes(':')) return null
  const match = CREDIT.exec(text)
  if (match?.[1] === undefined) return null
  return { credit: match[1].trim(), text: text.slice(0, match.index).trim() }
}

/** A line that is nothing but a photo credit. */
export function isCreditOnly(text: string): boolean {
  return CREDIT_ONLY.test(text)
}
