// `npm run bench`: vnclean's speed and memory against a floor measured in the same run.
//
// Builds (once, cached in the system temp folder) a corpus of ≥ 50 MB and ≥ 20,000 documents
// from the fixtures and, when present, ../shared/devset and ../shared/seeds: whole page dumps,
// long one-line bodies and short items. Then, with several repetitions and medians:
//   floor   scripts/bench-floor.js: read, NFC, split lines, one JSON object per document
//   j1      vnclean on the corpus with one worker       (target: ≤ 3× the floor's time)
//   jN      vnclean with all cores                        (target: ≥ 1.8× the speed of j1)
//   ceiling one single-worker process per core, each on its share: what the machine allows
//   memory  peak RSS of the jN run, on the corpus and on half of it (target: ≤ 200 MB, flat)
//   start   vnclean on one small article vs `node -e ""` (target: ≤ 2.5×)
// Prints the ratios and appends them to bench/results.jsonl. Options (environment):
//   BENCH_REPS=N (default 3)   BENCH_DOCS=N, BENCH_MB=N (corpus size; defaults 20000 and 50)
import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  rmSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = path.join(root, 'bin/vnclean.js')
const shared = path.resolve(root, '../shared')
const reps = Number(process.env.BENCH_REPS ?? 3)
const minDocs = Number(process.env.BENCH_DOCS ?? 20000)
const minBytes = Number(process.env.BENCH_MB ?? 50) * 1e6
const cores = os.availableParallelism()

if (!existsSync(path.join(root, 'dist/cli.js'))) {
  console.error('bench: dist/ is missing: run `npm run build` first')
  process.exit(2)
}

// ---- corpus ---------------------------------------------------------------------------------

function sourcePages() {
  const pages = []
  const read = (dir, pick) => {
    if (!existsSync(dir)) return false
    for (const name of readdirSync(dir).sort()) {
      const file = pick(dir, name)
      if (file !== null) pages.push(readFileSync(file, 'utf8'))
    }
    return true
  }
  read(path.join(root, 'fixtures'), (dir, name) => {
    const file = path.join(dir, name, 'input.txt')
    return existsSync(file) ? file : null
  })
  const txt = (dir, name) => (name.endsWith('.txt') ? path.join(dir, name) : null)
  const devset = read(path.join(shared, 'devset'), txt)
  const seeds = read(path.join(shared, 'seeds'), txt)
  if (!devset || !seeds) {
    console.error(
      `bench: ${shared} is absent or incomplete (devset: ${devset ? 'yes' : 'no'}, seeds: ${seeds ? 'yes' : 'no'}); building the corpus from fixtures/ only`,
    )
  }
  return pages
}

/** A small deterministic PRNG, so every run builds the same corpus. */
function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function buildCorpus(pages) {
  const key = createHash('sha1')
    .update(JSON.stringify([pages, minDocs, minBytes, 1]))
    .digest('hex')
  const dir = path.join(os.tmpdir(), `vnclean-bench-${key.slice(0, 12)}`)
  if (existsSync(path.join(dir, 'DONE'))) return readCorpusInfo(dir)
  rmSync(dir, { recursive: true, force: true })
  const next = random(42)
  const pick = (list) => list[Math.floor(next() * list.length)]
  const lineSets = pages.map((page) => page.split(/\r?\n/u).filter((line) => line.trim() !== ''))
  let docs = 0
  let bytes = 0
  while (docs < minDocs || bytes < minBytes) {
    const lines = pick(lineSets)
    const kind = next()
    let text
    if (kind < 0.3) {
      // A whole page dump, chrome and all.
      text = lines.join('\n')
    } else if (kind < 0.55) {
      // A long one-line body: the title, then every other line joined into one.
      text = `${lines[0]}\n${lines.slice(1).join(' ')}`
    } else {
      // A short item: a headline and a few lines from somewhere in a page.
      const start = Math.floor(next() * Math.max(1, lines.length - 6))
      text = [lines[0], ...lines.slice(start, start + 2 + Math.floor(next() * 5))].join('\n')
    }
    text += `\n${String(docs)}\n`
    const folder = path.join(dir, String(Math.floor(docs / 1000)).padStart(3, '0'))
    if (docs % 1000 === 0) mkdirSync(folder, { recursive: true })
    writeFileSync(path.join(folder, `${String(docs)}.txt`), text)
    docs++
    bytes += Buffer.byteLength(text)
  }
  writeFileSync(path.join(dir, 'DONE'), JSON.stringify({ docs, bytes }))
  return { dir, docs, bytes }
}

function readCorpusInfo(dir) {
  return { dir, ...JSON.parse(readFileSync(path.join(dir, 'DONE'), 'utf8')) }
}

/** The corpus's folders dealt into `parts` groups (round robin). */
function corpusParts(corpus, parts) {
  const folders = readdirSync(corpus.dir)
    .filter((name) => /^\d+$/u.test(name))
    .sort()
  return Array.from({ length: parts }, (_, part) =>
    folders.filter((_, i) => i % parts === part).map((name) => path.join(corpus.dir, name)),
  )
}

/** The first half of the corpus's folders, as a second corpus (memory must not grow with size). */
function halfCorpus(corpus) {
  const folders = readdirSync(corpus.dir)
    .filter((name) => /^\d+$/u.test(name))
    .sort()
  return folders.slice(0, Math.ceil(folders.length / 2)).map((name) => path.join(corpus.dir, name))
}

// ---- measuring ------------------------------------------------------------------------------

/** Run a command with stdout to /dev/null; wall time and peak RSS (VmHWM, polled). */
function measure(command, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: root })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    let peak = 0
    const poll = () => {
      try {
        const status = readFileSync(`/proc/${String(child.pid)}/status`, 'utf8')
        const match = /VmHWM:\s+(\d+) kB/u.exec(status)
        if (match) peak = Math.max(peak, Number(match[1]) * 1024)
      } catch {
        // The process is gone, or /proc is not there (not Linux): no memory figure.
      }
    }
    const timer = setInterval(poll, 25)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearInterval(timer)
      const seconds = Number(process.hrtime.bigint() - started) / 1e9
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} exited ${String(code)}: ${stderr}`))
      else resolve({ seconds, peak })
    })
  })
}

/** Wall time of several commands run at once, until the last one ends. */
async function measureTogether(commands) {
  const started = process.hrtime.bigint()
  await Promise.all(commands.map(([command, args]) => measure(command, args)))
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, peak: 0 }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function repeat(times, command, args) {
  const runs = []
  for (let i = 0; i < times; i++) runs.push(await measure(command, args))
  return { seconds: median(runs.map((r) => r.seconds)), peak: Math.max(...runs.map((r) => r.peak)) }
}

/** The checked-out commit (short), or null outside a git checkout. */
function gitCommit() {
  const result = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' })
  return result.status === 0 ? result.stdout.trim() : null
}

// ---- run ------------------------------------------------------------------------------------

const corpus = buildCorpus(sourcePages())
const mb = corpus.bytes / 1e6
console.log(
  `corpus: ${corpus.docs.toLocaleString('en-US')} documents, ${mb.toFixed(1)} MB (${corpus.dir})`,
)
console.log(
  `machine: ${String(cores)} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'}, node ${process.version}; ${String(reps)} repetitions, medians`,
)

const node = process.execPath
const floor = await repeat(reps, node, [path.join(root, 'scripts/bench-floor.js'), corpus.dir])
const one = await repeat(reps, node, [bin, corpus.dir, '-q', '-j', '1'])
const all = await repeat(reps, node, [bin, corpus.dir, '-q', '-j', String(cores)])
const half = await repeat(1, node, [bin, ...halfCorpus(corpus), '-q', '-j', String(cores)])
// What the machine gives: one single-worker process per core, each on its share of the corpus,
// with nothing shared. Caches, memory bandwidth and V8's own background threads (a one-worker
// run already uses more than one core for compiling and collecting) set this ceiling.
const separate = []
for (let i = 0; i < reps; i++) {
  separate.push(
    await measureTogether(
      corpusParts(corpus, cores).map((folders) => [node, [bin, ...folders, '-q', '-j', '1']]),
    ),
  )
}
const ceiling = { seconds: median(separate.map((r) => r.seconds)) }
const small = path.join(root, 'fixtures/hard-wrapped-paragraphs/input.txt')
const bare = await repeat(Math.max(5, reps * 3), node, ['-e', ''])
const start = await repeat(Math.max(5, reps * 3), node, [bin, small])

const rate = (r) => mb / r.seconds
const results = {
  date: new Date().toISOString(),
  commit: process.env.GITHUB_SHA ?? gitCommit(),
  machine: { cores, cpu: os.cpus()[0]?.model ?? null, node: process.version },
  corpus: { documents: corpus.docs, megabytes: Number(mb.toFixed(1)) },
  floor: { seconds: floor.seconds, mbPerSecond: rate(floor) },
  oneWorker: {
    seconds: one.seconds,
    mbPerSecond: rate(one),
    docsPerSecond: corpus.docs / one.seconds,
  },
  allCores: {
    jobs: cores,
    seconds: all.seconds,
    mbPerSecond: rate(all),
    docsPerSecond: corpus.docs / all.seconds,
  },
  peakRssMb: { corpus: all.peak / 1e6, halfCorpus: half.peak / 1e6 },
  startup: { vncleanSeconds: start.seconds, nodeSeconds: bare.seconds },
  ratios: {
    oneWorkerVsFloor: one.seconds / floor.seconds,
    allCoresSpeedup: one.seconds / all.seconds,
    separateProcessesSpeedup: one.seconds / ceiling.seconds,
    startupVsNode: start.seconds / bare.seconds,
  },
}

const row = (label, value, target, ok) =>
  console.log(`${label.padEnd(34)}${value.padEnd(26)}${target.padEnd(16)}${ok ? 'ok' : 'MISSED'}`)
console.log('')
console.log(`${'measure'.padEnd(34)}${'value'.padEnd(26)}${'target'.padEnd(16)}`)
row('floor', `${rate(floor).toFixed(1)} MB/s`, '', true)
row(
  'vnclean, 1 worker',
  `${rate(one).toFixed(1)} MB/s, ${(corpus.docs / one.seconds).toFixed(0)} docs/s`,
  '',
  true,
)
row(
  `vnclean, ${String(cores)} workers`,
  `${rate(all).toFixed(1)} MB/s, ${(corpus.docs / all.seconds).toFixed(0)} docs/s`,
  '',
  true,
)
row(
  '1 worker time / floor time',
  `${results.ratios.oneWorkerVsFloor.toFixed(2)}×`,
  '≤ 3×',
  results.ratios.oneWorkerVsFloor <= 3,
)
row(
  'all cores speed-up over 1 worker',
  `${results.ratios.allCoresSpeedup.toFixed(2)}×`,
  '≥ 1.8×',
  results.ratios.allCoresSpeedup >= 1.8,
)
row(
  `  ${String(cores)} separate 1-worker processes`,
  `${results.ratios.separateProcessesSpeedup.toFixed(2)}× (the machine's ceiling)`,
  '',
  true,
)
row(
  'peak RSS (corpus / half corpus)',
  `${(all.peak / 1e6).toFixed(0)} / ${(half.peak / 1e6).toFixed(0)} MB`,
  '≤ 200 MB',
  all.peak > 0 && all.peak / 1e6 <= 200,
)
row(
  'start-up / bare node',
  `${results.ratios.startupVsNode.toFixed(2)}× (${(start.seconds * 1000).toFixed(0)} / ${(bare.seconds * 1000).toFixed(0)} ms)`,
  '≤ 2.5×',
  results.ratios.startupVsNode <= 2.5,
)

mkdirSync(path.join(root, 'bench'), { recursive: true })
appendFileSync(path.join(root, 'bench/results.jsonl'), `${JSON.stringify(results)}\n`)
console.log('\nappended to bench/results.jsonl')
