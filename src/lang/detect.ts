/** Document language with franc (ISO 639-3), on a bounded sample, `und` when unsure. */
import { createRequire } from 'node:module'
import { isAsciiLetter } from '../text/ascii.js'

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
const VIETNAMESE_ONLY = /[ăđơưĩũ\u1ea0-\u1ef9]/iu
const LETTER = /\p{L}/u
const MIN_LETTERS = 40
const MIN_SHARE = 0.05

function isClearlyVietnamese(text: string): boolean {
  let letters = 0
  let vietnamese = 0
  for (const char of text) {
    const code = char.charCodeAt(0)
    if (code < 0x80) {
      // ASCII: a letter or not, never one only Vietnamese writes.
      if (isAsciiLetter(code)) letters++
      continue
    }
    if (!LETTER.test(char)) continue
    letters++
    if (VIETNAMESE_ONLY.test(char)) vietnamese++
  }
  return letters >= MIN_LETTERS && vietnamese / letters >= MIN_SHARE
}
