/** Worker-thread entry for batch runs: piscina calls the default export once per batch. */
import { setImmediate as nextTurn } from 'node:timers/promises'
import { move, transferableSymbol, valueSymbol } from 'piscina'
import { createTaskHandler } from './handle-task.js'
import { serially } from './serial.js'
import type { DocumentTask, TaskResult } from './task.js'

const handle = createTaskHandler()
const encoder = new TextEncoder()

/**
 * One batch after the other: with a turn of the event loop between documents, the two batches a
 * worker holds would otherwise run document by document in turns. Outputs go back as UTF-8
 * bytes whose memory moves to the main thread: a string would be copied into the main thread's
 * heap, where outputs waiting for their turn grew the young generation by ~26 MB, and encoded
 * again there to be written.
 */
export default serially(runBatch)

async function runBatch(tasks: DocumentTask[]): Promise<unknown> {
  const results: TaskResult[] = []
  const buffers: ArrayBuffer[] = []
  for (const task of tasks) {
    // A turn of the event loop between documents, for V8's posted tasks (GC steps among them).
    if (results.length > 0) await nextTurn()
    const result = await handle(task)
    if (result.ok && typeof result.output === 'string') {
      const bytes = encoder.encode(result.output)
      buffers.push(bytes.buffer)
      results.push({ ...result, output: bytes })
    } else results.push(result)
  }
  return move({ [transferableSymbol]: buffers, [valueSymbol]: results })
}
