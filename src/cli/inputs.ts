/**
 * The command line's inputs (files, folders, globs, `-`) as a stream of documents. Archives
 * hold millions of pages: the list of them is never kept. A first walk checks the arguments,
 * reports what it meets and counts the documents (for progress and the number of workers); the
 * documents themselves come from a second walk, one folder at a time.
 */
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
  /**
   * The documents to count and yield (a shard, say). The others are still inputs (`isInput`),
   * and a folder whose files are all left out is still a folder with files.
   */
  keep?: ((source: InputSource) => boolean) | undefined
}

export interface InputList {
  /** The documents `keep` keeps, as the first walk found them. */
  readonly count: number
  /**
   * The documents in order (each folder sorted, depth first), read again as they are asked
   * for; problems were reported by the first walk and are not repeated.
   */
  sources(): AsyncGenerator<InputSource>
  /** The same documents a folder's run at a time: one promise per run, not per document. */
  batches(): AsyncGenerator<InputSource[]>
  /**
   * Whether a file is one of the inputs, answered without a list: a file named or matched, or
   * an existing file a folder's walk would yield. Errs towards yes (an output must never
   * overwrite an input).
   */
  isInput(absolute: string): Promise<boolean>
}

/** An argument, resolved: where its documents come from. */
type Root =
  | { kind: 'stdin' }
  | { kind: 'file'; absolute: string }
  | { kind: 'folder'; absolute: string }
  | { kind: 'glob'; files: readonly string[]; base: string }

type Report = (problem: InputProblem) => void

export async function listInputs(
  args: readonly string[],
  options: ExpandOptions,
): Promise<InputList> {
  const report = options.onProblem ?? (() => undefined)
  const keep = options.keep
  const roots: Root[] = []
  let count = 0
  for (const arg of args) {
    const root = await resolveRoot(arg, options, roots)
    let found = 0
    for await (const batch of batchesOf(root, options, report)) {
      found += batch.length
      if (keep === undefined) count += batch.length
      else for (const source of batch) if (keep(source)) count++
    }
    if (root.kind === 'folder' && found === 0) {
      throw new UsageError(
        `${arg}: no files with extension ${options.extensions.map((e) => `.${e}`).join(', ')}`,
      )
    }
    roots.push(root)
  }
  const silent: Report = () => undefined
  let globbed: Set<string> | null = null
  const wanted = wantedName(options.extensions)
  async function* batches(): AsyncGenerator<InputSource[]> {
    for (const root of roots) {
      for await (const batch of batchesOf(root, options, silent)) {
        const kept = keep === undefined ? batch : batch.filter(keep)
        if (kept.length > 0) yield kept
      }
    }
  }
  return {
    count,
    batches,
    async *sources() {
      for await (const batch of batches()) yield* batch
    },
    async isInput(absolute) {
      globbed ??= new Set(roots.flatMap((root) => (root.kind === 'glob' ? root.files : [])))
      if (globbed.has(absolute)) return true
      for (const root of roots) {
        if (root.kind === 'file' && root.absolute === absolute) return true
        if (root.kind === 'folder' && walkCouldYield(root.absolute, absolute, wanted, options)) {
          if ((await stat(absolute).catch(() => null))?.isFile() === true) return true
        }
      }
      return false
    },
  }
}

/** Every document of the inputs, in a list: for callers that need them all (a few fixtures). */
export async function expandInputs(
  args: readonly string[],
  options: ExpandOptions,
): Promise<InputSource[]> {
  const sources: InputSource[] = []
  for await (const source of (await listInputs(args, options)).sources()) sources.push(source)
  return sources
}

async function resolveRoot(arg: string, options: ExpandOptions, before: Root[]): Promise<Root> {
  if (arg === '-') {
    if (before.some((root) => root.kind === 'stdin')) {
      throw new UsageError("'-' (standard input) given twice")
    }
    return { kind: 'stdin' }
  }
  const absolute = path.resolve(options.cwd, arg)
  const info = await stat(absolute).catch(() => null)
  if (info?.isDirectory() === true) return { kind: 'folder', absolute }
  if (info !== null) return { kind: 'file', absolute }
  if (!GLOB_MAGIC.test(arg)) throw new UsageError(`${arg}: no such file or folder`)
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
  return { kind: 'glob', files, base: path.resolve(options.cwd, staticPrefix(arg)) }
}

/** An argument's documents, in runs: a folder's files up to its next subfolder, or all. */
async function* batchesOf(
  root: Root,
  options: ExpandOptions,
  report: Report,
): AsyncGenerator<InputSource[]> {
  const { cwd } = options
  switch (root.kind) {
    case 'stdin':
      yield [{ path: null, absolute: null, relative: 'stdin' }]
      return
    case 'file':
      yield [source(root.absolute, path.dirname(root.absolute), cwd)]
      return
    case 'glob':
      yield root.files.map((file) => source(file, root.base, cwd))
      return
    case 'folder':
      for await (const files of walkFolder(root.absolute, options, report)) {
        yield files.map((file) => source(file, root.absolute, cwd))
      }
  }
}

/** A folder's entries, sorted by name, with only what the walk needs of each. */
interface Listing {
  names: string[]
  kinds: Uint8Array
}
const FILE = 1
const FOLDER = 2
const LINK = 3

async function list(folder: string, report: Report): Promise<Listing> {
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
    report({ path: folder, message: describeError(error), failed: true })
    return []
  })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const kinds = new Uint8Array(entries.length)
  const names = entries.map((entry, i) => {
    kinds[i] = entry.isFile()
      ? FILE
      : entry.isDirectory()
        ? FOLDER
        : entry.isSymbolicLink()
          ? LINK
          : 0
    return entry.name
  })
  return { names, kinds }
}

/**
 * Every file with one of the extensions below `root`, sorted, depth first, as the walk reaches
 * it, in runs of a folder's files between its subfolders: only the folders on the way down are
 * held. Hidden entries are skipped; symbolic links
 * are followed unless they lead back into a folder being walked (a loop, reported and not
 * followed); folders that cannot be read are reported.
 */
async function* walkFolder(
  root: string,
  options: ExpandOptions,
  report: Report,
): AsyncGenerator<string[]> {
  const wanted = wantedName(options.extensions)
  const exclude = options.exclude ?? null
  const ancestors = new Set<string>()
  async function* visit(folder: string, real: string): AsyncGenerator<string[]> {
    // The output folder inside an input folder holds our outputs, not inputs.
    if (exclude !== null && folder === exclude && folder !== root) return
    ancestors.add(real)
    let run: string[] = []
    try {
      const { names, kinds } = await list(folder, report)
      for (const [i, name] of names.entries()) {
        if (name.startsWith('.')) continue
        const full = path.join(folder, name)
        const kind = kinds[i]
        if (kind === FOLDER) {
          if (run.length > 0) yield run
          run = []
          yield* visit(full, path.join(real, name))
        } else if (kind === FILE) {
          if (wanted(name)) run.push(full)
        } else if (kind === LINK) {
          const target = await realpath(full).catch(() => null)
          const info = target === null ? null : await stat(target).catch(() => null)
          if (target === null || info === null) {
            if (wanted(name)) report({ path: full, message: 'broken symbolic link', failed: true })
          } else if (info.isDirectory()) {
            if (ancestors.has(target)) {
              report({ path: full, message: 'symbolic link loop, not followed', failed: false })
            } else {
              if (run.length > 0) yield run
              run = []
              yield* visit(full, target)
            }
          } else if (info.isFile() && wanted(name)) {
            run.push(full)
          }
        }
      }
      if (run.length > 0) yield run
    } finally {
      ancestors.delete(real)
    }
  }
  yield* visit(root, await realpath(root))
}

function wantedName(extensions: readonly string[]): (name: string) => boolean {
  const suffixes = extensions.map((extension) => `.${extension.toLowerCase()}`)
  return (name) => {
    const lower = name.toLowerCase()
    return suffixes.some((suffix) => lower.endsWith(suffix))
  }
}

/**
 * Whether the walk of `root` could yield `file`: below it, no hidden part, a `wanted` name
 * (wantedName of the extensions), not inside the excluded folder. (Whether it exists is the
 * caller's question.)
 */
function walkCouldYield(
  root: string,
  file: string,
  wanted: (name: string) => boolean,
  options: ExpandOptions,
): boolean {
  const relative = below(root, file)
  if (relative === null) return false
  const parts = relative.split(path.sep)
  if (parts.some((part) => part.startsWith('.'))) return false
  if (!wanted(parts.at(-1) ?? '')) return false
  // The walk skips the excluded folder only when it meets it, strictly below the root.
  const exclude = options.exclude ?? null
  if (exclude === null || below(root, exclude) === null) return true
  return below(exclude, file) === null
}

/** `file` relative to `folder` when it lies below it, else null. */
function below(folder: string, file: string): string | null {
  const prefix = folder.endsWith(path.sep) ? folder : `${folder}${path.sep}`
  return file.startsWith(prefix) && file.length > prefix.length ? file.slice(prefix.length) : null
}

function source(file: string, base: string, cwd: string): InputSource {
  // Both paths are absolute and normalised: below() is path.relative for a file under the
  // folder, without its allocations (this runs for every document, twice). A file outside the
  // working folder is shown by its absolute path.
  const shown = below(cwd, file)
  return {
    path: shown === null || shown.startsWith('..') ? file : shown,
    absolute: file,
    relative: below(base, file) ?? path.relative(base, file),
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
