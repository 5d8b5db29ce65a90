/**
 * Adds a decision to a file's messages. A vfile message is an Error, and constructing one makes
 * V8 capture the call stack, which vfile-message then throws away (it sets `stack` to ''): on a
 * page of many removed lines that capture was a third of the whole run. Capturing nothing
 * (`Error.stackTraceLimit = 0` for the construction only, restored at once) gives the same
 * message for a fraction of the cost.
 */
import type { VFile } from 'vfile'
import type { Options, VFileMessage } from 'vfile-message'

export function addMessage(
  file: VFile,
  severity: 'info' | 'warning',
  reason: string,
  options: Options,
): VFileMessage {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    return severity === 'info' ? file.info(reason, options) : file.message(reason, options)
  } finally {
    Error.stackTraceLimit = limit
  }
}
