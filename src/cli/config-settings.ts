/**
 * Config files meet the command line: for each input, the nearest vnclean.config.json (or the
 * --config file) gives defaults and site boilerplate, and command-line options win over it.
 * Lookups and loads are cached inside the closures a run creates, never at module level.
 */
import path from 'node:path'
import type { Command } from 'commander'
import { createConfigFinder } from '../config/find.js'
import { loadConfigFile, type ConfigValidator } from '../config/load.js'
import { configToSettings, stackSettings } from '../config/to-settings.js'
import { ConfigError, type LoadedConfig } from '../config/types.js'
import type { Settings } from '../types.js'
import { UsageError, writeError, type Io } from './io.js'
import type { OutputFormat } from './options.js'
import { settingsFromOptions, type DocumentOptions } from './settings.js'

export interface ConfigOption {
  /** A config file for every input; false (`--no-config`) for none; unset to look for one. */
  config?: string | false
}

/** Finds and loads the config that applies to an input (null: stdin), or null when none. */
export type ConfigLookup = (inputPath: string | null) => Promise<LoadedConfig | null>

export function createConfigLookup(options: ConfigOption, io: Io): ConfigLookup {
  const loaded = new Map<string, Promise<LoadedConfig>>()
  let validator: Promise<ConfigValidator> | null = null
  const load = (absolute: string): Promise<LoadedConfig> => {
    let config = loaded.get(absolute)
    if (config === undefined) {
      // ajv is loaded only when there is a config file to check.
      validator ??= import('../config/validate.js').then((m) => m.createConfigValidator())
      config = validator
        .then((validate) => loadConfigFile(absolute, shownPath(absolute, io.cwd), validate))
        .catch((error: unknown) => {
          throw toUsageError(error, io)
        })
      loaded.set(absolute, config)
    }
    return config
  }
  if (options.config === false) return () => Promise.resolve(null)
  if (typeof options.config === 'string') {
    const file = path.resolve(io.cwd, options.config)
    return () => load(file)
  }
  const find = createConfigFinder()
  return async (inputPath) => {
    const folder = inputPath === null ? io.cwd : path.dirname(path.resolve(io.cwd, inputPath))
    const file = await find(folder)
    return file === null ? null : load(file)
  }
}

/**
 * Settings for each input: defaults ← the config that applies to it ← the command line.
 * Resolved once per folder. Unknown rule ids on the command line throw here, at once.
 */
export function createSettingsResolver(
  options: DocumentOptions & ConfigOption,
  io: Io,
): (inputPath: string | null) => Promise<Settings> {
  settingsFromOptions(options)
  const lookup = createConfigLookup(options, io)
  const byFolder = new Map<string, Promise<Settings>>()
  return (inputPath) => {
    const folder = inputPath === null ? io.cwd : path.dirname(path.resolve(io.cwd, inputPath))
    let settings = byFolder.get(folder)
    if (settings === undefined) {
      settings = lookup(inputPath).then((loaded) =>
        settingsFromOptions(options, loaded === null ? {} : configToSettings(loaded.config)),
      )
      byFolder.set(folder, settings)
    }
    return settings
  }
}

/**
 * Settings for a fixture: defaults ← config ← the fixture's options.json ← the command line.
 */
export function fixtureSettings(
  options: DocumentOptions,
  config: LoadedConfig | null,
  fixture: LoadedConfig | null,
): Settings {
  const base = config === null ? {} : configToSettings(config.config)
  const own = fixture === null ? {} : configToSettings(fixture.config)
  return settingsFromOptions(options, stackSettings(base, own))
}

/** Options of a whole run (one output stream) that a config file can give defaults for. */
export interface RunDefaults {
  format?: OutputFormat
  pretty?: boolean
  /** Comma-separated, as on the command line. */
  ext?: string
}

/**
 * The run's options with the gaps filled from the config of the working folder (or --config):
 * format, pretty, ext. Per-input settings (rules, tone style, encoding, phrases) come from
 * createSettingsResolver instead.
 */
export async function withConfigDefaults<T extends RunDefaults & ConfigOption>(
  options: T,
  io: Io,
): Promise<T> {
  const loaded = await createConfigLookup(options, io)(null)
  if (loaded === null) return options
  const { format, pretty, ext } = loaded.config
  return {
    ...options,
    ...(options.format === undefined && format !== undefined ? { format } : {}),
    ...(options.pretty === undefined && pretty !== undefined ? { pretty } : {}),
    ...(options.ext === undefined && ext !== undefined ? { ext: ext.join(',') } : {}),
  }
}

/** Options a config file can set; a commander default must not hide the config's value. */
const CONFIGURABLE_OPTIONS = ['format', 'pretty', 'toneStyle', 'encoding', 'ext'] as const

/**
 * preAction hook: forget commander's defaults for the options a config can set, so that
 * "not given" reaches the command as undefined and config ← command line can be resolved (the
 * commands apply the same defaults after the config).
 */
export function clearConfigurableDefaults(_program: Command, action: Command): void {
  for (const key of CONFIGURABLE_OPTIONS) {
    if (action.getOptionValueSource(key) === 'default') {
      action.setOptionValueWithSource(key, undefined, 'default')
    }
  }
}

function toUsageError(error: unknown, io: Io): unknown {
  if (!(error instanceof ConfigError)) return error
  const lines = error.message.split('\n')
  for (const line of lines.slice(0, -1)) writeError(io, line)
  return new UsageError(lines[lines.length - 1] ?? error.message)
}

function shownPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative)
    ? absolute
    : relative
}
