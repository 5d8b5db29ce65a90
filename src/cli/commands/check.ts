/**
 * `vnclean check [fixtures…]`: compare what vnclean makes of each fixture's input.txt with its
 * expected.json / expected.md (`--update` writes them); `vnclean check --lint FILE…`: report
 * what the pipeline would still remove or change in cleaned text. The report goes to stdout
 * in the chosen format; exit 0 when all pass, 1 when any fails, 2 on usage errors.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { Chalk } from 'chalk'
import { decodeBytes } from '../../decode/index.js'
import { cleanDocument } from '../../document.js'
import { emitJson } from '../../emit/json.js'
import { emitMarkdown } from '../../emit/markdown.js'
import { createCleaner, type Cleaner } from '../../pipeline/processor.js'
import type { Settings } from '../../types.js'
import {
  EXPECTED_FILES,
  FixtureError,
  findFixtures,
  INPUT_FILE,
  OPTIONS_FILE,
  shownPath,
  type ExpectedKind,
  type Fixture,
} from '../../check/fixtures.js'
import { judgeFixture } from '../../check/judge-fixture.js'
import { lintDocument } from '../../check/lint.js'
import { loadConfigFile, type ConfigValidator } from '../../config/load.js'
import { ConfigError, type LoadedConfig } from '../../config/types.js'
import { colorLevel } from '../../report/color-level.js'
import { REPORTER_NAMES, REPORTERS } from '../../report/index.js'
import { countReport, type Report, type ReportFile } from '../../report/types.js'
import { describeError } from '../batch/describe-error.js'
import { writeFileAtomic } from '../batch/write-atomic.js'
import {
  createConfigLookup,
  createSettingsResolver,
  fixtureSettings,
  type ConfigOption,
} from '../config-settings.js'
import { expandInputs } from '../inputs.js'
import { EXIT_FAILURE, EXIT_OK, UsageError, type Io } from '../io.js'
import { parseChoice, parseList } from '../options.js'
import { settingsFromOptions, type DocumentOptions } from '../settings.js'

export interface CheckOptions extends DocumentOptions, ConfigOption {
  update?: boolean
  lint?: boolean
  reporter?: string
  quiet?: boolean
  ext?: string
  /** --color / --no-color. */
  color?: boolean
}

export const DEFAULT_FIXTURES = 'fixtures'
const LINT_EXTENSIONS = 'txt,md'

export async function runCheck(args: string[], options: CheckOptions, io: Io): Promise<number> {
  const reporter = parseChoice('reporter', options.reporter ?? 'stylish', REPORTER_NAMES)
  if (options.lint === true && options.update === true) {
    throw new UsageError('--update cannot be used with --lint (lint only reports)')
  }
  // Unknown rule ids on the command line are usage errors, before any work.
  settingsFromOptions(options)
  const report =
    options.lint === true
      ? await lintFiles(args, options, io)
      : await checkFixtures(args, options, io)
  const level = colorLevel({ flag: options.color, env: io.env, isTTY: io.stdout.isTTY === true })
  const chalk = new Chalk({ level })
  io.stdout.write(REPORTERS[reporter](report, { chalk, quiet: options.quiet === true }))
  return countReport(report).errors > 0 ? EXIT_FAILURE : EXIT_OK
}

async function checkFixtures(args: string[], options: CheckOptions, io: Io): Promise<Report> {
  const paths = args.length > 0 ? args : await defaultFixtures(io)
  let fixtures: Fixture[]
  try {
    fixtures = await findFixtures(paths, io.cwd)
  } catch (error) {
    throw error instanceof FixtureError ? new UsageError(error.message) : error
  }
  const configFor = createConfigLookup(options, io)
  let validator: ConfigValidator | null = null
  const files: ReportFile[] = []
  for (const fixture of fixtures) {
    if (io.signal.aborted) break
    const input = path.join(fixture.dir, INPUT_FILE)
    const config = await configFor(input)
    let own: LoadedConfig | null = null
    if (fixture.hasOptions) {
      const file = path.join(fixture.dir, OPTIONS_FILE)
      validator ??= (await import('../../config/validate.js')).createConfigValidator()
      try {
        own = await loadConfigFile(file, shownPath(file, io.cwd), validator)
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        files.push(
          errorFile(
            error.file,
            error.problems.map(({ pointer, message }) =>
              pointer === '' ? message : `${pointer}: ${message}`,
            ),
          ),
        )
        continue
      }
    }
    const settings = fixtureSettings(options, config, own)
    files.push(...(await checkFixture(fixture, settings, options.update === true, io)))
  }
  return { kind: 'fixtures', files }
}

async function checkFixture(
  fixture: Fixture,
  settings: Settings,
  update: boolean,
  io: Io,
): Promise<ReportFile[]> {
  const input = path.join(fixture.dir, INPUT_FILE)
  const shownInput = shownPath(input, io.cwd)
  let actual: Record<ExpectedKind, string>
  try {
    const { article } = cleanDocument(createCleaner(settings), {
      bytes: await readFile(input),
      file: shownInput,
      encoding: settings.encoding,
    })
    actual = { json: emitJson(article, true), md: emitMarkdown(article) }
  } catch (error) {
    return [errorFile(shownInput, [describeError(error)])]
  }
  const expected: Partial<Record<ExpectedKind, string>> = {}
  for (const kind of ['json', 'md'] as const) {
    if (fixture.expected[kind]) {
      expected[kind] = await readFile(path.join(fixture.dir, EXPECTED_FILES[kind]), 'utf8')
    }
  }
  const verdict = judgeFixture({ shown: fixture.shown, actual, expected, update })
  for (const write of verdict.writes) {
    await writeFileAtomic(path.join(fixture.dir, EXPECTED_FILES[write.kind]), write.text)
  }
  return verdict.files
}

async function lintFiles(args: string[], options: CheckOptions, io: Io): Promise<Report> {
  let inputs = args
  if (inputs.length === 0) {
    if (io.stdin.isTTY === true) {
      throw new UsageError('--lint needs files or folders to lint, or text piped in')
    }
    inputs = ['-']
  }
  const sources = await expandInputs(inputs, {
    cwd: io.cwd,
    extensions: parseList(options.ext ?? LINT_EXTENSIONS),
  })
  const settingsFor = createSettingsResolver(options, io)
  const cleaners = new Map<Settings, Cleaner>()
  const files: ReportFile[] = []
  for (const source of sources) {
    if (io.signal.aborted) break
    const shown = source.path ?? '<stdin>'
    const settings = await settingsFor(source.path)
    let cleaner = cleaners.get(settings)
    if (cleaner === undefined) {
      cleaner = createCleaner(settings)
      cleaners.set(settings, cleaner)
    }
    let decoded: { text: string; encoding: string }
    try {
      decoded = decodeBytes(await readInput(source.path, io), { encoding: settings.encoding })
    } catch (error) {
      files.push(errorFile(shown, [describeError(error)]))
      continue
    }
    const markdown = /\.(?:md|markdown)$/iu.test(shown)
    const messages = lintDocument(
      { text: decoded.text, file: source.path, encoding: decoded.encoding, markdown },
      cleaner,
      settings,
    )
    files.push({ path: shown, messages })
  }
  return { kind: 'lint', files }
}

/** The bytes of a named file (relative to the working folder), or of stdin for null. */
export async function readInput(file: string | null, io: Io): Promise<Uint8Array> {
  if (file !== null) return readFile(path.resolve(io.cwd, file))
  const chunks: Buffer[] = []
  for await (const chunk of io.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer))
  }
  return Buffer.concat(chunks)
}

async function defaultFixtures(io: Io): Promise<string[]> {
  const info = await stat(path.join(io.cwd, DEFAULT_FIXTURES)).catch(() => null)
  if (info?.isDirectory() !== true) {
    throw new UsageError(
      `no fixtures named, and no ${DEFAULT_FIXTURES}/ folder here (see 'vnclean check --help')`,
    )
  }
  return [DEFAULT_FIXTURES]
}

function errorFile(file: string, reasons: readonly string[]): ReportFile {
  return {
    path: file,
    messages: reasons.map((reason) => ({
      ruleId: 'check/error',
      severity: 'error' as const,
      reason,
      line: 1,
      column: 1,
    })),
  }
}
