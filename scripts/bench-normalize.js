#!/usr/bin/env node
/**
 * Normaliser throughput (issue 3), each figure a median of several repetitions next to a floor
 * measured in the same repetitions: `text.normalize('NFC')` over the clean pages. Times are
 * CPU time of this process (steadier than wall time on a shared machine).
 *
 *   clean    the seeds and devset pages (../shared, beside the repo), already normalised, in
 *            the style they were written in and in old and new tone style: target ≥ 100 MB/s
 *   mangled  the same clean pages, every line mangled with the repo's own encoders: UTF-8
 *            read as windows-1252 (once, twice) or Latin-1; TCVN3, VNI, VISCII, Windows-1258
 *            bytes read as windows-1252; NFD; tone marks moved to the neighbouring vowel;
 *            NBSP, doubled spaces and spaces before punctuation: target ≥ 10 MB/s
 *
 * Each document goes through normalizeText on its own (a fresh word cache per document, as
 * `clean` gives each document). That is the product's path: `clean` and `normalize`
 * (src/pipeline/normalise.ts) call normalizeLine on each line with one createNormalizeCache(true)
 * per document, which is all normalizeText does besides cutting the lines and joining them
 * (measured within a few per cent of each other). The normaliser is bundled from src/ with esbuild (a devDependency), so the
 * figures are for the source as it is, with no build step. The ratio (normaliser MB/s ÷ floor
 * MB/s) makes runs on different machines, or at different loads, comparable.
 *
 * A shared machine also varies from one process to the next (JIT, neighbours): `--runs N` runs
 * the whole benchmark in N fresh processes and reports, per row, the median of their medians.
 *
 * `--src DIR` bundles the normaliser from DIR (a copy of src/) instead, to time an old version
 * against the new one in interleaved runs. `--repaired` times nothing: it counts, for each kind
 * of mangling, the mangled lines of the corpus that the normaliser gives back exactly.
 *
 * Usage: node scripts/bench-normalize.js [--runs N] [--reps N] [--only clean|mangled] [--kinds]
 *        [--src DIR] [--repaired]
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const shared = path.resolve(root, '../shared')
const argv = process.argv.slice(2)
const option = (name, fallback) => {
  const i = argv.indexOf(name)
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1] : fallback
}
const reps = Number(option('--reps', '7'))
const only = option('--only', '')
const perKind = argv.includes('--kinds')
const runs = Number(option('--runs', '1'))
const asJson = argv.includes('--json') // one JSON line per row, for --runs
const src = path.resolve(option('--src', path.join(root, 'src')))
const countRepaired = argv.includes('--repaired')
const TARGETS = { clean: 100, mangled: 10 }

async function loadLibrary() {
  const { build } = await import('esbuild')
  // Inside node_modules so that the external packages (iconv-lite) resolve from the bundle.
  const dir = path.join(root, 'node_modules/.cache/vnclean-bench')
  mkdirSync(dir, { recursive: true })
  // One bundle per source folder: runs of two versions may overlap.
  const tag =
    src === path.join(root, 'src')
      ? ''
      : `-${createHash('sha1').update(src).digest('hex').slice(0, 12)}`
  const outfile = path.join(dir, `normalize${tag}.mjs`)
  const from = (file) => JSON.stringify(path.join(src, file))
  await build({
    stdin: {
      contents: [
        `export { normalizeText } from ${from('normalize/index.ts')}`,
        `export { decodeWindows1252 } from ${from('decode/western.ts')}`,
        `export { encodeVni } from ${from('decode/vni.ts')}`,
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  })
  return import(pathToFileURL(outfile).href)
}

/** The seed and devset pages, one string each (BOM dropped, line ends made `\n`). */
function readPages() {
  const pages = []
  for (const dir of ['seeds', 'devset'].map((d) => path.join(shared, d))) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      const text = readFileSync(path.join(dir, name), 'utf8')
      pages.push(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'))
    }
  }
  return pages
}

// Moving tone marks: each word's tone mark goes to the next vowel (or the previous one).
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u
const VOWEL = /[aeiouy]/iu
const SHAPE_MARK = /[\u0302\u0306\u031b]/u
function misplaceTones(line) {
  return line.replace(/\S+/gu, (word) => {
    const chars = [...word.normalize('NFD')]
    const mark = chars.findIndex((c) => TONE_MARK.test(c))
    if (mark < 0) return word
    const [tone] = chars.splice(mark, 1)
    let base = mark - 1
    while (base > 0 && !VOWEL.test(chars[base])) base--
    let other = chars.findIndex((c, k) => k > base && VOWEL.test(c))
    if (other < 0) other = chars.findLastIndex((c, k) => k < base && VOWEL.test(c))
    if (other < 0) return word
    let at = other + 1
    while (at < chars.length && SHAPE_MARK.test(chars[at])) at++
    chars.splice(at, 0, tone)
    return chars.join('').normalize('NFC')
  })
}

/** Line manglings built from the repo's encoders (and iconv-lite, its decoder for three). */
function manglings({ decodeWindows1252, encodeVni }, iconv) {
  const western = (bytes) => decodeWindows1252(bytes)
  // Windows-1258 has ă â ê ô ơ ư đ but writes tone marks as combining characters: each
  // letter's shape mark goes back on it, its tone mark stays apart. (NFD puts a dot below
  // before the circumflex of ộ, so composing only a letter directly followed by its shape mark
  // left U+0302 alone, which iconv-lite wrote as `?`: text no CP1258 page holds.)
  const cp1258Form = (s) =>
    s.normalize('NFD').replace(/\p{L}\p{M}+/gu, (m) => {
      const marks = [...m.slice(1)]
      const shape = marks.filter((c) => SHAPE_MARK.test(c)).join('')
      const tone = marks.filter((c) => !SHAPE_MARK.test(c)).join('')
      return (m[0] + shape).normalize('NFC') + tone
    })
  return {
    'utf-8 as windows-1252': (l) => western(Buffer.from(l, 'utf8')),
    'utf-8 as windows-1252 twice': (l) =>
      western(Buffer.from(western(Buffer.from(l, 'utf8')), 'utf8')),
    'utf-8 as latin1': (l) => Buffer.from(l, 'utf8').toString('latin1'),
    'tcvn3 as windows-1252': (l) => western(iconv.encode(l, 'tcvn')),
    'vni as windows-1252': (l) => {
      const bytes = encodeVni(l)
      return bytes ? western(bytes) : western(iconv.encode(l, 'tcvn'))
    },
    'viscii as windows-1252': (l) => western(iconv.encode(l, 'viscii')),
    'cp1258 as windows-1252': (l) => western(iconv.encode(cp1258Form(l), 'cp1258')),
    NFD: (l) => l.normalize('NFD'),
    'tone placement': misplaceTones,
    spacing: (l) =>
      l
        .replace(/ /g, (_, i) => (i % 3 === 0 ? '\u00a0' : i % 3 === 1 ? '  ' : ' '))
        .replace(/([,.?])/g, ' $1'),
  }
}

/** For each kind, how many lines it changes and how many of those come back exactly. */
function reportRepaired(clean, kinds, normalizeText, options) {
  const lines = clean.flatMap((page) => page.split('\n'))
  console.log(`src: ${src}`)
  for (const [kind, mangle] of Object.entries(kinds)) {
    let mangled = 0
    let repaired = 0
    for (const line of lines) {
      const input = mangle(line)
      if (input === line) continue
      mangled++
      if (normalizeText(input, options).text === line) repaired++
    }
    const share = mangled > 0 ? ((100 * repaired) / mangled).toFixed(1) : '-'
    console.log(
      `${kind.padEnd(30)} ${String(repaired).padStart(6)} of ${String(mangled).padStart(6)} mangled lines repaired exactly (${share}%)`,
    )
  }
}

const bytesOf = (docs) => docs.reduce((sum, d) => sum + Buffer.byteLength(d), 0)
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1]

/** CPU seconds (user + system) that `fn` takes: steadier than wall time on a shared machine. */
function cpuSeconds(fn) {
  const start = process.cpuUsage()
  fn()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1e6
}

/** Run `fn` over and over until it has taken at least `seconds`; MB/s of `mb` per run. */
function throughput(fn, mb, seconds = 0.5) {
  let runs = 0
  let spent = 0
  while (spent < seconds) {
    spent += cpuSeconds(fn)
    runs++
  }
  return (mb * runs) / spent
}

/**
 * Median MB/s of the normaliser over `docs` (each document on its own, as the CLI does) and of
 * the floor, `text.normalize('NFC')` over the clean pages, timed in the same repetitions; and
 * the median of their per-repetition ratios.
 */
function measure(docs, normalizeText, options, floorDocs) {
  const mb = bytesOf(docs) / 1024 / 1024
  const floorMb = bytesOf(floorDocs) / 1024 / 1024
  const normalise = () => {
    for (const doc of docs) normalizeText(doc, options)
  }
  const floor = () => {
    for (const doc of floorDocs) doc.normalize('NFC')
  }
  throughput(normalise, mb, 0.5) // warm-up: the JIT, not caches (each call starts a fresh one)
  const runs = { normaliser: [], floor: [], ratio: [] }
  for (let r = 0; r < reps; r++) {
    // The normaliser first: the floor leaves garbage behind whose collection would be charged
    // to whatever runs next.
    const mbs = throughput(normalise, mb)
    const floorMbs = throughput(floor, floorMb)
    runs.normaliser.push(mbs)
    runs.floor.push(floorMbs)
    runs.ratio.push(mbs / floorMbs)
  }
  return { mb, mbs: median(runs.normaliser), floor: median(runs.floor), ratio: median(runs.ratio) }
}

function report(name, result, target) {
  if (asJson) {
    console.log(JSON.stringify({ name, target, ...result }))
    return
  }
  const { mb, mbs, floor, ratio } = result
  console.log(
    `${name.padEnd(30)} ${mb.toFixed(2).padStart(6)} MB  ${mbs.toFixed(1).padStart(7)} MB/s ` +
      `(target ${target}: ${mbs >= target ? 'ok' : 'BELOW'})  floor ${floor.toFixed(0).padStart(4)} MB/s  ` +
      `ratio ${ratio.toFixed(3)} (target at this floor ${(target / floor).toFixed(3)})`,
  )
}

if (runs > 1) {
  // Run the benchmark in fresh processes and report the median of each row.
  const rows = new Map()
  const args = argv.filter((a, i) => a !== '--runs' && argv[i - 1] !== '--runs')
  for (let k = 0; k < runs; k++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), ...args, '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    })
    if (child.status !== 0) {
      process.stderr.write(child.stderr)
      process.exit(1)
    }
    for (const line of child.stdout.split('\n')) {
      if (!line.startsWith('{')) {
        if (k === 0 && line !== '') console.log(line)
        continue
      }
      const row = JSON.parse(line)
      rows.set(row.name, [...(rows.get(row.name) ?? []), row])
    }
  }
  console.log(`medians of ${runs} processes:`)
  for (const [name, results] of rows) {
    const pick = (key) => median(results.map((r) => r[key]))
    report(
      name,
      { mb: results[0].mb, mbs: pick('mbs'), floor: pick('floor'), ratio: pick('ratio') },
      results[0].target,
    )
  }
} else {
  await runBenchmark()
}

async function runBenchmark() {
  const library = await loadLibrary()
  const { default: iconv } = await import('iconv-lite')
  const options = { toneStyle: 'preserve', isEnabled: () => true }
  let pages = readPages()
  if (pages.length === 0) {
    console.log(
      `NOTE: ${shared} is absent (no seeds/ or devset/ beside the repo), so the issue's corpus ` +
        'cannot be built. Measuring on test/vectors/sentences.txt instead: these figures are NOT ' +
        'comparable with the targets.',
    )
    pages = [readFileSync(path.join(root, 'test/vectors/sentences.txt'), 'utf8')]
  } else {
    console.log(`corpus: ${pages.length} pages from ${shared}/seeds and ${shared}/devset`)
  }
  console.log(
    `machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'}), node ${process.version}, ${reps} repetitions, medians`,
  )

  const clean = pages.map((page) => library.normalizeText(page, options).text)
  const styled = (toneStyle) =>
    clean.map((page) => library.normalizeText(page, { toneStyle, isEnabled: () => true }).text)
  const cleanDocs = [...clean, ...styled('old'), ...styled('new')]
  if (countRepaired) {
    reportRepaired(clean, manglings(library, iconv), library.normalizeText, options)
    return
  }

  if (only !== 'mangled') {
    report(
      'clean (as written, old, new)',
      measure(cleanDocs, library.normalizeText, options, clean),
      TARGETS.clean,
    )
  }
  if (only !== 'clean') {
    const kinds = Object.entries(manglings(library, iconv))
    const mangle = (page, fns) =>
      page
        .split('\n')
        .map((line, i) => fns[i % fns.length](line))
        .join('\n')
    const all = kinds.flatMap(([, fn]) => clean.map((page) => mangle(page, [fn])))
    report(
      'mangled (all kinds)',
      measure(all, library.normalizeText, options, clean),
      TARGETS.mangled,
    )
    const mixed = clean.map((page) =>
      mangle(
        page,
        kinds.map(([, fn]) => fn),
      ),
    )
    report(
      'mangled (kinds mixed per line)',
      measure(mixed, library.normalizeText, options, clean),
      TARGETS.mangled,
    )
    if (perKind) {
      for (const [kind, fn] of kinds) {
        const docs = clean.map((page) => mangle(page, [fn]))
        report(`  ${kind}`, measure(docs, library.normalizeText, options, clean), TARGETS.mangled)
      }
    }
  }
}
