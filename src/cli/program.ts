/** createProgram(): a fresh commander program per run, with every command and option declared once. */
import { Command, Option } from 'commander'
import type { Io } from './io.js'
import { FORMATS, TONE_STYLES } from './options.js'
import { REPORTER_NAMES } from '../report/names.js'
import { VERSION } from '../version.js'

export type SetExitCode = (code: number) => void

export function createProgram(io: Io, setExitCode: SetExitCode): Command {
  const program = new Command('vnclean')
    .description('Clean scraped Vietnamese news text into structured JSON, Markdown or text.')
    .version(VERSION, '-V, --version')
    .option('--color', 'force colour (reports, diffs, explain)')
    .option('--no-color', 'no colour')
    .option('--debug', 'print stack traces on errors')
    .option('--config <file>', 'config file for every input (default: nearest vnclean.config.json)')
    .option('--no-config', 'use no config file')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`vnclean: ${text.replace(/^error: /u, '')}`),
    })
    .showSuggestionAfterError()
  // Options a config file can set reach the commands as undefined when not given.
  program.hook('preAction', async (thisCommand, action) => {
    const { clearConfigurableDefaults } = await import('./config-settings.js')
    clearConfigurableDefaults(thisCommand, action)
  })

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
    .option('--enable <ids>', 'show these rules as on, comma-separated rule ids')
    .option('--disable <ids>', 'show these rules as off, comma-separated rule ids')
    .action(async (options: Record<string, unknown>, command: Command) => {
      const { runRules } = await import('./commands/rules.js')
      setExitCode(await runRules({ ...command.optsWithGlobals(), ...options }, io))
    })

  const check = program
    .command('check')
    .description(
      'compare outputs with fixtures (<case>/input.txt → expected.json, expected.md), or lint cleaned files',
    )
    .argument(
      '[paths...]',
      'fixture folders, or folders of fixtures (default: fixtures); with --lint, files or folders to lint',
    )
    .option('-u, --update', 'write or rewrite the expected files')
    .option('--lint', 'lint already-cleaned text or Markdown instead of comparing fixtures')
    .addOption(
      new Option('-r, --reporter <name>', 'report format')
        .choices(REPORTER_NAMES)
        .default('stylish'),
    )
    .option('--ext <list>', 'with --lint: extensions to pick in folders (default: txt,md)')
    .option('-q, --quiet', 'stylish: leave out files without problems')
  addRuleOptions(check).action(
    async (paths: string[], options: Record<string, unknown>, command: Command) => {
      const { runCheck } = await import('./commands/check.js')
      setExitCode(await runCheck(paths, { ...command.optsWithGlobals(), ...options }, io))
    },
  )

  const explain = program
    .command('explain')
    .description('show, line by line and in colour, what was kept, removed (and why) and changed')
    .argument('<input>', 'one file, or - for standard input')
  addRuleOptions(explain).action(
    async (input: string, options: Record<string, unknown>, command: Command) => {
      const { runExplain } = await import('./commands/explain.js')
      setExitCode(await runExplain(input, { ...command.optsWithGlobals(), ...options }, io))
    },
  )

  return program
}

/** Settings options of check and explain (no commander defaults: a config file may set them). */
function addRuleOptions(command: Command): Command {
  return command
    .option('--encoding <name>', 'force the source encoding instead of detecting it')
    .addOption(
      new Option('--tone-style <style>', 'tone mark placement (default: preserve)').choices(
        TONE_STYLES,
      ),
    )
    .option('--enable <ids>', 'switch rules on, comma-separated rule ids')
    .option('--disable <ids>', 'switch rules off, comma-separated rule ids')
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
