/** One short line for an error met while processing one input (never a stack trace). */
import { DecodeError } from '../../decode/error.js'

const CODES: Readonly<Record<string, string>> = {
  ENOENT: 'no such file (it may have been removed during the run)',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  EMFILE: 'too many open files',
}

export function describeError(error: unknown): string {
  if (error instanceof DecodeError) return error.message
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code !== undefined && CODES[code] !== undefined) return CODES[code]
  return error instanceof Error ? error.message : String(error)
}
