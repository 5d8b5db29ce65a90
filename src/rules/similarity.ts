/** Canonical forms and near-duplicate tests for lines (captions printed twice, retyped names). */
import abbreviations from '../data/abbreviations.json' with { type: 'json' }

const PHOTO_CREDIT =
  /\((?:ảnh|đồ họa|đồ hoạ|nguồn|photo|video)\s*:[^()]*\)|\s[-–—]\s(?:ảnh|photo)\s*:.*$/giu
const NOT_WORD = /[^\p{L}\p{N}]+/gu
const REPLACEMENTS: readonly (readonly [string, string])[] = Object.entries(abbreviations)
  .filter(([key]) => !key.startsWith('_'))
  .flatMap(([key, forms]) => (forms as string[]).map((form) => [form, key] as const))
  .sort((a, b) => b[0].length - a[0].length)

/** Lower case, credits and punctuation gone, known spellings of a name folded together. */
export function canonicalLine(text: string): string {
  let lower = text.toLowerCase().replace(PHOTO_CREDIT, ' ')
  for (const [form, key] of REPLACEMENTS) {
    if (lower.includes(form)) lower = lower.split(form).join(` ${key} `)
  }
  return lower.replace(NOT_WORD, ' ').trim().replace(/ +/gu, ' ')
}

const JACCARD_MIN = 0.8
const LENGTH_RATIO_MIN = 0.7

/** Two canonical lines that say the same thing: equal, or sharing nearly all their words. */
export function nearlySame(a: string, b: string): boolean {
  if (a === b) return a !== ''
  const shorter = Math.min(a.length, b.length)
  const longer = Math.max(a.length, b.length)
  if (longer === 0 || shorter / longer < LENGTH_RATIO_MIN) return false
  const wordsA = new Set(a.split(' '))
  const wordsB = new Set(b.split(' '))
  let shared = 0
  for (const word of wordsA) if (wordsB.has(word)) shared++
  const union = wordsA.size + wordsB.size - shared
  return union > 0 && shared / union >= JACCARD_MIN
}
