/** Document language with franc (ISO 639-3), on a bounded sample, `und` when unsure. */
import { franc } from 'franc'

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
  return franc(sample.slice(0, SAMPLE_LENGTH), { only: CANDIDATES, minLength: MIN_LENGTH })
}
