/**
 * Where tasks run: inline on the main thread (one job, or a single document: no thread start-up
 * cost) or on a piscina worker-thread pool of `jobs` threads.
 */
import { existsSync } from 'node:fs'
import { setImmediate } from 'node:timers/promises'
import { fileURLToPath } from 'node:url'
import type { DocumentTask, TaskResult } from './task.js'

const YOUNG_GENERATION_MB = 8

export interface Executor {
  run(task: DocumentTask): Promise<TaskResult>
  close(): Promise<void>
}

export async function createExecutor(jobs: number): Promise<Executor> {
  if (jobs <= 1) {
    // The pipeline loads only where it runs: here for one job, in the workers otherwise.
    const { createTaskHandler } = await import('./handle-task.js')
    const handle = createTaskHandler()
    return {
      // Each document waits for a turn of the event loop first: cleaning runs synchronously, and
      // the progress timer and the SIGINT handler must get their turn between documents.
      run: async (task) => {
        await setImmediate()
        return handle(task)
      },
      close: () => Promise.resolve(),
    }
  }
  const { Piscina } = await import('piscina')
  const pool = new Piscina<DocumentTask, TaskResult>({
    filename: workerFile(),
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 1000,
    // A small young generation per worker keeps the run's peak RSS flat (scavenges stay cheap);
    // the old generation is left to grow, so one very large document still fits.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  })
  return {
    run: (task) => pool.run(task),
    close: () => pool.destroy(),
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
