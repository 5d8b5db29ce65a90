/** Expands the command line's inputs (files, folders, globs, `-`) into a list of documents. */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { glob, isDynamicPattern } from 'tinyglobby'
import { UsageError } from './io.js'

export interface InputSource {
  /** Path as the user would read it (relative to cwd when below it), or null for stdin. */
  path: string | null
  /** Path under --out: relative to the folder or glob base the input came from. */
  relative: string
}

export interface ExpandOptions {
  cwd: string
  extensions: readonly string[]
}

export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions,
): Promise<InputSource[]> {
  const sources: InputSource[] = []
  let stdinSeen = false
  for (const arg of args) {
    if (arg === '-') {
      if (stdinSeen) throw new UsageError("'-' (standard input) given twice")
      stdinSeen = true
      sources.push({ path: null, relative: 'stdin' })
      continue
    }
    const absolute = path.resolve(options.cwd, arg)
    const info = await stat(absolute).catch(() => null)
    if (info?.isDirectory() === true) {
      const files = await walkFolder(absolute, options.extensions)
      if (files.length === 0) {
        throw new UsageError(
          `${arg}: no files with extension ${options.extensions.map((e) => `.${e}`).join(', ')}`,
        )
      }
      for (const file of files) sources.push(source(file, absolute, options.cwd))
    } else if (info !== null) {
      sources.push(source(absolute, path.dirname(absolute), options.cwd))
    } else if (isDynamicPattern(arg)) {
      const files = (
        await glob(arg, {
          cwd: options.cwd,
          absolute: true,
          onlyFiles: true,
          followSymbolicLinks: false,
        })
      ).sort()
      if (files.length === 0) throw new UsageError(`${arg}: no files match`)
      const base = path.resolve(options.cwd, staticPrefix(arg))
      for (const file of files) sources.push(source(file, base, options.cwd))
    } else {
      throw new UsageError(`${arg}: no such file or folder`)
    }
  }
  return sources
}

async function walkFolder(folder: string, extensions: readonly string[]): Promise<string[]> {
  const pattern =
    extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`
  const files = await glob(pattern, {
    cwd: folder,
    absolute: true,
    onlyFiles: true,
    followSymbolicLinks: false,
  })
  return files.sort()
}

function source(file: string, base: string, cwd: string): InputSource {
  const shown = path.relative(cwd, file)
  return {
    path: shown.startsWith('..') || path.isAbsolute(shown) ? file : shown,
    relative: path.relative(base, file),
  }
}

/** The folder part of a glob before its first magic segment. */
function staticPrefix(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments) {
    if (isDynamicPattern(segment)) break
    fixed.push(segment)
  }
  return fixed.join('/') || '.'
}
