/**
 * A batch run: inputs (files, stdin, JSON Lines records) → tasks on an executor (inline or a
 * worker pool) → outputs in input order on stdout, or atomic files under --out. Bad inputs are
 * reported one line each and the run goes on; SIGINT/SIGTERM stop it cleanly (no new input is
 * started, the ones in flight are finished and written, the summary says how far it got).
 */
import { once } from 'node:events'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { Writable } from 'node:stream'
import type { Settings } from '../../types.js'
import type { InputList, InputSource } from '../inputs.js'
import { writeError, type Io } from '../io.js'
import type { OutputFormat } from '../options.js'
import { createClaims } from './claims.js'
import { createExecutor } from './executor.js'
import { orderedMap } from './ordered.js'
import { EXTENSIONS, mirroredPath, recordPath } from './out-path.js'
import { createProgressBar, NO_PROGRESS, type ProgressBar } from './progress.js'
import { openRecords, parseRecord, readRecords, type FieldNames } from './records.js'
import { openReport, type ReportEntry, type ReportWriter } from './report-file.js'
import { inShard, type Shard } from './shard.js'
import type { DocumentTask, Mode, TaskResult } from './task.js'
import { writeFileAtomic } from './write-atomic.js'
import { describeError } from './describe-error.js'

/** Documents in flight per worker (see the window below). */
const WINDOW_PER_JOB = 64

export type InputFormat = 'text' | 'jsonl'

export interface BatchJob {
  mode: Mode
  /** The inputs: counted, streamed, never listed (for text inputs, the shard's files only). */
  inputs: InputList
  /** Settings for one input (config files may differ by folder); resolved by the caller. */
  settingsFor: (source: InputSource) => Promise<Settings>
  format: OutputFormat
  pretty: boolean
  out: string | null
  quiet: boolean
  jobs: number
  inputFormat: InputFormat
  fields: FieldNames
  report: string | null
  resume: boolean
  shard: Shard | null
  /** Inputs already known to be missed (unreadable folders): the run cannot succeed. */
  missed: number
}

/** One document (a file, stdin, or a JSON Lines record) and what to do with it. */
interface Unit {
  /** Name in messages: the input path, with `:line` for a record. */
  name: string
  input: string
  line?: number
  id?: string
  record: boolean
  extra?: Record<string, unknown>
  target: string | null
  skipped?: boolean
  error?: string
  task?: DocumentTask
}

interface Totals {
  done: number
  failed: number
  skipped: number
  kept: number
  removed: number
  bytes: number
}

export const EXIT_INTERRUPTED = 130

export async function runBatch(job: BatchJob, io: Io): Promise<number> {
  const started = Date.now()
  const outRoot = job.out === null ? null : path.resolve(io.cwd, job.out)
  const extension = job.mode === 'normalize' ? '.txt' : EXTENSIONS[job.format]
  /** Documents of plain-text input, for progress and the summary; null for JSON Lines. */
  const total = job.inputFormat === 'text' ? job.inputs.count : null
  const claims = createClaims()
  const totals: Totals = { done: 0, failed: 0, skipped: 0, kept: 0, removed: 0, bytes: 0 }
  /** JSON Lines bytes read so far (the progress fraction when the input is JSON Lines). */
  let read = 0

  /** A target already taken by an input or by another output of this run, or null when free. */
  const claim = async (target: string): Promise<string | null> => {
    if (await job.inputs.isInput(target)) return `refusing to overwrite the input ${target}`
    if (!claims.claim(target)) {
      return `output ${target} would overwrite the output of an earlier input of this run`
    }
    return null
  }

  async function* units(): AsyncGenerator<Unit> {
    for await (const batch of job.inputs.batches()) {
      for (const source of batch) {
        if (io.signal.aborted) return
        const settings = await job.settingsFor(source)
        const options = { mode: job.mode, settings, format: job.format, pretty: job.pretty }
        const name = source.path ?? '<stdin>'
        if (job.inputFormat === 'jsonl') {
          yield* recordUnits(source, name, options)
          continue
        }
        const target = outRoot === null ? null : mirroredPath(outRoot, source.relative, extension)
        const unit: Unit = { name, input: name, record: false, target }
        if (target !== null && job.resume && (await upToDate(target, source.absolute))) {
          yield { ...unit, skipped: true }
          continue
        }
        const taken = target === null ? null : await claim(target)
        if (taken !== null) {
          yield { ...unit, error: taken }
          continue
        }
        const input =
          source.absolute === null
            ? ({ kind: 'bytes', bytes: await readAll(io.stdin) } as const)
            : ({ kind: 'file', absolute: source.absolute } as const)
        yield { ...unit, task: { input, file: source.path, options } }
      }
    }
  }

  async function* recordUnits(
    source: InputSource,
    name: string,
    options: DocumentTask['options'],
  ): AsyncGenerator<Unit> {
    let inputTime: number | null = null
    try {
      inputTime = source.absolute === null ? null : (await stat(source.absolute)).mtimeMs
    } catch (error) {
      yield { name, input: name, record: false, target: null, error: describeError(error) }
      return
    }
    const stem = source.relative.replace(/\.[^./]*$/u, '')
    const records = source.absolute === null ? readRecords(io.stdin) : openRecords(source.absolute)
    try {
      yield* recordsOf(records, source, name, options, inputTime, stem)
    } catch (error) {
      // The file went away or became unreadable part-way: name it, keep what was done.
      yield { name, input: name, record: false, target: null, error: describeError(error) }
    }
  }

  async function* recordsOf(
    records: AsyncIterable<{ lineNumber: number; line: string }>,
    source: InputSource,
    name: string,
    options: DocumentTask['options'],
    inputTime: number | null,
    stem: string,
  ): AsyncGenerator<Unit> {
    for await (const raw of records) {
      const parsed = parseRecord(raw.line, job.fields)
      const key = parsed.id ?? `${source.relative}:${String(raw.lineNumber)}`
      if (!inShard(job.shard, key)) continue
      read += Buffer.byteLength(raw.line) + 1
      const unit: Unit = {
        name: `${name}:${String(raw.lineNumber)}`,
        input: name,
        line: raw.lineNumber,
        record: true,
        target: null,
        ...(parsed.id === undefined ? {} : { id: parsed.id }),
      }
      if (!parsed.ok) {
        yield { ...unit, error: parsed.error }
        continue
      }
      unit.extra = parsed.extra
      if (outRoot !== null) {
        const placed = recordPath(
          outRoot,
          parsed.id ?? `${stem}-${String(raw.lineNumber)}`,
          extension,
        )
        if ('error' in placed) {
          yield { ...unit, error: placed.error }
          continue
        }
        unit.target = placed.path
        if (job.resume && inputTime !== null && (await newerThan(placed.path, inputTime))) {
          yield { ...unit, skipped: true }
          continue
        }
        const taken = await claim(placed.path)
        if (taken !== null) {
          yield { ...unit, error: taken }
          continue
        }
      }
      yield {
        ...unit,
        task: {
          input: { kind: 'text', text: parsed.text },
          file: source.path,
          ...(parsed.id === undefined ? {} : { id: parsed.id }),
          extra: parsed.extra,
          options,
        },
      }
    }
  }

  const jobs = total === null ? job.jobs : Math.min(job.jobs, total)
  const executor = await createExecutor(jobs, io.signal)
  const progress: ProgressBar =
    !job.quiet && io.stderr.isTTY === true ? createProgressBar(io.stderr) : NO_PROGRESS
  const totalBytes = job.inputFormat === 'jsonl' ? await sizeOf(job.inputs) : null
  let report: ReportWriter | null = null
  try {
    report =
      job.report === null
        ? null
        : await openReport(path.resolve(io.cwd, job.report), {
            tool: 'vnclean',
            mode: job.mode,
            startedAt: new Date(started).toISOString(),
          })
  } catch (error) {
    await executor.close()
    writeError(io, `--report ${job.report ?? ''}: ${describeError(error)}`)
    return 2
  }

  const work = async (unit: Unit): Promise<[Unit, TaskResult | null]> => {
    if (unit.task === undefined) return [unit, null]
    // A worker that died (out of memory, say) fails its documents, not the run.
    let result = await executor
      .run(unit.task)
      .catch((error: unknown): TaskResult => ({ ok: false, size: 0, error: describeError(error) }))
    if (result.ok && unit.target !== null) {
      try {
        await writeFileAtomic(unit.target, result.output, outRoot)
      } catch (error) {
        result = { ok: false, size: result.size, error: describeError(error) }
      }
    }
    return [unit, result]
  }

  const fail = (unit: Unit, message: string): void => {
    totals.failed++
    progress.clear()
    writeError(io, `${unit.name}: ${message}`)
  }

  try {
    // Documents differ in cost a hundredfold, and results leave in input order: a window of a few
    // per worker left workers idle behind one slow page. Memory stays bounded by the window.
    const window = Math.max(2, jobs * WINDOW_PER_JOB)
    /** Set at the first document not started: nothing after it is reported (a clean prefix). */
    let cut = false
    for await (const [unit, result] of orderedMap(units(), work, window, io.signal)) {
      if (result !== null && 'cancelled' in result) {
        cut = true
        continue
      }
      if (cut) continue
      const entry: ReportEntry = {
        input: unit.input,
        ...(unit.line === undefined ? {} : { line: unit.line }),
        ...(unit.id === undefined ? {} : { id: unit.id }),
        ...(unit.target === null ? {} : { output: unit.target }),
        status: 'ok',
      }
      if (unit.skipped === true) {
        totals.skipped++
        entry.status = 'skipped'
      } else if (result === null || !result.ok) {
        const message = result === null ? (unit.error ?? 'not processed') : result.error
        fail(unit, message)
        Object.assign(entry, { status: 'failed', error: message })
        if (unit.record && outRoot === null) {
          await writeOut(io.stdout, errorRecord(unit, message, job.fields))
        }
      } else {
        totals.done++
        totals.kept += result.kept
        totals.removed += result.removed
        totals.bytes += result.size
        Object.assign(entry, { bytes: result.size, kept: result.kept, removed: result.removed })
        if (outRoot === null) {
          await writeOut(io.stdout, stdoutText(unit, result.output, job))
        }
      }
      await report?.add(entry)
      progress.update({
        done: totals.done + totals.skipped,
        failed: totals.failed,
        total,
        bytes: job.inputFormat === 'jsonl' ? read : totals.bytes,
        totalBytes,
        elapsedMs: Date.now() - started,
      })
    }
  } finally {
    progress.stop()
    await executor.close()
  }

  const elapsed = (Date.now() - started) / 1000
  const summary = {
    documents: totals.done,
    failed: totals.failed,
    skipped: totals.skipped,
    missed: job.missed,
    linesKept: totals.kept,
    linesRemoved: totals.removed,
    megabytes: totals.bytes / 1e6,
    seconds: elapsed,
    interrupted: io.signal.aborted,
  }
  await report?.finish(summary)
  const many = totals.done + totals.failed + totals.skipped > 1
  if (io.signal.aborted || (!job.quiet && (many || outRoot !== null || job.report !== null))) {
    io.stderr.write(`vnclean: ${summaryLine(totals, elapsed, io.signal.aborted, total)}\n`)
  }
  if (io.signal.aborted) return EXIT_INTERRUPTED
  return totals.failed > 0 || job.missed > 0 ? 1 : 0
}

function summaryLine(
  totals: Totals,
  seconds: number,
  interrupted: boolean,
  total: number | null,
): string {
  const processed = totals.done + totals.failed + totals.skipped
  const parts = [
    interrupted
      ? `interrupted after ${String(processed)}${total === null ? '' : ` of ${String(total)}`} documents`
      : `${String(totals.done)} documents`,
    `${String(totals.failed)} failed`,
  ]
  if (totals.skipped > 0) parts.push(`${String(totals.skipped)} skipped (up to date)`)
  parts.push(
    `${String(totals.kept)} lines kept, ${String(totals.removed)} removed`,
    `${(totals.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${(seconds > 0 ? totals.bytes / 1e6 / seconds : 0).toFixed(1)} MB/s)`,
  )
  return parts.join(', ')
}

/** What goes to stdout for one document: the output itself, or a JSON line for a record. */
function stdoutText(unit: Unit, output: string | Uint8Array, job: BatchJob): string | Uint8Array {
  if (!unit.record || (job.mode === 'clean' && job.format === 'json')) return output
  return `${JSON.stringify({
    ...(unit.id === undefined ? {} : { [job.fields.idField]: unit.id }),
    [job.fields.textField]: typeof output === 'string' ? output : utf8(output),
    ...unit.extra,
  })}\n`
}

function errorRecord(unit: Unit, message: string, fields: FieldNames): string {
  return `${JSON.stringify({ [fields.idField]: unit.id ?? null, line: unit.line, error: message })}\n`
}

async function writeOut(stream: Writable, text: string | Uint8Array): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain')
}

async function upToDate(target: string, input: string | null): Promise<boolean> {
  if (input === null) return false
  const source = await stat(input).catch(() => null)
  return source !== null && newerThan(target, source.mtimeMs)
}

async function newerThan(target: string, time: number): Promise<boolean> {
  const output = await stat(target).catch(() => null)
  return output !== null && output.mtimeMs > time
}

async function sizeOf(inputs: InputList): Promise<number | null> {
  let total = 0
  for await (const source of inputs.sources()) {
    if (source.absolute === null) return null
    total += (await stat(source.absolute)).size
  }
  return total
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

/** A worker's output bytes as text (a view on them, not a copy). */
function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
}
