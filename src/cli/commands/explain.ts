/**
 * `vnclean explain FILE`: the input line by line, in colour when colour is on — what was kept
 * (and as what), what was removed (and by which rule), what the normaliser changed — with the
 * extracted metadata on top. Output on stdout.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import { Chalk } from 'chalk'
import { decodeBytes } from '../../decode/index.js'
import { explainText } from '../../check/explanation.js'
import { shownPath } from '../../check/fixtures.js'
import { createCleaner } from '../../pipeline/processor.js'
import { colorLevel } from '../../report/color-level.js'
import { renderExplanation } from '../../report/explain.js'
import { describeError } from '../batch/describe-error.js'
import { createSettingsResolver, type ConfigOption } from '../config-settings.js'
import { EXIT_FAILURE, EXIT_OK, UsageError, writeError, type Io } from '../io.js'
import type { DocumentOptions } from '../settings.js'
import { readInput } from './check.js'

export interface ExplainOptions extends DocumentOptions, ConfigOption {
  /** --color / --no-color. */
  color?: boolean
}

export async function runExplain(input: string, options: ExplainOptions, io: Io): Promise<number> {
  const settingsFor = createSettingsResolver(options, io)
  const file = input === '-' ? null : input
  if (file !== null) {
    const info = await stat(path.resolve(io.cwd, file)).catch(() => null)
    if (info === null) throw new UsageError(`${input}: no such file`)
    if (!info.isFile()) throw new UsageError(`${input}: not a file (explain takes one file)`)
  }
  const settings = await settingsFor(file)
  const shown = file === null ? null : shownPath(path.resolve(io.cwd, file), io.cwd)
  let decoded: { text: string; encoding: string }
  try {
    decoded = decodeBytes(await readInput(file, io), { encoding: settings.encoding })
  } catch (error) {
    writeError(io, `${shown ?? '<stdin>'}: ${describeError(error)}`)
    return EXIT_FAILURE
  }
  const explanation = explainText(
    { text: decoded.text, file: shown, encoding: decoded.encoding },
    createCleaner(settings),
    settings,
  )
  const level = colorLevel({ flag: options.color, env: io.env, isTTY: io.stdout.isTTY === true })
  io.stdout.write(renderExplanation(explanation, new Chalk({ level })))
  return EXIT_OK
}
