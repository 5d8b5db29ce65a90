/** Document language with franc (ISO 639-3), on a bounded sample, `und` when unsure. */
import { createRequire } from 'node:module'
import { classOfCodePoint, LETTER } from '../text/char-class.js'

/**
 * franc and its trigram tables take about 40 ms to load: more than the rest of a one-article
 * run. They load (once; Node caches modules) only for a text that is not clearly Vietnamese.
 */
const load = createRequire(import.meta.url)

/** Languages a Vietnamese news archive meets; a short list keeps franc fast and sure. */
const CANDIDATES = [
  'vie',
  'eng',
  'fra',
  'deu',
  'spa',
  'por',
  'ind',
  'cmn',
  'jpn',
  'kor',
  'rus',
  'tha',
  'khm',
  'lao',
]
const MIN_LENGTH = 20
const SAMPLE_LENGTH = 2048

export function detectLanguage(texts: readonly string[]): string {
  let sample = ''
  for (const text of texts) {
    if (sample.length >= SAMPLE_LENGTH) break
    sample += `${text}\n`
  }
  const text = sample.slice(0, SAMPLE_LENGTH)
  if (isClearlyVietnamese(text)) return 'vie'
  const { franc } = load('franc') as typeof import('franc')
  return franc(text, { only: CANDIDATES, minLength: MIN_LENGTH })
}

/**
 * Letters only Vietnamese writes: ă đ ơ ư ĩ ũ (either case) and the Latin Extended Additional
 * block U+1EA0–U+1EF9 (ạ ả ấ … ỹ). French, Portuguese or Spanish never use them, so a text
 * where they are a clear share of the letters is Vietnamese without asking franc (which costs
 * about a millisecond per document: the largest single cost of the language step).
 */
const VIETNAMESE_ONLY = 'ăđơưĩũĂĐƠƯĨŨ'
const MIN_LETTERS = 40
const MIN_SHARE = 0.05

export function isClearlyVietnamese(text: string): boolean {
  let letters = 0
  let vietnamese = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let codePoint = code
    if (code >= 0xd800 && code <= 0xdbff) {
      codePoint = text.codePointAt(i) ?? code
      if (codePoint > 0xffff) i++
    }
    if ((classOfCodePoint(codePoint) & LETTER) === 0) continue
    letters++
    if (isVietnameseOnly(codePoint)) vietnamese++
  }
  return letters >= MIN_LETTERS && vietnamese / letters >= MIN_SHARE
}

function isVietnameseOnly(code: number): boolean {
  if (code < 0x100) return false
  if (code >= 0x1ea0 && code <= 0x1ef9) return true
  return code < 0x200 && VIETNAMESE_ONLY.includes(String.fromCharCode(code))
}
