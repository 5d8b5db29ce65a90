/** Expands the command line's inputs (files, folders, globs, `-`) into a list of documents. */
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { describeError } from './batch/describe-error.js'
import { UsageError } from './io.js'

export interface InputSource {
  /** Path as the user would read it (relative to cwd when below it), or null for stdin. */
  path: string | null
  /** Absolute path, or null for stdin. */
  absolute: string | null
  /** Path under --out: relative to the folder or glob base the input came from. */
  relative: string
}

/** Something met while walking folders: a loop not followed, a folder that cannot be read. */
export interface InputProblem {
  path: string
  message: string
  /** True when inputs may have been missed (the run must not report success). */
  failed: boolean
}

export interface ExpandOptions {
  cwd: string
  extensions: readonly string[]
  /** A folder never to read inputs from (the --out folder). */
  exclude?: string | null
  onProblem?: (problem: InputProblem) => void
}

export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions,
): Promise<InputSource[]> {
  const sources: InputSource[] = []
  const report = options.onProblem ?? (() => undefined)
  let stdinSeen = false
  for (const arg of args) {
    if (arg === '-') {
      if (stdinSeen) throw new UsageError("'-' (standard input) given twice")
      stdinSeen = true
      sources.push({ path: null, absolute: null, relative: 'stdin' })
      continue
    }
    const absolute = path.resolve(options.cwd, arg)
    const info = await stat(absolute).catch(() => null)
    if (info?.isDirectory() === true) {
      const files = await walkFolder(absolute, options, report)
      if (files.length === 0) {
        throw new UsageError(
          `${arg}: no files with extension ${options.extensions.map((e) => `.${e}`).join(', ')}`,
        )
      }
      for (const file of files) sources.push(source(file, absolute, options.cwd))
    } else if (info !== null) {
      sources.push(source(absolute, path.dirname(absolute), options.cwd))
    } else if (GLOB_MAGIC.test(arg)) {
      // The glob library loads only when a glob is given (start-up time for editors' one file).
      const { glob } = await import('tinyglobby')
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

/**
 * Every file with one of the extensions below `root`, sorted, depth first. Hidden entries are
 * skipped; symbolic links are followed unless they lead back into a folder being walked (a
 * loop, reported and not followed); folders that cannot be read are reported.
 */
async function walkFolder(
  root: string,
  options: ExpandOptions,
  report: (problem: InputProblem) => void,
): Promise<string[]> {
  const files: string[] = []
  const suffixes = options.extensions.map((extension) => `.${extension.toLowerCase()}`)
  const wanted = (name: string): boolean => {
    const lower = name.toLowerCase()
    return suffixes.some((suffix) => lower.endsWith(suffix))
  }
  const exclude = options.exclude ?? null
  const ancestors = new Set<string>()
  const visit = async (folder: string, real: string): Promise<void> => {
    // The output folder inside an input folder holds our outputs, not inputs.
    if (exclude !== null && folder === exclude && folder !== root) return
    ancestors.add(real)
    try {
      const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
        report({ path: folder, message: describeError(error), failed: true })
        return []
      })
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
      for (const entry of entries) {
        if (entry.name.startsWith('.')) continue
        const full = path.join(folder, entry.name)
        if (entry.isDirectory()) {
          await visit(full, path.join(real, entry.name))
        } else if (entry.isFile()) {
          if (wanted(entry.name)) files.push(full)
        } else if (entry.isSymbolicLink()) {
          const target = await realpath(full).catch(() => null)
          const info = target === null ? null : await stat(target).catch(() => null)
          if (target === null || info === null) {
            if (wanted(entry.name))
              report({ path: full, message: 'broken symbolic link', failed: true })
          } else if (info.isDirectory()) {
            if (ancestors.has(target)) {
              report({ path: full, message: 'symbolic link loop, not followed', failed: false })
            } else {
              await visit(full, target)
            }
          } else if (info.isFile() && wanted(entry.name)) {
            files.push(full)
          }
        }
      }
    } finally {
      ancestors.delete(real)
    }
  }
  await visit(root, await realpath(root))
  return files
}

function source(file: string, base: string, cwd: string): InputSource {
  const shown = path.relative(cwd, file)
  return {
    path: shown.startsWith('..') || path.isAbsolute(shown) ? file : shown,
    absolute: file,
    relative: path.relative(base, file),
  }
}

/** Characters that make an argument a glob (one that names no existing file). */
const GLOB_MAGIC = /[*?[\]{}()!+@]/u

/** The folder part of a glob before its first magic segment. */
function staticPrefix(pattern: string): string {
  const segments = pattern.split('/')
  const fixed: string[] = []
  for (const segment of segments) {
    if (GLOB_MAGIC.test(segment)) break
    fixed.push(segment)
  }
  return fixed.join('/') || '.'
}
