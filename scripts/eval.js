// Scores vnclean on the line-labelled development set in ../shared/devset (see its README):
// per site, article-line precision and recall, drop recall, title and authors exact match.
// Usage: npm run eval [-- --verbose]   (the devset is not in the repo; it lives beside it)
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { cleanDocument, createCleaner, resolveSettings } from '../dist/index.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const devset = process.env.VNCLEAN_DEVSET ?? path.resolve(root, '../shared/devset')
const verbose = process.argv.includes('--verbose')
if (!existsSync(devset)) {
  console.error(`eval: no devset at ${devset} (set VNCLEAN_DEVSET); nothing to score`)
  process.exit(2)
}
const ARTICLE = new Set([
  'title',
  'heading',
  'paragraph',
  'list-item',
  'caption',
  'byline',
  'source',
])
const CONTENT = new Set(['title', 'heading', 'paragraph', 'list-item', 'caption'])
const cleaner = createCleaner(resolveSettings())
const sites = new Map()

for (const name of readdirSync(devset)
  .filter((n) => n.endsWith('.gold.json'))
  .sort()) {
  const gold = JSON.parse(readFileSync(path.join(devset, name), 'utf8'))
  const input = path.join(devset, name.replace('.gold.json', '.txt'))
  const { article } = cleanDocument(cleaner, {
    bytes: readFileSync(input),
    file: input,
    encoding: null,
  })
  const predicted = new Map()
  for (const block of article.blocks) {
    for (let n = block.line; n <= (block.endLine ?? block.line); n++) predicted.set(n, block.type)
  }
  const s = sites.get(gold.site) ?? {
    tp: 0,
    fp: 0,
    fn: 0,
    drop: 0,
    dropped: 0,
    title: 0,
    authors: 0,
    docs: 0,
  }
  for (const line of gold.lines) {
    const labels = [line.label, ...(line.alt ?? [])]
    const got = predicted.get(line.n) ?? 'drop'
    const goldArticle = CONTENT.has(line.label)
    const okArticle = labels.some((l) => CONTENT.has(l))
    const gotArticle = CONTENT.has(got)
    if (goldArticle && gotArticle) s.tp++
    else if (goldArticle && !gotArticle && !labels.includes('drop')) s.fn++
    else if (!okArticle && gotArticle) s.fp++
    if (line.label === 'drop') {
      s.drop++
      if (got === 'drop' || !ARTICLE.has(got)) s.dropped++
    }
    if (
      verbose &&
      !labels.includes(got) &&
      !(CONTENT.has(got) && labels.some((l) => CONTENT.has(l)))
    ) {
      console.log(
        `${name}:${line.n} gold=${labels.join('|')} got=${got}  ${line.text.slice(0, 80)}`,
      )
    }
  }
  s.docs++
  if (article.title === gold.title) s.title++
  else if (verbose)
    console.log(`${name}: title ${JSON.stringify(article.title)} ≠ ${JSON.stringify(gold.title)}`)
  if (JSON.stringify(article.authors) === JSON.stringify(gold.authors)) s.authors++
  else if (verbose)
    console.log(
      `${name}: authors ${JSON.stringify(article.authors)} ≠ ${JSON.stringify(gold.authors)}`,
    )
  sites.set(gold.site, s)
}
const pct = (a, b) => (b === 0 ? '  n/a' : `${((100 * a) / b).toFixed(1).padStart(5)}%`)
console.log('site               docs  precision  recall  drop-recall  title  authors')
let ok = true
for (const [site, s] of sites) {
  const precision = s.tp / (s.tp + s.fp)
  const recall = s.tp / (s.tp + s.fn)
  ok &&= recall >= 0.99 && precision >= 0.95 && s.title / s.docs >= 0.95
  console.log(
    `${site.padEnd(18)} ${String(s.docs).padStart(4)}  ${pct(s.tp, s.tp + s.fp)}     ${pct(s.tp, s.tp + s.fn)}  ${pct(s.dropped, s.drop)}       ${pct(s.title, s.docs)} ${pct(s.authors, s.docs)}`,
  )
}
console.log(
  ok
    ? 'targets met (recall ≥ 99 %, precision ≥ 95 %, title ≥ 95 % on every site)'
    : 'targets NOT met',
)
process.exitCode = ok ? 0 : 1
