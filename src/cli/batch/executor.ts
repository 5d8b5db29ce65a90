/**
 * Where tasks run: inline on the main thread (one job, or a single document: no thread start-up
 * cost) or on a piscina worker-thread pool of `jobs` threads.
 */
import { existsSync } from 'node:fs'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import { setFlagsFromString } from 'node:v8'
import { batched } from './batcher.js'
import { startHeapTrimming } from './heap-trim.js'
import { serially } from './serial.js'
import type { DocumentTask, TaskResult } from './task.js'

/** Old generation headroom over the live heap, in per cent (no hard limit: a huge page fits). */
const HEAP_GROWING_PERCENT = 20
/**
 * Young generation per worker: V8's default (48 MB) adds ~25 MB of peak RSS per worker, and
 * 8 MB cost 13 % more CPU in scavenges and promotions; 24 MB is as fast as the default.
 */
const YOUNG_GENERATION_MB = 24
/** Batches queued in each worker: the next one starts the moment the last one ends. */
const TASKS_PER_WORKER = 2
/**
 * Documents per batch at most. Per document, the messages kept each of two workers waiting or
 * descheduled ~16 % of the run; batches of 8 leave ~3 %. Batches of 16 raised peak RSS ~15 MB
 * (a worker then went longer without running V8's posted GC tasks).
 */
const MAX_BATCH = 8

export interface Executor {
  run(task: DocumentTask): Promise<TaskResult>
  close(): Promise<void>
}

/** What a document gets when the run was interrupted before it started. */
const CANCELLED: TaskResult = { ok: false, cancelled: true, size: 0 }

/**
 * Once `signal` aborts, documents not yet started get CANCELLED: "no new input is started"
 * holds for the ones already in the in-order window too (on a pool, for those not yet handed
 * to a worker).
 */
export async function createExecutor(jobs: number, signal: AbortSignal): Promise<Executor> {
  if (jobs <= 1) {
    // The pipeline loads only where it runs: here for one job, in the workers otherwise.
    const { createTaskHandler } = await import('./handle-task.js')
    const handle = createTaskHandler()
    return {
      // One document at a time, each after a turn of the event loop of its own: cleaning runs
      // synchronously, and the progress timer and the SIGINT handler must get their turn
      // between documents (the window's documents, all waiting for a turn at once, would
      // otherwise all run in the same one).
      run: serially(async (task) => {
        await nextTurn()
        return signal.aborted ? CANCELLED : handle(task)
      }),
      close: () => Promise.resolve(),
    }
  }
  // Each heap's old generation may grow to a few times what a full collection left live before
  // the next one (V8 picks the factor, up to 4×): with a worker per core, that slack was most of
  // the run's peak RSS. HEAP_GROWING_PERCENT keeps it small at no cost in throughput (measured on
  // two workers: peak RSS 230 → 185 MB). The factor is read at every collection, so setting it
  // now, before any worker starts, applies to the workers' heaps and to this one.
  setFlagsFromString(`--heap-growing-percent=${String(HEAP_GROWING_PERCENT)}`)
  const { Piscina } = await import('piscina')
  const stopTrimming = await startHeapTrimming()
  const pool = new Piscina<DocumentTask[], TaskResult[]>({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // A worker runs its batches one after the other (worker.ts), but a second one already in
    // hand starts the moment the first ends, instead of after a round trip to this thread.
    concurrentTasksPerWorker: TASKS_PER_WORKER,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  })
  return {
    run: batched(
      (tasks) => pool.run(tasks),
      { slots: jobs * TASKS_PER_WORKER, maxBatch: MAX_BATCH },
      { signal, result: CANCELLED },
    ),
    close: () => {
      stopTrimming()
      return pool.destroy()
    },
  }
}

/** dist/worker.js, next to the bundled CLI (the code calling this may sit in dist/chunks/). */
function workerFile(): string {
  for (const relative of ['./worker.js', '../worker.js']) {
    const file = fileURLToPath(new URL(relative, import.meta.url))
    if (existsSync(file)) return file
  }
  throw new Error('the worker script dist/worker.js is missing; run `npm run build`')
}
