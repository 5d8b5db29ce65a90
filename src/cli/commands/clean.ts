/** `vnclean [clean] [inputs…]`: the main job. */
import { expandInputs } from '../inputs.js'
import { UsageError, type Io } from '../io.js'
import { parseList, type OutputFormat } from '../options.js'
import { settingsFromOptions, type DocumentOptions } from '../settings.js'
import { runBatch } from '../batch/run-batch.js'
import type { Mode } from '../batch/process-document.js'

export interface CleanOptions extends DocumentOptions {
  format?: OutputFormat
  pretty?: boolean
  out?: string
  ext?: string
  quiet?: boolean
}

export async function runDocuments(
  mode: Mode,
  args: string[],
  options: CleanOptions,
  io: Io,
): Promise<number> {
  const settings = settingsFromOptions(options)
  let inputs = args
  if (inputs.length === 0) {
    if (io.stdin.isTTY === true)
      throw new UsageError('no input: name files or folders, or pipe text in (see --help)')
    inputs = ['-']
  }
  const sources = await expandInputs(inputs, {
    cwd: io.cwd,
    extensions: parseList(options.ext ?? 'txt'),
  })
  return runBatch(
    {
      mode,
      sources,
      settings,
      format: options.format ?? 'json',
      pretty: options.pretty === true,
      out: options.out ?? null,
      quiet: options.quiet === true,
    },
    io,
  )
}

export function runClean(args: string[], options: CleanOptions, io: Io): Promise<number> {
  return runDocuments('clean', args, options, io)
}
