/** createProgram(): a fresh commander program per run, with every command and option declared once. */
import { Command, Option } from 'commander'
import type { Io } from './io.js'
import { FORMATS, TONE_STYLES } from './options.js'
import { VERSION } from '../version.js'

export type SetExitCode = (code: number) => void

export function createProgram(io: Io, setExitCode: SetExitCode): Command {
  const program = new Command('vnclean')
    .description('Clean scraped Vietnamese news text into structured JSON, Markdown or text.')
    .version(VERSION, '-V, --version')
    .option('--color', 'force colour on stderr reports')
    .option('--no-color', 'no colour')
    .option('--debug', 'print stack traces on errors')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`vnclean: ${text.replace(/^error: /u, '')}`),
    })
    .showSuggestionAfterError()

  const clean = program
    .command('clean', { isDefault: true })
    .description(
      'clean articles: strip boilerplate, recover structure, emit JSON, Markdown or text',
    )
    .argument(
      '[inputs...]',
      'files, folders, globs, or - for standard input (default: stdin when piped)',
    )
  addDocumentOptions(clean)
  clean
    .addOption(
      new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'),
    )
    .option('--pretty', 'indent JSON output')
    .action(async (inputs: string[], options: Record<string, unknown>, command: Command) => {
      const { runClean } = await import('./commands/clean.js')
      setExitCode(await runClean(inputs, { ...command.optsWithGlobals(), ...options }, io))
    })

  const normalize = program
    .command('normalize')
    .alias('normalise')
    .description(
      'normalise only (decode, Unicode, spaces, diacritics): no stripping, no structure; text out',
    )
    .argument('[inputs...]', 'files, folders, globs, or - for standard input')
  addDocumentOptions(normalize)
  normalize.action(async (inputs: string[], options: Record<string, unknown>, command: Command) => {
    const { runNormalize } = await import('./commands/normalize.js')
    setExitCode(await runNormalize(inputs, { ...command.optsWithGlobals(), ...options }, io))
  })

  program
    .command('rules')
    .description('list every rule id with its stage, what it does and whether it is on by default')
    .option('--json', 'print the list as JSON')
    .action(async (options: { json?: boolean }) => {
      const { runRules } = await import('./commands/rules.js')
      setExitCode(runRules(options, io))
    })

  return program
}

/** Options every command that reads documents takes. */
function addDocumentOptions(command: Command): void {
  command
    .option('-o, --out <dir>', 'write one file per input into DIR, mirroring relative paths')
    .option(
      '--ext <list>',
      'extensions to pick in folders, comma-separated (default: txt; jsonl with --input-format jsonl)',
    )
    .option('--encoding <name>', 'force the source encoding instead of detecting it')
    .addOption(
      new Option('--tone-style <style>', 'tone mark placement')
        .choices(TONE_STYLES)
        .default('preserve'),
    )
    .option('--enable <ids>', 'switch rules on, comma-separated rule ids')
    .option('--disable <ids>', 'switch rules off, comma-separated rule ids')
    .option('-q, --quiet', 'no progress and no summary on stderr')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)')
    .addOption(
      new Option('--input-format <format>', 'text files, or JSON Lines records')
        .choices(['text', 'jsonl'])
        .default('text'),
    )
    .option('--text-field <name>', 'JSON Lines field holding the text', 'text')
    .option('--id-field <name>', 'JSON Lines field holding the id', 'id')
    .option('--report <file>', 'write a JSON report with one entry per input to FILE')
    .option('--resume', 'with --out: skip inputs whose output exists and is newer')
    .option('--shard <k/n>', 'process only the K-th of N stable shards of the inputs')
}
