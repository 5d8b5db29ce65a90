/**
 * What a batch sends to a worker and gets back. Plain data only (structured-cloneable), so the
 * same task runs inline or in a worker thread with the same result.
 */
import type { Settings } from '../../types.js'
import type { OutputFormat } from '../options.js'

export type Mode = 'clean' | 'normalize'

export interface TaskOptions {
  mode: Mode
  settings: Settings
  format: OutputFormat
  pretty: boolean
}

/** The document's bytes: a file to read (in the worker), or bytes already read. */
export type TaskInput =
  | { kind: 'file'; absolute: string }
  | { kind: 'bytes'; bytes: Uint8Array }
  | { kind: 'text'; text: string }

export interface DocumentTask {
  input: TaskInput
  /** Name shown in outputs and messages (`file` of the Article), or null for stdin. */
  file: string | null
  id?: string
  extra?: Record<string, unknown>
  options: TaskOptions
}

export type TaskResult =
  | {
      ok: true
      /** The rendered document: text inline, UTF-8 bytes from a worker (moved, not copied). */
      output: string | Uint8Array
      /** Input size in bytes (for rates). */
      size: number
      kept: number
      removed: number
    }
  | { ok: false; error: string; size: number }
  /** Not started: the run was interrupted while the document waited for a worker. */
  | { ok: false; cancelled: true; size: 0 }
