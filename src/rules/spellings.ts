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
const LONGEST = Math.max(...REPLACEMENTS.map(([form]) => form.length))

/**
 * All the spellings as one pattern of literal alternatives: one pass tells whether a line has
 * any (most have none) and, global, where they are (`matchAll` scans with a copy of it).
 */
const SOURCE = REPLACEMENTS.map(([form]) => form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|')
const ANY_SPELLING = new RegExp(SOURCE, 'u')
const EVERY_SPELLING = new RegExp(SOURCE, 'gu')

/**
 * Spellings a replacement can bring about: the key put in with a space on each side, the text
 * around it may complete one (` tphcm ` then `city` right after the replaced spelling gives
 * `hcm city`). Worked out from the data, and always tried when any spelling occurs.
 */
const MADE_BY_REPLACING: ReadonlySet<string> = new Set(
  REPLACEMENTS.map(([form]) => form).filter((form) =>
    REPLACEMENTS.some(([, key]) => overlapsInserted(form, ` ${key} `)),
  ),
)

function overlapsInserted(form: string, inserted: string): boolean {
  if (form.includes(inserted) || inserted.includes(form)) return true
  for (let i = 1; i < inserted.length; i++) {
    if (form.startsWith(inserted.slice(i)) || form.endsWith(inserted.slice(0, i))) return true
  }
  return false
}

/**
 * `lower` with each spelling, longest first, replaced everywhere by its key between spaces.
 * Each spelling is looked for only where it may be: every occurrence of one starts inside a
 * match of the left-to-right scan (one it skipped lies inside the match the scan took), so the
 * text from each match's start to its end plus the longest spelling holds them all.
 */
export function foldSpellings(lower: string): string {
  if (!ANY_SPELLING.test(lower)) return lower
  const near = nearMatches(lower)
  let folded = lower
  for (const [form, key] of REPLACEMENTS) {
    if (!near.includes(form) && !MADE_BY_REPLACING.has(form)) continue
    if (folded.includes(form)) folded = folded.split(form).join(` ${key} `)
  }
  return folded
}

/** The stretches of `text` around the scan's matches, apart by line feeds (no spelling has one). */
function nearMatches(text: string): string {
  let near = ''
  let from = -1
  let to = -1
  for (const match of text.matchAll(EVERY_SPELLING)) {
    const start = match.index
    const end = Math.min(text.length, start + match[0].length - 1 + LONGEST)
    if (from !== -1 && start <= to) to = Math.max(to, end)
    else {
      if (from !== -1) near += `${text.slice(from, to)}\n`
      from = start
      to = end
    }
  }
  return from === -1 ? near : near + text.slice(from, to)
}
