/** Runs a list of inputs through one processor: in order, errors per input, atomic writes. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { DecodeError } from '../../decode/index.js'
import type { InputSource } from '../inputs.js'
import { writeError, type Io } from '../io.js'
import type { OutputFormat } from '../options.js'
import { createDocumentProcessor, type Mode } from './process-document.js'
import { writeFileAtomic } from './write-atomic.js'
import type { Settings } from '../../types.js'

export interface BatchJob {
  mode: Mode
  sources: readonly InputSource[]
  settings: Settings
  format: OutputFormat
  pretty: boolean
  out: string | null
  quiet: boolean
}

const EXTENSIONS: Record<OutputFormat, string> = { json: '.json', md: '.md', text: '.txt' }

export async function runBatch(job: BatchJob, io: Io): Promise<number> {
  const processDocument = createDocumentProcessor(job.mode, job.settings, job.format, job.pretty)
  const outRoot = job.out === null ? null : path.resolve(io.cwd, job.out)
  const inputs = new Set(
    job.sources.map((source) => (source.path === null ? '' : path.resolve(io.cwd, source.path))),
  )
  let failed = 0
  let done = 0
  for (const source of job.sources) {
    if (io.signal.aborted) break
    const name = source.path ?? '<stdin>'
    try {
      const bytes =
        source.path === null
          ? await readStream(io.stdin)
          : await readFile(path.resolve(io.cwd, source.path))
      const outcome = processDocument({ bytes, file: source.path })
      if (outRoot === null) {
        io.stdout.write(outcome.output)
      } else {
        const extension = job.mode === 'normalize' ? '.txt' : EXTENSIONS[job.format]
        const target = outputPath(outRoot, source.relative, extension)
        if (inputs.has(target)) throw new Error(`refusing to overwrite the input ${target}`)
        await writeFileAtomic(target, outcome.output)
      }
      done++
    } catch (error) {
      failed++
      writeError(io, `${name}: ${describe(error)}`)
    }
  }
  if (!job.quiet && (job.sources.length > 1 || outRoot !== null)) {
    io.stderr.write(`vnclean: ${String(done)} documents, ${String(failed)} failed\n`)
  }
  return failed > 0 || io.signal.aborted ? 1 : 0
}

function outputPath(root: string, relative: string, extension: string): string {
  const parsed = path.parse(relative)
  return path.join(root, parsed.dir, `${parsed.name}${extension}`)
}

function describe(error: unknown): string {
  if (error instanceof DecodeError) return error.message
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return 'no such file'
  if (code === 'EACCES') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  return error instanceof Error ? error.message : String(error)
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
