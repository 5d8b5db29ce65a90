/** Worker-thread entry for batch runs: piscina calls the default export once per batch. */
import { setImmediate as nextTurn } from 'node:timers/promises'
import { createTaskHandler } from './handle-task.js'
import type { DocumentTask, TaskResult } from './task.js'

const handle = createTaskHandler()

export default async function runBatch(tasks: DocumentTask[]): Promise<TaskResult[]> {
  const results: TaskResult[] = []
  for (const task of tasks) {
    if (results.length > 0) await nextTurn()
    results.push(await handle(task))
  }
  return results
}
