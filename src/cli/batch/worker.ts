/** Worker-thread entry for batch runs: piscina calls the default export once per task. */
import { createTaskHandler } from './handle-task.js'
import type { DocumentTask, TaskResult } from './task.js'

const handle = createTaskHandler()

export default function runTask(task: DocumentTask): Promise<TaskResult> {
  return handle(task)
}
