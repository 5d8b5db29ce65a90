#!/usr/bin/env node
/**
 * Normaliser throughput on already-clean text (target ≥ 100 MB/s, the fast path) and on
 * mangled text (target ≥ 10 MB/s), with a floor measured in the same run: `line.normalize('NFC')`
 * over the same lines. Uses dist/lib.js when the build made it, else bundles src/ with esbuild.
 * Usage: node scripts/bench-normalize.js [--mb 32]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const mbArg = process.argv.indexOf('--mb')
const targetBytes = (mbArg > 0 ? Number(process.argv[mbArg + 1]) : 32) * 1024 * 1024

async function loadLibrary() {
  const dist = path.join(root, 'dist/lib.js')
  if (existsSync(dist)) return import(pathToFileURL(dist).href)
  const { build } = await import('esbuild')
  // Inside node_modules so that the external packages (iconv-lite) resolve.
  const outfile = path.join(root, 'node_modules/.cache/vnclean-bench/lib.mjs')
  await build({
    stdin: {
      contents: `export { normalizeLine, normalizeText } from './src/normalize/index.ts'\nexport { decodeBytes } from './src/decode/index.ts'`,
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

function readCorpus() {
  const lines = []
  for (const dir of ['../shared/seeds', '../shared/devset'].map((d) => path.resolve(root, d))) {
    if (!existsSync(dir)) continue
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
      lines.push(...readFileSync(path.join(dir, name), 'utf8').replace(/\r\n?/g, '\n').split('\n'))
    }
  }
  lines.push(...readFileSync(path.join(root, 'test/vectors/sentences.txt'), 'utf8').split('\n'))
  return lines
}

function repeatTo(lines, bytes) {
  const out = []
  let size = 0
  while (size < bytes) {
    for (const line of lines) {
      out.push(line)
      size += Buffer.byteLength(line) + 1
    }
  }
  return { lines: out, bytes: size }
}

function time(fn) {
  fn() // warm-up
  let best = Infinity
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint()
    fn()
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9)
  }
  return best
}

const { normalizeLine, normalizeText } = await loadLibrary()
const options = { toneStyle: 'preserve', isEnabled: () => true }
const corpus = readCorpus()
const clean = normalizeText(corpus.join('\n'), options).text.split('\n')
const mangledSource = JSON.parse(
  readFileSync(path.join(root, 'test/vectors/misdecoded.json'), 'utf8'),
)
  .map((c) => c.input.replace(/[\r\n]/g, ' '))
  .concat([
    'Ðảm baỏ chất lựơng phòng thí nghịêm hoá học',
    'rồì  liệụ\u00a0 đốí , giớí',
    'Tie\u0301\u0302ng Vi\u00adệt\u200b',
  ])

const report = (name, sample, target) => {
  const edits = []
  const tones = { old: 0, new: 0 }
  const seconds = time(() => {
    edits.length = 0
    for (let i = 0; i < sample.lines.length; i++)
      normalizeLine(sample.lines[i], i + 1, options, edits, tones)
  })
  const floor = time(() => {
    for (const line of sample.lines) line.normalize('NFC')
  })
  const mbs = sample.bytes / 1024 / 1024 / seconds
  const floorMbs = sample.bytes / 1024 / 1024 / floor
  const verdict = mbs >= target ? 'ok' : 'BELOW TARGET'
  console.log(
    `${name.padEnd(8)} ${(sample.bytes / 1024 / 1024).toFixed(1)} MB  ${mbs.toFixed(1)} MB/s (target ${target}: ${verdict})  ` +
      `floor NFC ${floorMbs.toFixed(1)} MB/s  ratio ${(mbs / floorMbs).toFixed(2)}×  edits ${edits.length}`,
  )
}

report('clean', repeatTo(clean, targetBytes), 100)
report('mangled', repeatTo(mangledSource, targetBytes / 4), 10)
