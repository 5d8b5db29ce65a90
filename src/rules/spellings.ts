/**
 * Spellings of one name that scraped pages print interchangeably (`tp. hcm`, `thành phố hồ chí
 * minh`), folded to one key (src/data/abbreviations.json) so near-duplicate lines compare equal.
 */
import abbreviations from '../data/abbreviations.json' with { type: 'json' }

/** Longest spelling first: `thông tấn xã việt nam` goes before the `việt nam` inside it. */
const REPLACEMENTS: readonly (readonly [string, string])[] = Object.entries(abbreviations)
  .filter(([key]) => !key.startsWith('_'))
  .flatMap(([key, forms]) => (forms as string[]).map((form) => [form, key] as const))
  .sort((a, b) => b[0].length - a[0].length)

/**
 * Whether a line has any of the spellings: one pass of a pattern of literal alternatives, where
 * looking for each spelling in turn reads the line twenty times. Most lines have none.
 */
const ANY_SPELLING = new RegExp(
  REPLACEMENTS.map(([form]) => form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|'),
  'u',
)

/** `lower` with each spelling, longest first, replaced everywhere by its key between spaces. */
export function foldSpellings(lower: string): string {
  if (!ANY_SPELLING.test(lower)) return lower
  let folded = lower
  for (const [form, key] of REPLACEMENTS) {
    if (folded.includes(form)) folded = folded.split(form).join(` ${key} `)
  }
  return folded
}
