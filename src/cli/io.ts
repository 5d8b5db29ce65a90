/** The streams and environment a CLI run works with, injected so tests can drive it in-process. */
import type { Readable, Writable } from 'node:stream'

export interface Io {
  stdin: Readable & { isTTY?: boolean }
  stdout: Writable & { isTTY?: boolean }
  stderr: Writable & { isTTY?: boolean }
  env: Readonly<Record<string, string | undefined>>
  cwd: string
  /** Aborted on SIGINT/SIGTERM: batch runs stop cleanly. */
  signal: AbortSignal
}

/** Exit codes: 0 success, 1 an input or check failed, 2 usage error. */
export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

/** A usage error: a one-line message, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}

export function writeError(io: Io, message: string): void {
  io.stderr.write(`vnclean: ${message}\n`)
}
