/** The shape of vnclean.config.json (and of a fixture's options.json); see schema/config.schema.json. */
import type { ToneStyleOption } from '../types.js'

export interface VncleanConfig {
  $schema?: string
  strip?: {
    phrases?: string[]
    patterns?: string[]
  }
  rules?: {
    enable?: string[]
    disable?: string[]
  }
  format?: 'json' | 'md' | 'text'
  pretty?: boolean
  toneStyle?: ToneStyleOption
  encoding?: string
  ext?: string[]
}

/** A config read from a file: its contents and where it came from. */
export interface LoadedConfig {
  /** Absolute path of the file. */
  path: string
  config: VncleanConfig
}

/** One problem found in a config file: where (a JSON Pointer) and what. */
export interface ConfigProblem {
  pointer: string
  message: string
}

/** A config file that cannot be used: unreadable, not JSON, or invalid. */
export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(
    /** The file as it should be shown to the user. */
    readonly file: string,
    readonly problems: readonly ConfigProblem[],
  ) {
    super(problems.map((problem) => formatProblem(file, problem)).join('\n'))
  }
}

/** `file: /pointer: message`, or `file: message` for a problem with the whole file. */
export function formatProblem(file: string, problem: ConfigProblem): string {
  return problem.pointer === ''
    ? `${file}: ${problem.message}`
    : `${file}: ${problem.pointer}: ${problem.message}`
}
