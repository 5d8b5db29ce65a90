/** `vnclean [clean] [inputs…]` and `vnclean normalize`: documents in, outputs out, in batches. */
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { listInputs } from '../inputs.js'
import { UsageError, writeError, type Io } from '../io.js'
import { parseChoice, parseList, parsePositiveInt, type OutputFormat } from '../options.js'
import type { DocumentOptions } from '../settings.js'
import {
  createSettingsResolver,
  withConfigDefaults,
  type ConfigOption,
} from '../config-settings.js'
import { runBatch, type InputFormat } from '../batch/run-batch.js'
import { inShard, parseShard } from '../batch/shard.js'
import type { Mode } from '../batch/task.js'

export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'jsonl']

export interface CleanOptions extends DocumentOptions, ConfigOption {
  format?: OutputFormat
  pretty?: boolean
  out?: string
  ext?: string
  quiet?: boolean
  jobs?: string
  inputFormat?: string
  textField?: string
  idField?: string
  report?: string
  resume?: boolean
  shard?: string
}

export async function runDocuments(
  mode: Mode,
  args: string[],
  options: CleanOptions,
  io: Io,
): Promise<number> {
  // Config file (nearest vnclean.config.json, or --config) ← command line.
  options = await withConfigDefaults(options, io)
  const settingsFor = createSettingsResolver(options, io)
  const inputFormat = parseChoice('input-format', options.inputFormat ?? 'text', INPUT_FORMATS)
  const jobs =
    options.jobs === undefined ? availableParallelism() : parsePositiveInt('jobs', options.jobs)
  const shard = options.shard === undefined ? null : parseShard(options.shard)
  if (options.resume === true && options.out === undefined) {
    throw new UsageError('--resume needs --out DIR (it skips inputs whose output is up to date)')
  }
  let inputs = args
  if (inputs.length === 0) {
    if (io.stdin.isTTY === true)
      throw new UsageError('no input: name files or folders, or pipe text in (see --help)')
    inputs = ['-']
  }
  let missed = 0
  const extensions = parseList(options.ext ?? (inputFormat === 'jsonl' ? 'jsonl' : 'txt'))
  const listed = await listInputs(inputs, {
    cwd: io.cwd,
    extensions,
    exclude: options.out === undefined ? null : path.resolve(io.cwd, options.out),
    onProblem: (problem) => {
      if (problem.failed) missed++
      writeError(io, `${problem.path}: ${problem.message}`)
    },
    // Plain-text inputs are sharded by file (JSON Lines by record, as they are read).
    keep: inputFormat === 'text' ? (source) => inShard(shard, source.relative) : undefined,
  })
  return runBatch(
    {
      mode,
      inputs: listed,
      settingsFor: (source) => settingsFor(source.path),
      format: options.format ?? 'json',
      // JSON Lines on stdout stay one record per line: --pretty applies to --out files only.
      pretty: options.pretty === true && (inputFormat === 'text' || options.out !== undefined),
      out: options.out ?? null,
      quiet: options.quiet === true,
      jobs,
      inputFormat,
      fields: { textField: options.textField ?? 'text', idField: options.idField ?? 'id' },
      report: options.report ?? null,
      resume: options.resume === true,
      shard,
      missed,
    },
    io,
  )
}

export function runClean(args: string[], options: CleanOptions, io: Io): Promise<number> {
  return runDocuments('clean', args, options, io)
}
