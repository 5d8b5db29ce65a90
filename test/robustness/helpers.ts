/**
 * Shared by the robustness tests: real pages to start from (the repo's fixtures, and the seeds
 * and devset beside the repo at ../shared, when present), a cleaner that only normalises (the
 * oracle for "the input's lines after normalisation"), and the invariants every Article keeps.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import {
  createCleaner,
  emitText,
  resolveSettings,
  STRIP_RULES,
  type Article,
  type Cleaner,
} from '../../src/index.js'
import { splitBullet } from '../../src/pipeline/bullet.js'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const seedsDir = path.resolve(repoRoot, '../shared/seeds')
export const devsetDir = path.resolve(repoRoot, '../shared/devset')

export interface Page {
  name: string
  bytes: Buffer
  text: string
}

function readPages(dir: string, pick: (name: string) => boolean): Page[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter(pick)
    .sort()
    .map((name) => {
      const bytes = readFileSync(path.join(dir, name))
      return { name, bytes, text: bytes.toString('utf8').replace(/^\ufeff/u, '') }
    })
}

/** The repo's golden inputs: always there. */
export const fixturePages: Page[] = readdirSync(path.join(repoRoot, 'fixtures'))
  .filter((name) => existsSync(path.join(repoRoot, 'fixtures', name, 'input.txt')))
  .sort()
  .flatMap((name) =>
    readPages(path.join(repoRoot, 'fixtures', name), (file) => file === 'input.txt').map(
      (page) => ({ ...page, name: `fixtures/${name}` }),
    ),
  )
/** Real scraped pages beside the repo; empty when ../shared is absent (tests say so and skip). */
export const seedPages: Page[] = readPages(seedsDir, (name) => name.endsWith('.txt'))
export const devsetPages: Page[] = readPages(devsetDir, (name) => name.endsWith('.txt'))
export const sharedMissing =
  seedPages.length === 0 && devsetPages.length === 0
    ? ' (seeds and devset skipped: ../shared/seeds and ../shared/devset are absent)'
    : ''
export const realPages: Page[] = [...fixturePages, ...seedPages, ...devsetPages]

export const cleaner: Cleaner = createCleaner(resolveSettings())

/**
 * Normalisation only, one block per non-blank line, each with the line's normalised text:
 * no strip rule, no paragraph joining, no list items (whose text would lose the marker).
 */
const normaliseOnly: Cleaner = createCleaner(
  resolveSettings({
    disabled: new Set([
      ...STRIP_RULES.map((rule) => rule.id),
      'structure/paragraph-join',
      'structure/list',
    ]),
  }),
  { strip: false },
)

/** The non-blank lines of a text after normalisation, by 1-based line number. */
export function normalisedLines(text: string): Map<number, string> {
  const lines = new Map<number, string>()
  for (const block of normaliseOnly({ text, file: null, encoding: 'utf-8' }).article.blocks) {
    expect(block.endLine, 'the normalise-only cleaner joins nothing').toBeUndefined()
    lines.set(block.line, block.text)
  }
  return lines
}

export function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => word !== '')
}

/**
 * Every non-blank line once: inside one block's `line`…`endLine` or as one whole-line `removed`
 * entry; the stats agree.
 */
export function expectAccounting(article: Article, lines: ReadonlyMap<number, string>): void {
  const seen = new Map<number, number>()
  const count = (line: number): void => {
    seen.set(line, (seen.get(line) ?? 0) + 1)
  }
  for (const block of article.blocks) {
    expect(block.endLine ?? block.line).toBeGreaterThanOrEqual(block.line)
    for (let n = block.line; n <= (block.endLine ?? block.line); n++) count(n)
  }
  for (const entry of article.removed) if (entry.partial !== true) count(entry.line)
  for (const [line, times] of seen) expect(times, `line ${String(line)} accounted for`).toBe(1)
  expect([...seen.keys()].sort((a, b) => a - b)).toEqual([...lines.keys()])
  expect(article.stats.lines).toBe(lines.size)
  expect(article.stats.kept + article.stats.removed).toBe(article.stats.lines)
  expect(article.stats.removed).toBe(article.removed.filter((entry) => !entry.partial).length)
}

/**
 * Kept plus removed gives back each normalised line: a removed line is its `removed` text; a
 * kept line is its block's text (a joined block is its lines with single spaces; a list item
 * is the line without its marker); a piece removed inside a line (`partial`) completes the line.
 */
export function expectReconstruction(article: Article, lines: ReadonlyMap<number, string>): void {
  const partials = new Map<number, string[]>()
  for (const entry of article.removed) {
    if (entry.partial !== true) continue
    partials.set(entry.line, [...(partials.get(entry.line) ?? []), entry.text])
  }
  /** The line's normalised words, less those of its removed pieces (which follow the kept text). */
  const keptWords = (line: number): string[] => {
    const all = words(lines.get(line) ?? '')
    const cut = (partials.get(line) ?? []).flatMap(words)
    expect(all.slice(all.length - cut.length), `line ${String(line)}: removed piece`).toEqual(cut)
    return all.slice(0, all.length - cut.length)
  }
  for (const entry of article.removed) {
    if (entry.partial === true) continue
    expect(words(entry.text), `removed line ${String(entry.line)}`).toEqual(keptWords(entry.line))
  }
  for (const block of article.blocks) {
    const expected: string[] = []
    for (let n = block.line; n <= (block.endLine ?? block.line); n++) {
      expected.push(...keptWords(n))
    }
    let text = expected.join(' ')
    if (block.type === 'list-item') {
      const split = splitBullet(text)
      expect(split.bullet, `list item at line ${String(block.line)} has a marker`).not.toBeNull()
      text = split.content
    }
    expect(words(block.text).join(' '), `block at line ${String(block.line)}`).toBe(text)
  }
}

/** Every word of the text output occurs in the normalised input, at least as many times. */
export function expectNoInventedWords(article: Article, lines: ReadonlyMap<number, string>): void {
  const available = new Map<string, number>()
  for (const line of lines.values()) {
    for (const word of words(line)) available.set(word, (available.get(word) ?? 0) + 1)
  }
  for (const word of words(emitText(article))) {
    const left = available.get(word) ?? 0
    expect(left, `output word ${JSON.stringify(word)} comes from the input`).toBeGreaterThan(0)
    available.set(word, left - 1)
  }
}

/** Every string of the Article is in NFC. */
export function expectNfc(article: Article): void {
  const texts = [
    article.title,
    article.category,
    article.outlet,
    article.place,
    ...article.authors,
    ...article.blocks.flatMap((block) => [block.text, block.credit ?? null]),
    ...article.removed.map((entry) => entry.text),
  ]
  for (const text of texts) {
    if (text !== null) expect(text.normalize('NFC'), 'NFC').toBe(text)
  }
}

/** All the invariants of one cleaned text (already decoded). */
export function expectInvariants(text: string, article: Article): void {
  const lines = normalisedLines(text)
  expectAccounting(article, lines)
  expectReconstruction(article, lines)
  expectNoInventedWords(article, lines)
  expectNfc(article)
}
